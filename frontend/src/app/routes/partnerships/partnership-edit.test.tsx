import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fetchMock, json, sentChanges } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { PartnershipEditPage } from './partnership-edit';

const PARTNERSHIPS = [
  { id: 'p1', name: 'Lewisham People’s Partnership' },
  { id: 'p2', name: 'Lewisham North hub', parentId: 'p1' },
];
const BOARDS = [
  { id: 'b1', name: 'Health and Wellbeing Board' },
  { id: 'b2', name: 'Place Executive Board' },
];

function serve() {
  fetchMock.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST') return json(201, { id: 'p9', name: 'Deptford hub', version: 0 });
    if (path === '/api/v1/partnerships') return json(200, { items: PARTNERSHIPS, totalItems: PARTNERSHIPS.length });
    if (path === '/api/v1/boards') return json(200, { items: BOARDS, totalItems: BOARDS.length });
    const board = BOARDS.find((b) => path === `/api/v1/boards/${b.id}`);
    if (board) return json(200, board);
    return json(404, {});
  });
}

async function choose(label: string, text: string, option: RegExp) {
  await userEvent.type(screen.getByRole('combobox', { name: label }), text);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('PartnershipEditPage', () => {
  it('chooses the parent among partnerships that are not hubs, and adds and removes boards by search', async () => {
    serve();
    renderWithProviders(
      <Routes>
        <Route path="/partnerships/new" element={<PartnershipEditPage />} />
        <Route path="/partnerships/:id" element={<p>Saved</p>} />
      </Routes>,
      { route: '/partnerships/new' },
    );
    await userEvent.type(screen.getByLabelText('Name'), 'Deptford hub');
    await userEvent.type(screen.getByRole('combobox', { name: /hub of another partnership/ }), 'Lewisham');
    expect(await screen.findByRole('option', { name: 'Lewisham People’s Partnership' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Lewisham North hub' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('option', { name: 'Lewisham People’s Partnership' }));

    expect(screen.getByText('It reports to no board.')).toBeInTheDocument();
    await choose('Add a board it reports to', 'Board', /Health and Wellbeing Board/);
    await choose('Add a board it reports to', 'Board', /Place Executive Board/);
    expect(screen.getByRole('combobox', { name: 'Add a board it reports to' })).toHaveValue('');
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Health and Wellbeing Board' }));
    expect(screen.getByRole('button', { name: 'Remove Place Executive Board' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove Health and Wellbeing Board' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Create partnership' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await sentChanges()).map((r) => [r.body.name, r.body.parentId, r.body.boardIds])).toEqual([
        ['Deptford hub', 'p1', ['b2']],
      ]),
    );
  });
});
