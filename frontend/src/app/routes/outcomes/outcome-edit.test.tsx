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
    if (path === '/api/v1/themes')
      return json(200, [{ id: 't1', name: 'Access to primary care', kind: 'THEME', status: 'ACTIVE' }]);
    return json(200, { items: [] });
  });
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
    await waitFor(() => expect(screen.getByLabelText('Partnership')).toHaveValue('p1'));
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
});
