import { screen, within } from '@testing-library/react';
import { fetchMock, json, sentRequests } from '@/testing/fetch-mock';
import { anOutcome } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { OutcomeAllPage } from './outcome-all';

describe('OutcomeAllPage', () => {
  it('asks for the period and status in the address and shows the totals per status and the outcomes', async () => {
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/outcomes/totals') {
        return json(200, {
          from: '2024-04-01',
          to: '2025-03-31',
          partnershipId: null,
          total: 3,
          published: 1,
          byStatus: [
            { status: 'UNDER_CONSIDERATION', count: 1 },
            { status: 'IN_PROGRESS', count: 0 },
            { status: 'DONE', count: 1 },
            { status: 'NOT_POSSIBLE', count: 1 },
          ],
        });
      }
      if (path === '/api/v1/outcomes') {
        const done = anOutcome({ id: 'o1', youSaid: 'Letters are confusing', status: 'DONE' });
        return json(200, { items: [done], page: 0, size: 20, totalItems: 1, totalPages: 1 });
      }
      if (path === '/api/v1/partnerships/p1') return json(200, { id: 'p1', name: "Lewisham People's Partnership" });
      return json(200, { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 });
    });
    renderWithProviders(<OutcomeAllPage />, { route: '/outcomes/all?from=2024-04-01&to=2025-03-31&status=DONE' });

    const totals = await screen.findByTestId('outcome-totals');
    expect(within(totals).getByText('Outcomes recorded').nextSibling).toHaveTextContent('3');
    expect(within(totals).getByText('Not possible').nextSibling).toHaveTextContent('1');
    expect(await screen.findByRole('link', { name: 'Letters are confusing' })).toHaveAttribute('href', '/outcomes/o1');
    // The partnership is named by its own record, not looked for in a capped list of them.
    expect(await screen.findByText("Lewisham People's Partnership")).toBeInTheDocument();
    const requests = await sentRequests();
    expect(requests.some((r) => r.path === '/api/v1/partnerships')).toBe(false);
    const totalsAsked = requests.find((r) => r.path === '/api/v1/outcomes/totals');
    expect(totalsAsked?.query.get('from')).toBe('2024-04-01');
    expect(totalsAsked?.query.get('status')).toBeNull();
    const listAsked = requests.find((r) => r.path === '/api/v1/outcomes');
    expect(listAsked?.query.get('to')).toBe('2025-03-31');
    expect(listAsked?.query.get('status')).toBe('DONE');
  });
});
