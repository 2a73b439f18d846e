import { screen, within } from '@testing-library/react';
import { fetchMock, json } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { OrganisationListPage } from './organisation-list';

let profile: Record<string, unknown> = {};
vi.mock('react-oidc-context', () => ({ useAuth: () => ({ user: { profile } }) }));

const directory = {
  items: [
    { id: 'o1', code: 'healthwatch-cumbria', name: 'Healthwatch Cumbria', kind: 'HEALTHWATCH' },
    {
      id: 'o2',
      code: 'sel-icb-lewisham',
      name: 'NHS South East London ICB (Lewisham)',
      kind: 'NHS_BODY',
      website: 'https://www.selondonics.org',
    },
  ],
  page: 0,
  size: 20,
  totalItems: 2,
  totalPages: 1,
};

async function renderAs(roles: string[], organisation?: string) {
  profile = { name: 'Someone', preferred_username: 'someone', roles, organisation };
  fetchMock.mockResolvedValue(json(200, directory));
  renderWithProviders(<OrganisationListPage />, { route: '/organisations' });
  await screen.findByRole('cell', { name: 'Healthwatch Cumbria' });
}

function editLinks() {
  return screen.queryAllByRole('link', { name: /^Edit/ }).map((l) => l.textContent);
}

describe('OrganisationListPage', () => {
  it('shows each organisation’s name, code, kind and website', async () => {
    await renderAs(['staff'], 'sel-icb-lewisham');
    const lewisham = screen.getAllByRole('row')[2];
    expect(lewisham).toBeDefined();
    const cells = within(lewisham ?? document.body).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      'Name NHS South East London ICB (Lewisham)',
      'Code sel-icb-lewisham',
      'Kind NHS body',
      'Website https://www.selondonics.org',
    ]);
  });

  it('offers a platform administrator registering and editing every organisation', async () => {
    await renderAs(['platform-admin']);
    expect(screen.getByRole('link', { name: 'Register an organisation' })).toHaveAttribute(
      'href',
      '/organisations/new',
    );
    expect(editLinks()).toEqual(['Edit Healthwatch Cumbria', 'Edit NHS South East London ICB (Lewisham)']);
  });

  it('offers an organisation’s admin editing their own organisation only, and no registering', async () => {
    await renderAs(['admin'], 'sel-icb-lewisham');
    expect(screen.queryByRole('link', { name: 'Register an organisation' })).not.toBeInTheDocument();
    expect(editLinks()).toEqual(['Edit NHS South East London ICB (Lewisham)']);
    expect(screen.getByRole('link', { name: /^Edit.*Lewisham/ })).toHaveAttribute('href', '/organisations/o2/edit');
  });

  it('offers staff of the same organisation nothing to change', async () => {
    await renderAs(['staff'], 'sel-icb-lewisham');
    expect(screen.queryByRole('link', { name: 'Register an organisation' })).not.toBeInTheDocument();
    expect(editLinks()).toEqual([]);
    expect(screen.queryByRole('columnheader', { name: 'Change' })).not.toBeInTheDocument();
  });
});
