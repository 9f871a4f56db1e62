/**
 * Asks the user (main's native dialog, through the `approve` port) one request at a time: a second
 * request waits for the first to be answered, so prompts never stack and a click cannot land on the
 * wrong one. No answer in 60 s is a denial, and so is a failing dialog; the dialog is told to close
 * (AbortSignal: Electron's showMessageBox takes `signal`). A requester that goes away while waiting
 * (Ctrl-C in the terminal) withdraws its prompt. At most a few requests wait; more are refused.
 */
export type ApprovalAnswer = 'once' | 'hours8' | 'deny';

export interface ApprovalRequest {
  /** run: the keys go into a program's environment; get: printed for the program that ran aikm. */
  purpose: 'run' | 'get';
  keys: { name: string; provider: string }[];
  commandLine: string;
  cwd: string;
  executable: string;
  processVerified: boolean;
  executableVerified: boolean;
}

export type Approve = (request: ApprovalRequest, signal: AbortSignal) => Promise<ApprovalAnswer>;

export const APPROVAL_TIMEOUT_MS = 60_000;
export const MAX_WAITING = 4;

export interface ApprovalOutcome {
  answer: ApprovalAnswer;
  /** Why a denial happened, for the audit line and the CLI's message. */
  reason: 'answered' | 'timeout' | 'withdrawn' | 'busy' | 'failed';
}

export function createApprovals(approve: Approve, timeoutMs = APPROVAL_TIMEOUT_MS) {
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  async function prompt(request: ApprovalRequest, withdrawn: AbortSignal): Promise<ApprovalOutcome> {
    if (withdrawn.aborted) return { answer: 'deny', reason: 'withdrawn' };
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const onWithdraw = () => controller.abort();
    withdrawn.addEventListener('abort', onWithdraw);
    const timedOut = new Promise<ApprovalOutcome>((resolve) => {
      timer = setTimeout(() => resolve({ answer: 'deny', reason: 'timeout' }), timeoutMs);
    });
    const gone = new Promise<ApprovalOutcome>((resolve) =>
      controller.signal.addEventListener('abort', () => resolve({ answer: 'deny', reason: 'withdrawn' })),
    );
    const answered = approve(request, controller.signal).then(
      (answer): ApprovalOutcome => ({
        answer: answer === 'once' || answer === 'hours8' ? answer : 'deny',
        reason: 'answered',
      }),
      (): ApprovalOutcome => ({ answer: 'deny', reason: 'failed' }),
    );
    try {
      return await Promise.race([answered, timedOut, gone]);
    } finally {
      clearTimeout(timer);
      withdrawn.removeEventListener('abort', onWithdraw);
      controller.abort(); // closes the dialog if the answer came from the timer or the requester left
    }
  }

  return function ask(request: ApprovalRequest, withdrawn: AbortSignal): Promise<ApprovalOutcome> {
    if (waiting >= MAX_WAITING) return Promise.resolve({ answer: 'deny', reason: 'busy' });
    waiting += 1;
    const turn = queue.then(() => prompt(request, withdrawn));
    queue = turn.catch(() => undefined);
    return turn.finally(() => (waiting -= 1));
  };
}
