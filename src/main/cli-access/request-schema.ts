/**
 * The server's authority over the wire: every message from a client is parsed with these schemas
 * (strict: unknown fields refused), every answer is parsed before it is sent, so what leaves main is
 * exactly what the messages declare. Validation failures are reported by shape, never by quoting input.
 */
import { z } from 'zod';
import { providerIdSchema } from '../../shared/providers';
import { type AccessAnswer, type AccessRequest, PROTOCOL, errorCodes } from './messages';
import { NONCE_HEX } from './handshake';

const hex = z.string().regex(NONCE_HEX);
export const helloSchema = z.strictObject({ hello: z.literal(PROTOCOL), nonce: hex });

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes('\0'));
const name = text(128);
const pid = z
  .number()
  .int()
  .positive()
  .max(2 ** 31);

const requesterSchema = z.strictObject({
  pid,
  ppid: z
    .number()
    .int()
    .nonnegative()
    .max(2 ** 31),
  cwd: text(4096),
  argv: z.array(text(4096)).min(1).max(256),
  parentExecutable: text(4096).optional(),
});

export const requestSchema = z.discriminatedUnion('command', [
  z.strictObject({ command: z.literal('list') }),
  z.strictObject({ command: z.literal('status') }),
  z.strictObject({ command: z.literal('test'), names: z.array(name).max(100), all: z.boolean() }),
  z.strictObject({
    command: z.literal('run'),
    requester: requesterSchema,
    program: z.strictObject({ file: text(4096).min(1), args: z.array(text(4096)).max(1024) }),
    keys: z.array(name).max(32),
    providers: z.array(name).max(8),
    env: z.array(z.strictObject({ variable: name, name })).max(32),
    anyway: z.boolean(),
  }),
  z.strictObject({ command: z.literal('get'), requester: requesterSchema, name, anyway: z.boolean() }),
]) satisfies z.ZodType<AccessRequest>;

export const authenticatedRequestSchema = z.strictObject({ proof: hex, request: z.unknown() });

const keyViewSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  provider: providerIdSchema,
  hint: z.string(),
  status: z.string(),
  lastTest: z.strictObject({ outcome: z.string(), message: z.string(), testedAt: z.string() }).nullable(),
  rotationDue: z.boolean(),
  endpoint: z.string().nullable(),
});

export const answerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('keys'), keys: z.array(keyViewSchema) }),
  z.strictObject({ type: z.literal('tested'), keys: z.array(keyViewSchema) }),
  z.strictObject({
    type: z.literal('secrets'),
    keys: z
      .array(z.strictObject({ name: z.string(), hint: z.string(), variables: z.array(z.string()), secret: z.string() }))
      .min(1),
  }),
  z.strictObject({
    type: z.literal('error'),
    code: z.enum(errorCodes),
    message: z.string().max(2000),
    candidates: z.array(z.string()).max(20).optional(),
  }),
]) satisfies z.ZodType<AccessAnswer>;
