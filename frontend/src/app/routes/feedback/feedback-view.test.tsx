import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { fetchMock, json } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { FeedbackPage } from './feedback-view';

const item = {
  id: 'f1',
  partnershipId: 'p1',
  sourceOrganisationId: 'o1',
  text: 'Tell me what you do about the waits',
  receivedOn: '2026-11-02',
  area: 'Lewisham North',
  themes: [{ id: 't1', name: 'Access to primary care' }],
  createdAt: '2026-11-02T10:00:00Z',
  version: 0,
};

function show(feedback: Record<string, unknown>) {
  fetchMock.mockImplementation(async (request) =>
    new URL(request.url).pathname === '/api/v1/feedback/f1'
      ? json(200, feedback)
      : json(200, { id: 'p1', name: 'LPP' }),
  );
  renderWithProviders(
    <Routes>
      <Route path="/feedback/:id" element={<FeedbackPage />} />
    </Routes>,
    { route: '/feedback/f1' },
  );
}

describe('FeedbackPage', () => {
  it('shows who said it, and whether they agreed to be contacted, when the API sends it', async () => {
    show({
      ...item,
      contributor: { personId: null, name: null, email: 'sam@example.org', consentedAt: '2026-11-02T10:00:00Z' },
    });
    expect(await screen.findByRole('heading', { name: 'Who said this' })).toBeInTheDocument();
    expect(screen.getByText('Tell me what you do about the waits')).toBeInTheDocument();
    expect(screen.getByText('sam@example.org')).toBeInTheDocument();
    expect(screen.getByText(/Agreed on Monday 2 November 2026 to be contacted/)).toBeInTheDocument();
  });

  it('shows no one when the API sends no contributor (callers who may not see contacts)', async () => {
    show({ ...item, contributor: null });
    expect(await screen.findByText('Tell me what you do about the waits')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Who said this' })).not.toBeInTheDocument();
  });
});
