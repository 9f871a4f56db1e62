/**
 * What main's approval dialog says and how its buttons map to an answer. Plain data, so it is tested
 * without Electron; index.ts hands it to `dialog.showMessageBox` with no parent window (the app may be
 * running in the tray only) and the port's AbortSignal (no answer in 60 s closes it as a denial).
 */
import type { ApprovalAnswer, ApprovalRequest } from './approvals';

const BUTTONS = ['Deny', 'Allow once', 'Allow for 8 hours'] as const;
const ANSWERS: readonly ApprovalAnswer[] = ['deny', 'once', 'hours8'];

export function approvalDialog(request: ApprovalRequest) {
  const names = request.keys.map((k) => `"${k.name}" (${k.provider})`).join(', ');
  const what =
    request.purpose === 'run'
      ? `A program wants to run with ${names} in its environment.`
      : `A program wants ${names} printed for it.`;
  // Node cannot tell who is on the other end of a local socket: what the requester says about itself
  // is shown as claimed unless this computer could check it (Linux: /proc).
  const claimed = (verified: boolean) => (verified ? '' : ' (as the program claims)');
  return {
    type: 'question' as const,
    title: 'AI Key Manager — allow access to a key?',
    message: what,
    detail: [
      `Command: ${request.commandLine}${claimed(request.processVerified)}`,
      `Program: ${request.executable}${claimed(request.executableVerified)}`,
      `Folder: ${request.cwd}`,
      '',
      'A program you allow can do anything with the key, including send it elsewhere.',
    ].join('\n'),
    buttons: [...BUTTONS],
    // Enter and Escape both deny: allowing takes a deliberate click.
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

export function answerFor(response: number): ApprovalAnswer {
  return ANSWERS[response] ?? 'deny';
}
