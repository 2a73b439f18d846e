import createClient from 'openapi-fetch';
import { config } from '@/config';
import { currentAccessToken } from '@/lib/auth/user-manager';
import { ApiError, toProblem } from './problem';
import type { components, paths } from './schema';

/** The contract's schemas, generated from openapi.yaml (`npm run generate:api`). */
export type Schemas = components['schemas'];

export const api = createClient<paths>({ baseUrl: config.apiUrl });

api.use({
  async onRequest({ request }) {
    const token = await currentAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
});

/** `If-Match: "3"`: the version a change was based on, as the record's ETag (none when unknown). */
export function ifMatch(version: number | undefined | null): Record<string, string> {
  return typeof version === 'number' ? { 'If-Match': `"${version}"` } : {};
}

// Every write that sends the version it was based on (`{"version": 3, ...}`) also sends it as
// If-Match: the server checks either against the same record, and more writes now require one.
// Calls that set If-Match themselves (deletes, a part's record) keep theirs.
api.use({
  async onRequest({ request }) {
    if (request.method === 'GET' || request.headers.has('If-Match')) return request;
    if (!(request.headers.get('Content-Type') ?? '').includes('json')) return request;
    const body: unknown = await request
      .clone()
      .json()
      .catch(() => undefined);
    if (typeof body === 'object' && body !== null && 'version' in body && typeof body.version === 'number') {
      request.headers.set('If-Match', `"${body.version}"`);
    }
    return request;
  },
});

interface CallResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

async function settle<T>(call: Promise<CallResult<T>>): Promise<CallResult<T>> {
  let result: CallResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError(0, toProblem(0, cause));
  }
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, toProblem(result.response.status, result.error));
  }
  return result;
}

/** The body of a successful call; a failed one throws an {@link ApiError} with its problem. */
export async function unwrap<T>(call: Promise<CallResult<T>>): Promise<T> {
  const { data, response } = await settle(call);
  if (data === undefined) {
    throw new ApiError(response.status, { status: response.status, title: 'The server sent no data' });
  }
  return data;
}

/**
 * A successful call's response with its body, for calls that read headers or a stream (an export's
 * Export-Rows, its file name); a failed one throws an {@link ApiError} with its problem.
 */
export async function unwrapResponse<T>(call: Promise<CallResult<T>>): Promise<{ data?: T; response: Response }> {
  const { data, response } = await settle(call);
  return { data, response };
}

/** For calls answered with 204 No Content. */
export async function unwrapEmpty(call: Promise<CallResult<unknown>>): Promise<void> {
  await settle(call);
}
