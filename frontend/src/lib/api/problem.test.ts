import { ApiError, describeProblem, toProblem } from './problem';

describe('toProblem', () => {
  it('reads an RFC 9457 problem with field errors', () => {
    const problem = toProblem(400, {
      type: 'https://tandem.example.org/problems/validation',
      title: 'Request is not valid',
      status: 400,
      detail: 'name: must not be blank',
      errors: [{ field: 'name', message: 'must not be blank' }, 'junk'],
    });
    expect(problem.errors).toEqual([{ field: 'name', message: 'must not be blank' }]);
    expect(problem.title).toBe('Request is not valid');
  });

  it('describes a body that is not a problem by its status', () => {
    expect(toProblem(502, '<html>Bad gateway</html>')).toEqual({ status: 502, title: 'The server answered 502' });
    expect(toProblem(0, new TypeError('Failed to fetch')).title).toBe('The service cannot be reached');
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

  it('knows a version conflict', () => {
    expect(new ApiError(409, {}).isConflict).toBe(true);
    expect(new ApiError(412, {}).isConflict).toBe(true);
    expect(error.isConflict).toBe(false);
  });
});

describe('describeProblem', () => {
  it.each([
    [403, 'You cannot do this'],
    [404, 'Not found'],
    [409, 'Someone else changed this while you were editing'],
    [500, 'Sorry, there is a problem with the service'],
    [0, 'The service cannot be reached'],
  ])('explains %i for a person', (status, title) => {
    expect(describeProblem(new ApiError(status, { status })).title).toBe(title);
  });

  it('uses the server detail where it helps', () => {
    expect(describeProblem(new ApiError(404, { detail: 'Meeting 42 was not found' })).detail).toBe(
      'Meeting 42 was not found',
    );
  });
});
