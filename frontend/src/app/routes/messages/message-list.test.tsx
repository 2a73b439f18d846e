import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fetchMock, json } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { MessageListPage } from './message-list';

const sent = {
  id: 'm1',
  toAddress: 'amara.okafor@example.org',
  toName: 'Amara Okafor',
  kind: 'meeting-invitation',
  subject: 'Invitation: Lewisham board',
  status: 'SENT',
  attempts: 1,
  sentAt: '2024-07-16T09:31:00Z',
  createdAt: '2024-07-16T09:30:00Z',
  updatedAt: '2024-07-16T09:31:00Z',
  version: 1,
};
const failed = {
  ...sent,
  id: 'm2',
  subject: 'Reminder: Lewisham board',
  status: 'FAILED',
  attempts: 6,
  sentAt: null,
  lastError: 'SMTP 550: mailbox unavailable',
  version: 6,
};

function answer() {
  const requests: { method: string; path: string; query: string; ifMatch: string | null }[] = [];
  fetchMock.mockImplementation(async (request) => {
    const url = new URL(request.url);
    requests.push({
      method: request.method,
      path: url.pathname,
      query: url.search,
      ifMatch: request.headers.get('If-Match'),
    });
    if (request.method === 'POST') return json(200, { ...failed, status: 'QUEUED', attempts: 0, version: 7 });
    const items = url.searchParams.get('status') === 'FAILED' ? [failed] : [sent, failed];
    return json(200, { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
  });
  renderWithProviders(
    <Routes>
      <Route path="/messages" element={<MessageListPage />} />
    </Routes>,
    { route: '/messages' },
  );
  return requests;
}

describe('MessageListPage', () => {
  it('lists the mail sent with its recipient, status and what happened, in London time', async () => {
    answer();
    expect(await screen.findByRole('heading', { level: 1, name: 'Messages sent' })).toBeInTheDocument();
    const row = (await screen.findByText('Invitation: Lewisham board')).closest('tr');
    if (!row) throw new Error('no row');
    expect(row).toHaveTextContent('amara.okafor@example.org');
    expect(row).toHaveTextContent('Sent Tuesday 16 July 2024 at 10:31');
    expect(within(row).queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
  });

  it('narrows the list to failed mail and retries one with the version loaded as If-Match', async () => {
    const requests = answer();
    await screen.findByText('Invitation: Lewisham board');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'FAILED');
    expect(await screen.findByText('SMTP 550: mailbox unavailable')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Retry Reminder: Lewisham board/ }));
    expect(await screen.findByText('The message is queued to be sent again.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'GET' && r.query.includes('status=FAILED'))).toBe(true);
    expect(requests.filter((r) => r.method === 'POST')).toEqual([
      { method: 'POST', path: '/api/v1/mail-messages/m2/retry', query: '', ifMatch: '"6"' },
    ]);
  });
});
