import { fetchMock, json } from '@/testing/fetch-mock';
import { api, ifMatch, unwrap, unwrapEmpty } from './client';

vi.mock('@/lib/auth/user-manager', () => ({ currentAccessToken: async () => 'token' }));

describe('If-Match', () => {
  it('is sent with the version a write was based on', async () => {
    fetchMock.mockResolvedValue(json(200, { id: 'b1', version: 4 }));
    await unwrap(
      api.PUT('/api/v1/boards/{id}', { params: { path: { id: 'b1' } }, body: { name: 'Board', version: 3 } }),
    );
    const [request] = fetchMock.mock.calls[0] ?? [];
    expect(request?.headers.get('If-Match')).toBe('"3"');
    expect(request?.headers.get('Authorization')).toBe('Bearer token');
  });

  it('keeps one a call set itself, and is left out when the version is not known', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await unwrapEmpty(
      api.DELETE('/api/v1/partnerships/{partnershipId}/members/{memberId}', {
        params: { path: { partnershipId: 'p1', memberId: 'm1' } },
        headers: ifMatch(7),
      }),
    );
    await unwrapEmpty(
      api.DELETE('/api/v1/partnerships/{partnershipId}/members/{memberId}', {
        params: { path: { partnershipId: 'p1', memberId: 'm1' } },
        headers: ifMatch(undefined),
      }),
    );
    expect(fetchMock.mock.calls.map(([r]) => r.headers.get('If-Match'))).toEqual(['"7"', null]);
  });
});
