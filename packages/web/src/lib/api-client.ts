import { type ErrorResponse, errorResponseSchema } from '@xaso/domain/contracts/common';
import { ERROR_MESSAGES, type ErrorCode } from '@xaso/domain/errors';
import type { z } from 'zod';
import { vi } from '../i18n/vi.ts';

/** A failed API call: branch on `code`, show `message`, put `fields` next to the form fields. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  readonly status: number;
  readonly fields: Record<string, string>;

  constructor(options: {
    code: ErrorCode | 'NETWORK';
    status: number;
    message: string;
    fields?: Record<string, string>;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status;
    this.fields = options.fields ?? {};
  }
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** The message to show for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return vi.common.unknownError;
}

// The CSRF token comes with the session; it is kept here so every state-changing call sends it.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions<T> {
  method?: Method;
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  /** Parses the response, so a contract drift fails loudly here rather than deep in a component. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: RequestOptions<unknown>['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  let parsed: ErrorResponse | null = null;
  try {
    const result = errorResponseSchema.safeParse(await response.json());
    if (result.success) parsed = result.data;
  } catch {
    // Not JSON (a proxy error page, for instance): fall through to a generic message.
  }
  if (parsed) return new ApiError({ ...parsed, status: response.status });
  const code: ErrorCode =
    response.status === 404 ? 'NOT_FOUND' : response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL';
  return new ApiError({ code, status: response.status, message: ERROR_MESSAGES[code] });
}

/** The one HTTP client of the web app. */
export async function api<T>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ code: 'NETWORK', status: 0, message: vi.common.networkError });
  }
  if (!response.ok) throw await toApiError(response);
  const data: unknown = await response.json();
  return options.schema ? options.schema.parse(data) : (data as T);
}
