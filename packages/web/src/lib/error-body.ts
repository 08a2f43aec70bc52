import type { ErrorResponse } from '@xaso/domain/contracts/common';
import { ERROR_CODES } from '@xaso/domain/errors';

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * The server's error body (errorResponseSchema of the contracts), read without zod: every page's first failed
 * call — the session check on the login page answers 401 — would otherwise pull zod (~24 KB) into the first
 * page. Same rules as the schema (error-body.test.ts compares them): a known code, a message, optional
 * string messages per field; other keys dropped.
 */
export function readErrorBody(body: unknown): ErrorResponse | null {
  if (typeof body !== 'object' || body === null) return null;
  const { code, message, fields } = body as Record<string, unknown>;
  if (typeof code !== 'string' || !CODES.has(code) || typeof message !== 'string') return null;
  if (fields === undefined) return { code: code as ErrorResponse['code'], message };
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return null;
  const entries = Object.entries(fields);
  if (!entries.every(([, m]) => typeof m === 'string')) return null;
  // A "__proto__" key (possible in parsed JSON) is dropped, as the schema does: never copied onto an object.
  const kept = entries.filter(([key]) => key !== '__proto__') as [string, string][];
  return { code: code as ErrorResponse['code'], message, fields: Object.fromEntries(kept) };
}
