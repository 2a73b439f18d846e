import type { components } from './schema';

type ServerProblem = components['schemas']['Problem'];
/** A problem the server sent, or one made here from an answer that carried none or only part of one. */
export type Problem = Partial<ServerProblem>;
export type FieldError = components['schemas']['FieldError'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && (value['field'] === undefined || typeof value['field'] === 'string');
}

/** Reads an RFC 9457 problem from whatever the server sent (or did not send). */
export function toProblem(status: number, body: unknown): Problem {
  if (isRecord(body) && (typeof body['title'] === 'string' || typeof body['detail'] === 'string')) {
    const errors = Array.isArray(body['errors']) ? body['errors'].filter(isFieldError) : undefined;
    return {
      type: typeof body['type'] === 'string' ? body['type'] : undefined,
      title: typeof body['title'] === 'string' ? body['title'] : undefined,
      status: typeof body['status'] === 'number' ? body['status'] : status,
      detail: typeof body['detail'] === 'string' ? body['detail'] : undefined,
      instance: typeof body['instance'] === 'string' ? body['instance'] : undefined,
      errors,
    };
  }
  return { status, title: status === 0 ? 'The service cannot be reached' : `The server answered ${status}` };
}

/** A failed API call: the HTTP status and the problem the server described. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** The message for one request field (exact name, or the first error inside it: `successCriteria[1]`). */
  errorFor(field: string): string | undefined {
    const match =
      this.fieldErrors.find((e) => e.field === field) ??
      this.fieldErrors.find((e) => e.field?.startsWith(`${field}[`) || e.field?.startsWith(`${field}.`));
    return match?.message;
  }

  /** The problem's kind from the catalogue: the last segment of a type URI `.../problems/<slug>`. */
  get slug(): string | undefined {
    return problemSlug(this.problem);
  }

  /**
   * A version conflict (409 with a stale body version, 412 with a stale If-Match): someone else
   * changed the record. Only the type says so; other 409s (the record's state does not allow
   * it, a business rule refuses it) are explained by their detail instead.
   */
  get isConflict(): boolean {
    return this.slug === 'version-conflict';
  }
}

/**
 * Input found wrong in the browser, before anything is sent: shown like the server's 400 (at
 * each field and in the error summary), its messages already whole sentences.
 */
export class InputError extends ApiError {
  constructor(errors: FieldError[]) {
    super(400, { status: 400, title: 'There is a problem', errors });
    this.name = 'InputError';
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}

/** `version-conflict` for `https://api.example.org/problems/version-conflict` (or a relative `/problems/...`). */
export function problemSlug(problem: Problem): string | undefined {
  const match = /\/problems\/([a-z0-9-]+)\/?$/.exec(problem.type ?? '');
  return match?.[1];
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** What to tell a person about a failure, by status: never a stack trace, never a blank page. */
export function describeProblem(error: unknown): { title: string; detail: string | undefined } {
  if (!isApiError(error)) {
    return { title: 'Something went wrong', detail: error instanceof Error ? error.message : undefined };
  }
  const { status, problem } = error;
  switch (status) {
    case 0:
      return { title: 'The service cannot be reached', detail: 'Check your connection and try again.' };
    case 401:
      return { title: 'Your session has ended', detail: 'Sign in again to carry on.' };
    case 403:
      return { title: 'You cannot do this', detail: problem.detail ?? 'Your role does not allow this change.' };
    case 404:
      return {
        title: 'Not found',
        detail: problem.detail ?? 'It does not exist, or your organisation cannot see it.',
      };
    case 409:
    case 412:
      if (error.isConflict) {
        return {
          title: 'Someone else changed this while you were editing',
          detail: 'Reload the page to see their changes, then try again.',
        };
      }
      // transition-not-allowed, business-rule and the like: the server's detail says why.
      return {
        title:
          error.slug === 'transition-not-allowed'
            ? 'This cannot be done now'
            : error.slug === 'business-rule'
              ? 'This is not allowed'
              : (problem.title ?? 'This cannot be done'),
        detail: problem.detail ?? 'The record is not in a state that allows this.',
      };
    case 503:
      return { title: 'The sign-in service cannot be reached', detail: 'Try again in a minute.' };
    default:
      if (status >= 500) return { title: 'Sorry, there is a problem with the service', detail: 'Try again later.' };
      return { title: problem.title ?? 'There is a problem', detail: problem.detail };
  }
}
