import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { fetchMock, json } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { PublicPartnershipPage } from './public-partnership';

const outcomes = {
  partnershipId: 'p1',
  partnershipName: "Lewisham People's Partnership",
  outcomes: [
    {
      id: 'o1',
      youSaid: 'It takes weeks to see a GP',
      weDid: 'Practices now explain every way to book',
      status: 'DONE',
      themes: ['Access to primary care'],
      responsible: 'NHS South East London ICB (Lewisham)',
      completedOn: '2025-01-31',
      origin: {
        meeting: { id: 'm1', title: 'Partnership meeting', date: '2024-07-17' },
        activities: ['GP access workshop'],
      },
      // Fields the public API does not send; were they ever sent, the page must not show them.
      changedBy: 'Daniel Okafor',
      history: [{ changedBy: 'Daniel Okafor', reason: 'internal' }],
      feedback: [{ text: 'Jane Resident said she waited a month' }],
    },
    {
      id: 'o2',
      youSaid: 'Open on Sundays',
      status: 'NOT_POSSIBLE',
      statusReason: 'There are not enough GPs to staff it',
      themes: [],
      origin: { meeting: null, activities: [] },
    },
  ],
};

const meetings = {
  partnershipId: 'p1',
  partnershipName: "Lewisham People's Partnership",
  meetings: [
    {
      id: 'm1',
      title: 'Partnership meeting',
      date: '2024-07-17',
      startsAt: '2024-07-17T13:45:00+01:00',
      timeConfirmed: true,
      chathamHouse: true,
      attendance: { attended: 11, apologies: 1, absent: 0 },
      agendaItems: [
        { title: 'GP access', notes: 'A participant said letters confuse people.', decisions: ['Write one letter'] },
      ],
    },
  ],
};

describe('PublicPartnershipPage', () => {
  it('shows the published outcomes and meeting notes in plain words, with no token and no names', async () => {
    fetchMock.mockImplementation(async (request) =>
      json(200, new URL(request.url).pathname.endsWith('/meetings') ? meetings : outcomes),
    );
    renderWithProviders(
      <Routes>
        <Route path="/public/partnerships/:id" element={<PublicPartnershipPage />} />
      </Routes>,
      { route: '/public/partnerships/p1' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'You said, we did' })).toBeInTheDocument();
    expect(screen.getByText("Lewisham People's Partnership")).toBeInTheDocument();
    expect(screen.getByText('It takes weeks to see a GP')).toBeInTheDocument();
    expect(screen.getByText('Practices now explain every way to book')).toBeInTheDocument();
    expect(screen.getByText('Done')).toBeInTheDocument();
    expect(screen.getByText('Access to primary care')).toBeInTheDocument();
    expect(screen.getByText('NHS South East London ICB (Lewisham)')).toBeInTheDocument();
    expect(screen.getByText('Friday 31 January 2025')).toBeInTheDocument();
    expect(screen.getByText('What people told us at GP access workshop')).toBeInTheDocument();
    expect(screen.getByText('Decided at Partnership meeting, Wednesday 17 July 2024')).toBeInTheDocument();
    expect(screen.getByText(/We could not do this/)).toBeInTheDocument();
    expect(screen.getByText(/Why: There are not enough GPs to staff it/)).toBeInTheDocument();
    expect(await screen.findByText('A participant said letters confuse people.')).toBeInTheDocument();
    expect(screen.getByText('Write one letter')).toBeInTheDocument();
    expect(screen.getByText(/Chatham House rule/)).toBeInTheDocument();

    const text = document.body.textContent ?? '';
    expect(text).not.toContain('Daniel Okafor');
    expect(text).not.toContain('Jane Resident');
    expect(text).not.toContain('internal');
    expect(screen.queryByRole('button', { name: /Sign in/ })).not.toBeInTheDocument();
    const calls = fetchMock.mock.calls.map(([request]) => request);
    expect(calls.map((r) => new URL(r.url).pathname).sort()).toEqual([
      '/api/v1/public/partnerships/p1/meetings',
      '/api/v1/public/partnerships/p1/outcomes',
    ]);
    for (const request of calls) expect(request.headers.get('Authorization')).toBeNull();
  });

  it('gives each outcome a stable anchor by its id, which a link to one outcome scrolls to', async () => {
    fetchMock.mockImplementation(async (request) =>
      json(200, new URL(request.url).pathname.endsWith('/meetings') ? meetings : outcomes),
    );
    const scrolled: string[] = [];
    const scrollIntoView = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    try {
      renderWithProviders(
        <Routes>
          <Route path="/public/partnerships/:id" element={<PublicPartnershipPage />} />
        </Routes>,
        { route: '/public/partnerships/p1#outcome-o2' },
      );
      expect(await screen.findAllByRole('article', { name: 'You said' })).toHaveLength(2);
      expect(document.getElementById('outcome-o1')).toHaveTextContent('You said');
      expect(document.getElementById('outcome-o2')).toHaveTextContent('You said');
      expect(document.getElementById('outcome-1')).toBeNull();
      expect(scrolled).toEqual(['outcome-o2']);
    } finally {
      Element.prototype.scrollIntoView = scrollIntoView;
    }
  });
});
