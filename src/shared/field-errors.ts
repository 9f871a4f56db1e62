/**
 * Turns zod issues into one message per field (`name`, `secret`…, `_` for the payload as a whole).
 * Main's gatekeeper is its only user: it answers invalid input with these messages, and the renderer
 * (which ships no zod) shows them as they come. Messages come from our schemas and never quote what
 * was sent: zod's own message for unknown fields repeats their names verbatim, and a field name is
 * input too (a pasted secret, a 1 MB string), so those are counted instead, beside the names the
 * schema itself declares.
 */
import { z } from 'zod';

/** Enough to point at the fault; a reply stays small whatever was sent. */
const MAX_FIELDS = 8;
const MAX_KEY = 64;
const MAX_MESSAGE = 200;
const MAX_NAMED = 6;

/** The field names the schema declares at `path` (an object inside arrays, optionals, defaults, pipes). */
function declaredFields(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (let depth = 0; depth < 32 && node; depth++) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodNullable || node instanceof z.ZodDefault)
      node = node.unwrap();
    else if (node instanceof z.ZodPipe) node = node.in;
    else if (path.length === 0) break;
    else if (node instanceof z.ZodArray) [node, path] = [node.element, path.slice(1)];
    else if (node instanceof z.ZodObject)
      [node, path] = [(node.shape as Record<string, unknown>)[String(path[0])], path.slice(1)];
    else return [];
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function message(issue: z.core.$ZodIssue, schema: z.ZodType | undefined): string {
  if (issue.code !== 'unrecognized_keys') return issue.message.slice(0, MAX_MESSAGE);
  const n = issue.keys.length;
  const known = declaredFields(schema, issue.path);
  const takes =
    known.length === 0
      ? ''
      : ` This call takes: ${known.slice(0, MAX_NAMED).join(', ')}${known.length > MAX_NAMED ? ', …' : ''}.`;
  return `${n} unknown field${n === 1 ? '' : 's'} (not repeated).${takes}`;
}

/** `schema`: the one that refused the input, so unknown fields can be answered with the known ones. */
export function fieldErrors(error: z.ZodError, schema?: z.ZodType): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.').slice(0, MAX_KEY) : '_';
    if (!(key in fields) && Object.keys(fields).length >= MAX_FIELDS) break;
    fields[key] ??= message(issue, schema);
  }
  return fields;
}
