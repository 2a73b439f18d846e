import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fetchMock, json } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { WebhookPage } from './webhook-view';

const webhook = {
  id: 'w1',
  url: 'https://hooks.example.org/tandem',
  eventTypes: ['outcome.*'],
  description: 'Case system',
  status: 'DISABLED',
  disabledAt: '2024-07-17T12:45:00Z',
  disabledReason: 'Disabled by Tandem: deliveries to https://hooks.example.org/tandem failed for 24 hours',
  createdAt: '2024-07-16T08:00:00Z',
  updatedAt: '2024-07-17T12:45:00Z',
  version: 4,
};

const delivery = {
  id: 'd1',
  eventType: 'outcome.published',
  status: 'FAILED',
  attempts: 12,
  lastStatusCode: 503,
  lastError: 'HTTP 503',
  createdAt: '2024-07-16T09:30:00Z',
};

function answer() {
  const sent: { method: string; path: string; ifMatch: string | null; body: unknown }[] = [];
  fetchMock.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET') {
      sent.push({
        method: request.method,
        path,
        ifMatch: request.headers.get('If-Match'),
        body: await request.json().catch(() => undefined),
      });
    }
    if (path.endsWith('/deliveries'))
      return json(200, { items: [delivery], page: 0, size: 20, totalItems: 1, totalPages: 1 });
    if (path.endsWith('/rotate-secret')) return json(200, { ...webhook, version: 5, secret: 'whsec_bmV3' });
    if (request.method === 'PUT') return json(200, { ...webhook, status: 'ACTIVE', disabledReason: null, version: 5 });
    if (request.method === 'DELETE') return new Response(null, { status: 204 });
    return json(200, webhook);
  });
  renderWithProviders(
    <Routes>
      <Route path="/webhooks/:id" element={<WebhookPage />} />
      <Route path="/webhooks" element={<p>The list</p>} />
    </Routes>,
    { route: '/webhooks/w1' },
  );
  return sent;
}

describe('WebhookPage', () => {
  it('warns that Tandem disabled it, and lists the deliveries with their times in London', async () => {
    answer();
    expect(await screen.findByRole('heading', { level: 1, name: webhook.url })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /Tandem stopped sending/ })).toBeInTheDocument();
    const row = (await screen.findByText('outcome.published', { selector: 'code' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(row).toHaveTextContent('Tuesday 16 July 2024 at 10:30');
    expect(row).toHaveTextContent('Failed');
    expect(row).toHaveTextContent('HTTP 503');
    // Replaying waits for the subscription to be enabled again.
    expect(within(row).getByRole('button', { name: /Replay/ })).toBeDisabled();
  });

  it('enables it with a PUT of what it holds, the new state and the version loaded as If-Match', async () => {
    const sent = answer();
    await userEvent.click(await screen.findByRole('button', { name: 'Enable' }));
    expect(await screen.findByRole('button', { name: 'Disable' })).toBeInTheDocument();
    expect(sent).toEqual([
      {
        method: 'PUT',
        path: '/api/v1/webhooks/w1',
        ifMatch: '"4"',
        body: {
          url: webhook.url,
          eventTypes: ['outcome.*'],
          description: 'Case system',
          active: true,
          version: 4,
        },
      },
    ]);
  });

  it('shows a rotated secret once, and deletes only when confirmed', async () => {
    const sent = answer();
    await userEvent.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    expect(await screen.findByTestId('signing-secret')).toHaveTextContent('whsec_bmV3');
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/api/v1/webhooks/w1/rotate-secret', ifMatch: '"4"' });

    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(sent).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText('The list')).toBeInTheDocument();
    expect(sent[1]).toMatchObject({ method: 'DELETE', path: '/api/v1/webhooks/w1', ifMatch: '"5"' });
  });
});
