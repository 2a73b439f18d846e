import { screen } from '@testing-library/react';
import { fetchMock, json, sentRequests } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { useOrganisations } from './organisations';

function Names() {
  const organisations = useOrganisations();
  return <p>{organisations.data ? organisations.data.items.map((o) => o.code).join(', ') : 'loading'}</p>;
}

describe('useOrganisations', () => {
  it('pages through the whole directory rather than stopping at the largest page', async () => {
    fetchMock.mockImplementation(async (request) => {
      const page = Number(new URL(request.url).searchParams.get('page'));
      return json(200, { items: [{ code: `org-${page}` }], page, size: 200, totalItems: 401, totalPages: 3 });
    });
    renderWithProviders(<Names />);
    expect(await screen.findByText('org-0, org-1, org-2')).toBeInTheDocument();
    expect((await sentRequests()).map((r) => r.query.get('page'))).toEqual(['0', '1', '2']);
  });
});
