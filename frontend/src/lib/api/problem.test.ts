import { ApiError, describeProblem, problemSlug, toProblem } from './problem';

const TYPE = 'http://localhost:8080/problems';

describe('toProblem', () => {
  it('reads an RFC 9457 problem with field errors', () => {
    const problem = toProblem(400, {
      type: `${TYPE}/validation`,
      title: 'Request is not valid',
      status: 400,
      detail: 'name: must not be blank',
      errors: [{ field: 'name', message: 'must not be blank' }, 'junk'],
    });
    expect(problem.errors).toEqual([{ field: 'name', message: 'must not be blank' }]);
    expect(problem.title).toBe('Request is not valid');
    expect(problemSlug(problem)).toBe('validation');
  });

  it('describes a body that is not a problem by its status', () => {
    expect(toProblem(502, '<html>Bad gateway</html>')).toEqual({ status: 502, title: 'The server answered 502' });
    expect(toProblem(0, new TypeError('Failed to fetch')).title).toBe('The service cannot be reached');
  });
});

describe('problemSlug', () => {
  it('is the last segment of a type under /problems/, absolute on any host or relative', () => {
    expect(problemSlug({ type: 'https://api.tandem.example/problems/version-conflict' })).toBe('version-conflict');
    expect(problemSlug({ type: '/problems/business-rule' })).toBe('business-rule');
    expect(problemSlug({ type: 'about:blank' })).toBeUndefined();
    expect(problemSlug({})).toBeUndefined();
  });
});

describe('ApiError', () => {
  const error = new ApiError(400, {
    status: 400,
    errors: [
      { field: 'successCriteria[1]', message: 'must not be blank' },
      { field: 'name', message: 'size must be between 0 and 200' },
    ],
  });

  it('finds the error of a field, or the first error inside it', () => {
    expect(error.errorFor('name')).toBe('size must be between 0 and 200');
    expect(error.errorFor('successCriteria')).toBe('must not be blank');
    expect(error.errorFor('website')).toBeUndefined();
  });

  it('knows a version conflict by its type only (409 or 412)', () => {
    expect(new ApiError(409, { type: `${TYPE}/version-conflict` }).isConflict).toBe(true);
    expect(new ApiError(412, { type: `${TYPE}/version-conflict` }).isConflict).toBe(true);
    expect(new ApiError(409, { type: `${TYPE}/transition-not-allowed` }).isConflict).toBe(false);
    expect(new ApiError(409, { type: `${TYPE}/business-rule` }).isConflict).toBe(false);
    expect(new ApiError(409, {}).isConflict).toBe(false);
    expect(error.isConflict).toBe(false);
  });
});

describe('describeProblem', () => {
  it.each([
    [403, 'You cannot do this'],
    [404, 'Not found'],
    [500, 'Sorry, there is a problem with the service'],
    [0, 'The service cannot be reached'],
  ])('explains %i for a person', (status, title) => {
    expect(describeProblem(new ApiError(status, { status })).title).toBe(title);
  });

  it('says someone else changed it only for a version conflict, and to reload', () => {
    const described = describeProblem(
      new ApiError(412, { status: 412, type: `${TYPE}/version-conflict`, detail: 'If-Match "3" is stale' }),
    );
    expect(described.title).toBe('Someone else changed this while you were editing');
    expect(described.detail).toMatch(/Reload/);
  });

  it.each([
    ['transition-not-allowed', 'This cannot be done now', 'A cancelled meeting cannot be held'],
    ['business-rule', 'This is not allowed', 'A theme with feedback cannot be deleted'],
  ])('for %s shows the server’s detail, not a conflict', (slug, title, detail) => {
    const described = describeProblem(new ApiError(409, { status: 409, type: `${TYPE}/${slug}`, detail }));
    expect(described).toEqual({ title, detail });
  });

  it('uses the server detail where it helps', () => {
    expect(describeProblem(new ApiError(404, { detail: 'Meeting 42 was not found' })).detail).toBe(
      'Meeting 42 was not found',
    );
  });
});
