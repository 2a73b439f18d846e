import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchMock, json, problem, sentChanges } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { AddWebhookForm } from './webhook-form';

const catalogue = [
  { type: 'outcome.*', entityType: 'outcome', description: 'An outcome: any event' },
  { type: 'outcome.published', entityType: 'outcome', description: 'An outcome: published' },
  { type: 'meeting.*', entityType: 'meeting', description: 'A meeting: any event' },
  { type: 'meeting.cancelled', entityType: 'meeting', description: 'A meeting: cancelled' },
];

function answerWith(onCreate: () => Response) {
  fetchMock.mockImplementation(async (request) => {
    if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/event-types')) {
      return json(200, catalogue);
    }
    if (request.method === 'GET') return json(200, { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 });
    return onCreate();
  });
}

describe('AddWebhookForm', () => {
  it('offers the event types grouped by entity type, each group a fieldset with its legend', async () => {
    answerWith(() => json(500, {}));
    renderWithProviders(<AddWebhookForm />);
    const outcome = await screen.findByRole('group', { name: 'Outcome' });
    expect(
      within(outcome)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['outcome.*', 'outcome.published']);
    expect(screen.getByRole('group', { name: 'Meeting' })).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('All events of outcome'));
    expect(screen.getByLabelText('An outcome: published')).toBeChecked();
    expect(screen.getByLabelText('An outcome: published')).toBeDisabled();
  });

  it('sends what was chosen and puts the server’s errors next to the fields, focusing the summary', async () => {
    answerWith(() =>
      problem(400, {
        title: 'Bad Request',
        errors: [
          { field: 'url', message: 'must be a public https address' },
          { field: 'eventTypes', message: 'must not be empty' },
        ],
      }),
    );
    renderWithProviders(<AddWebhookForm />);
    await userEvent.type(screen.getByLabelText('URL'), 'http://localhost/hook');
    await userEvent.click(await screen.findByLabelText('A meeting: cancelled'));
    await userEvent.click(screen.getByRole('button', { name: 'Add webhook' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: /Url must be a public https address/ })).toHaveAttribute(
      'href',
      '#webhook-url',
    );
    expect(within(summary).getByRole('link', { name: /Event types must not be empty/ })).toHaveAttribute(
      'href',
      '#webhook-event-types',
    );
    expect(screen.getByLabelText('URL')).toHaveAccessibleDescription(
      expect.stringContaining('Url must be a public https address'),
    );
    expect(screen.getByRole('group', { name: 'Events to send' })).toHaveAccessibleDescription(
      expect.stringContaining('Event types must not be empty'),
    );
    expect(await sentChanges()).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/v1/webhooks',
        body: { url: 'http://localhost/hook', eventTypes: ['meeting.cancelled'] },
      }),
    ]);
  });

  it('shows the secret once after creating, and empties the form', async () => {
    answerWith(() =>
      json(201, {
        id: 'w1',
        url: 'https://hooks.example.org/tandem',
        eventTypes: ['outcome.*'],
        status: 'ACTIVE',
        secret: 'whsec_c2VjcmV0',
        version: 0,
      }),
    );
    renderWithProviders(<AddWebhookForm />);
    await userEvent.type(screen.getByLabelText('URL'), 'https://hooks.example.org/tandem');
    await userEvent.click(await screen.findByLabelText('All events of outcome'));
    await userEvent.type(screen.getByLabelText('Description (optional)'), 'Case system');
    await userEvent.click(screen.getByRole('button', { name: 'Add webhook' }));

    const secret = await screen.findByTestId('signing-secret');
    expect(secret).toHaveTextContent('whsec_c2VjcmV0');
    expect(secret).toHaveTextContent('Keep this secret now: it is never shown again');
    expect(screen.getByRole('link', { name: /Open the webhook/ })).toHaveAttribute('href', '/webhooks/w1');
    expect(screen.getByLabelText('URL')).toHaveValue('');
    expect(screen.getByLabelText('All events of outcome')).not.toBeChecked();
    expect((await sentChanges())[0]?.body).toEqual({
      url: 'https://hooks.example.org/tandem',
      eventTypes: ['outcome.*'],
      description: 'Case system',
    });
  });
});
