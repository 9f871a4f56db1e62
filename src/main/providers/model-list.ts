/**
 * Reading what OpenAI-compatible services answer, whatever their dialect (docs/PROVIDERS.md, "Custom
 * OpenAI-compatible services"): the model list in each shape the presets use, and the message and code of
 * an error body in each shape they use. The `openai` SDK only knows OpenAI's own shapes: it reads a bare
 * array as an empty page and keeps only `error` of an error body, so these read the raw body instead.
 */
import { NotAModelList, modelIds } from './failure';

/**
 * The ids of a model list: `{ object: "list", data: [...] }` (OpenAI, Groq, Mistral, xAI, Ollama),
 * `{ data: [...] }` without `object` (OpenRouter), or a bare array (Together). Anything else — an error
 * body answered with 200, a web page, a list whose items have no string id — is not a model list.
 */
export function readModelList(body: unknown): string[] {
  if (Array.isArray(body)) return modelIds(body);
  if (body === null || typeof body !== 'object') throw new NotAModelList();
  const { object, data } = body as { object?: unknown; data?: unknown };
  if (object !== undefined && object !== 'list') throw new NotAModelList();
  return modelIds(data);
}

export interface ErrorFacts {
  message?: string;
  code?: string;
  type?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
const codeText = (value: unknown): string | undefined => (typeof value === 'number' ? String(value) : text(value));

/**
 * Message, code and type of an error body: `{ error: { message, code, type } }` (OpenAI and most),
 * `{ error: "…", code: "…" }` (xAI), `{ message }` (Mistral's gateway), `{ detail }` (FastAPI servers), or
 * a short plain-text body (Ollama's "404 page not found"). Undefined fields when the body says nothing.
 */
export function errorFacts(raw: string | undefined): ErrorFacts {
  if (!raw) return {};
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    // A web page says nothing useful; a short plain sentence is the server's message.
    const plain = raw.trim();
    return plain && !plain.startsWith('<') && plain.length <= 300 ? { message: plain } : {};
  }
  if (body === null || typeof body !== 'object') return {};
  const top = body as Record<string, unknown>;
  const inner = top.error;
  if (inner !== null && typeof inner === 'object') {
    const error = inner as Record<string, unknown>;
    return { message: text(error.message), code: codeText(error.code), type: text(error.type) };
  }
  const detail = Array.isArray(top.detail) ? (top.detail[0] as { msg?: unknown } | undefined)?.msg : top.detail;
  return {
    message: text(inner) ?? text(top.message) ?? text(detail),
    code: codeText(top.code),
    type: text(top.type),
  };
}
