import { vi } from 'vitest';

/**
 * The API client keeps the fetch it was created with, so tests route that fetch here and
 * script the answers: `fetchMock.mockResolvedValueOnce(json(200, {...}))`.
 */
export const fetchMock = vi.fn<(request: Request) => Promise<Response>>();

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => fetchMock(new Request(input, init));

export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return json(status, { status, ...body }, 'application/problem+json');
}

/** Answers GETs with `onGet` and every change (POST, PUT, DELETE) with `onChange`. */
export function answer(onGet: unknown, onChange: () => Response) {
  fetchMock.mockImplementation(async (request) => (request.method === 'GET' ? json(200, onGet) : onChange()));
}

/** The changes (not the reads) the code under test sent. */
export async function sentChanges() {
  return (await sentRequests()).filter((r) => r.method !== 'GET');
}

/** The requests the code under test sent, as method, path and parsed body. */
export async function sentRequests() {
  return Promise.all(
    fetchMock.mock.calls.map(async ([request]) => ({
      method: request.method,
      path: new URL(request.url).pathname,
      query: new URL(request.url).searchParams,
      body:
        request.method === 'GET'
          ? undefined
          : await request
              .clone()
              .json()
              .catch(() => undefined),
    })),
  );
}
