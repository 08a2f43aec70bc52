import type { ErrorResponse } from '@xaso/domain/contracts/common';
import { ERROR_MESSAGES, type ErrorCode } from '@xaso/domain/errors';
import type { z } from 'zod';
import { vi } from '../i18n/vi.ts';
import { readErrorBody } from './error-body.ts';

/** A failed API call: branch on `code`, show `message`, put `fields` next to the form fields. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  readonly status: number;
  readonly fields: Record<string, string>;
  /** The whole error body, for codes that carry more (a 409 carries the other person's saved value). */
  readonly details: unknown;

  constructor(options: {
    code: ErrorCode | 'NETWORK';
    status: number;
    message: string;
    fields?: Record<string, string>;
    details?: unknown;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status;
    this.fields = options.fields ?? {};
    this.details = options.details;
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
  /** Sent as JSON, except `FormData`, which goes as multipart/form-data (file uploads). */
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  /** Parses the response, so a contract drift fails loudly here rather than deep in a component. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
  /** Reports the share of the body sent so far, 0–100 (uploads). */
  onUploadProgress?: (percent: number) => void;
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
  let body: unknown;
  try {
    body = await response.json();
    parsed = readErrorBody(body);
  } catch {
    // Not JSON (a proxy error page, for instance): fall through to a generic message.
  }
  if (parsed) return new ApiError({ ...parsed, status: response.status, details: body });
  const code: ErrorCode =
    response.status === 404 ? 'NOT_FOUND' : response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL';
  return new ApiError({ code, status: response.status, message: ERROR_MESSAGES[code] });
}

/**
 * `fetch` cannot report upload progress, so a call that asks for it goes through XMLHttpRequest; the answer
 * is turned back into a `Response` so both paths are read the same way.
 */
function send(
  url: string,
  init: RequestInit & { headers: Record<string, string> },
  onProgress: (p: number) => void,
) {
  return new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(init.method ?? 'GET', url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(init.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      onProgress(100);
      const headers = new Headers({ 'content-type': xhr.getResponseHeader('content-type') ?? '' });
      resolve(new Response(xhr.responseText, { status: xhr.status, headers }));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    init.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(init.body as XMLHttpRequestBodyInit | null);
  });
}

/** The one HTTP client of the web app. */
export async function api<T>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const isForm = options.body instanceof FormData;
  const headers: Record<string, string> = { accept: 'application/json' };
  // The browser writes the multipart content type itself, with its boundary.
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  const url = buildUrl(path, options.query);
  const init = {
    method,
    headers,
    body: isForm
      ? (options.body as FormData)
      : options.body === undefined
        ? undefined
        : JSON.stringify(options.body),
    credentials: 'same-origin' as const,
    signal: options.signal,
  };
  let response: Response;
  try {
    response = options.onUploadProgress
      ? await send(url, init, options.onUploadProgress)
      : await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ code: 'NETWORK', status: 0, message: vi.common.networkError });
  }
  if (!response.ok) throw await toApiError(response);
  const data: unknown = await response.json();
  return options.schema ? options.schema.parse(data) : (data as T);
}
