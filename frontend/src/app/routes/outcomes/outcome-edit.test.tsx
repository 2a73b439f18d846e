import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fetchMock, json, sentChanges } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { OutcomeEditPage } from './outcome-edit';

const feedback: Record<string, unknown> = {
  f1: { id: 'f1', partnershipId: 'p1', text: 'Three weeks for a GP appointment', receivedOn: '2024-07-17' },
  f2: { id: 'f2', partnershipId: 'p1', text: 'The letter did not mention booking online', receivedOn: '2024-07-18' },
};

function answerReads() {
  fetchMock.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST') return json(201, { id: 'o9', partnershipId: 'p1', version: 0 });
    const item = path.match(/^\/api\/v1\/feedback\/(\w+)$/)?.[1];
    if (item) return json(200, feedback[item]);
    if (path === '/api/v1/partnerships')
      return json(200, { items: [{ id: 'p1', name: "Lewisham People's Partnership" }] });
    if (path === '/api/v1/partnerships/p1') return json(200, { id: 'p1', name: "Lewisham People's Partnership" });
    if (path === '/api/v1/themes')
      return json(200, [{ id: 't1', name: 'Access to primary care', kind: 'THEME', status: 'ACTIVE' }]);
    return json(200, { items: [] });
  });
}

const PARTNERSHIPS = [{ id: 'p1', name: 'Lewisham People’s Partnership' }];
const ORGANISATIONS = [{ id: 'org1', name: 'NHS South East London ICB (Lewisham)' }];
const BOARDS = [{ id: 'b1', name: 'Health and Wellbeing Board' }];
const MEETINGS = [{ id: 'm1', partnershipId: 'p1', title: 'Autumn meeting', startsAt: '2026-11-02T18:00:00Z' }];

const page = (items: unknown[]) => json(200, { items, totalItems: items.length });

function serve() {
  fetchMock.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST') return json(201, { id: 'o-new' });
    if (path === '/api/v1/partnerships') return page(PARTNERSHIPS);
    if (path === '/api/v1/partnerships/p1') return json(200, PARTNERSHIPS[0]);
    if (path === '/api/v1/organisations') return page(ORGANISATIONS);
    if (path === '/api/v1/boards') return page(BOARDS);
    if (path === '/api/v1/meetings') return page(MEETINGS);
    if (path === '/api/v1/meetings/m1') return json(200, { ...MEETINGS[0], agendaItems: [] });
    if (path === '/api/v1/themes') return json(200, []);
    return json(404, {});
  });
}

async function choose(label: string, text: string, option: RegExp) {
  await userEvent.type(screen.getByRole('combobox', { name: label }), text);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('OutcomeEditPage', () => {
  it('opens from the feedback list with the partnership and the chosen feedback, which can be taken off', async () => {
    answerReads();
    renderWithProviders(
      <Routes>
        <Route path="/outcomes/new" element={<OutcomeEditPage />} />
        <Route path="/outcomes/:id" element={<p>Saved</p>} />
      </Routes>,
      { route: '/outcomes/new?partnershipId=p1&feedbackIds=f1,f2' },
    );
    expect(await screen.findByText('Three weeks for a GP appointment')).toBeInTheDocument();
    expect(await screen.findByText('The letter did not mention booking online')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Partnership')).toHaveValue("Lewisham People's Partnership"));
    expect(screen.getByLabelText('You said')).toHaveValue('');

    await userEvent.click(screen.getByRole('button', { name: 'Remove feedback 2 from this outcome' }));
    expect(screen.queryByText('The letter did not mention booking online')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('You said'), 'It is hard to get a GP appointment');
    await userEvent.type(screen.getByRole('combobox', { name: /Themes/ }), 'primary{Enter}');
    expect(await screen.findByRole('button', { name: 'Remove Access to primary care' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Record outcome' }));

    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect((await sentChanges()).map((r) => r.body)).toEqual([
      {
        partnershipId: 'p1',
        youSaid: 'It is hard to get a GP appointment',
        themeIds: ['t1'],
        feedbackIds: ['f1'],
        published: false,
      },
    ]);
  });

  it('chooses the partnership, the responsible and the decision meeting by search; one responsible at most', async () => {
    serve();
    renderWithProviders(<OutcomeEditPage />, { route: '/outcomes/new' });
    expect(screen.getByRole('combobox', { name: 'Meeting' })).toBeDisabled();
    await choose('Partnership', 'Lewisham', /Lewisham People’s Partnership/);
    await userEvent.type(screen.getByLabelText('You said'), 'Letters are confusing');

    await choose('Responsible organisation', 'South East', /NHS South East London ICB/);
    await choose('Responsible board', 'Health', /Health and Wellbeing Board/);
    expect(screen.getByRole('combobox', { name: 'Responsible organisation' })).toHaveValue('');
    await userEvent.type(screen.getByLabelText('Name of an organisation not registered here'), 'Lewisham Council');
    expect(screen.getByRole('combobox', { name: 'Responsible board' })).toHaveValue('');

    await choose('Meeting', 'Autumn', /Autumn meeting/);
    expect(await screen.findByRole('option', { name: 'This meeting has recorded no decision' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Record outcome' }));
    await waitFor(async () => expect(await sentChanges()).toHaveLength(1));
    const [sent] = await sentChanges();
    expect(sent?.body).toMatchObject({ partnershipId: 'p1', responsibleOrganisationName: 'Lewisham Council' });
    expect(sent?.body.responsibleOrganisationId).toBeUndefined();
    expect(sent?.body.responsibleBoardId).toBeUndefined();
    const meetingSearch = fetchMock.mock.calls
      .map(([r]) => new URL(r.url))
      .find((u) => u.pathname === '/api/v1/meetings');
    expect(meetingSearch?.searchParams.get('partnershipId')).toBe('p1');
  });
});
