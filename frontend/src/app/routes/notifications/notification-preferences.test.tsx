import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchMock, json, problem, sentChanges } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { NotificationPreferencesPage } from './notification-preferences';

const preferences = {
  version: 3,
  email: 'sam.wilson@example.org',
  canEmail: true,
  kinds: [
    {
      kind: 'meeting-invitation',
      label: 'Meeting invitations',
      description: 'When a meeting of your partnership is planned, moved or cancelled',
      delivery: 'IMMEDIATE',
    },
    { kind: 'action-assigned', label: 'Actions for you', description: 'An action given to you', delivery: 'DIGEST' },
  ],
};

function answerWith(onPut: (request: Request) => Response, current: unknown = preferences) {
  fetchMock.mockImplementation(async (request) => (request.method === 'PUT' ? onPut(request) : json(200, current)));
}

function renderPage() {
  return renderWithProviders(<NotificationPreferencesPage />, { route: '/notifications/preferences' });
}

describe('NotificationPreferencesPage', () => {
  it('offers each kind its three choices, says where emails go, and saves with the version as If-Match', async () => {
    let ifMatch: string | null = null;
    answerWith((request) => {
      ifMatch = request.headers.get('If-Match');
      return json(200, { ...preferences, version: 4, kinds: [{ ...preferences.kinds[0], delivery: 'NONE' }] });
    });
    renderPage();
    const invitations = await screen.findByRole('group', { name: 'Meeting invitations' });
    expect(invitations).toHaveAccessibleDescription(
      'When a meeting of your partnership is planned, moved or cancelled',
    );
    expect(within(invitations).getByLabelText('Email me at once')).toBeChecked();
    expect(within(invitations).getByLabelText('In my daily email digest')).toBeEnabled();
    expect(
      within(screen.getByRole('group', { name: 'Actions for you' })).getByLabelText('In my daily email digest'),
    ).toBeChecked();
    expect(screen.getByText('sam.wilson@example.org')).toBeInTheDocument();

    await userEvent.click(within(invitations).getByLabelText('Only in Tandem'));
    await userEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('Your choices are saved.')).toBeInTheDocument();
    expect((await sentChanges())[0]).toEqual(
      expect.objectContaining({
        method: 'PUT',
        path: '/api/v1/notification-preferences',
        body: {
          version: 3,
          kinds: [
            { kind: 'meeting-invitation', delivery: 'NONE' },
            { kind: 'action-assigned', delivery: 'DIGEST' },
          ],
        },
      }),
    );
    expect(ifMatch).toBe('"3"');
  });

  it('explains why no email can be sent, and offers only Tandem', async () => {
    answerWith(() => json(500, {}), { ...preferences, email: null, canEmail: false });
    renderPage();
    const invitations = await screen.findByRole('group', { name: 'Meeting invitations' });
    expect(screen.getByTestId('cannot-email')).toHaveTextContent(/Tandem cannot email you/);
    expect(within(invitations).getByLabelText('Email me at once')).toBeDisabled();
    expect(within(invitations).getByLabelText('In my daily email digest')).toBeDisabled();
    expect(within(invitations).getByLabelText('Only in Tandem')).toBeEnabled();
  });

  it.each(['not-linked', 'business-rule'])('says when the sign-in is not linked to a person (409 %s)', async (slug) => {
    fetchMock.mockImplementation(async () =>
      problem(409, { type: `https://tandem.example.org/problems/${slug}`, title: 'Not linked to a person' }),
    );
    renderPage();
    expect(
      await screen.findByText(
        /Your sign-in is not linked to a person in Tandem, so there is nothing to notify you about/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What Tandem tells you');
  });

  it('after a stale save, names what the other change chose and saves mine over it', async () => {
    const theirs = {
      ...preferences,
      version: 4,
      kinds: [{ ...preferences.kinds[0], delivery: 'DIGEST' }, preferences.kinds[1]],
    };
    let current: unknown = preferences;
    let puts = 0;
    fetchMock.mockImplementation(async (request) => {
      if (request.method !== 'PUT') return json(200, current);
      puts++;
      current = theirs;
      return puts === 1
        ? problem(412, { type: 'https://tandem.example.org/problems/version-conflict', title: 'Version conflict' })
        : json(200, { ...theirs, version: 5 });
    });
    renderPage();
    const invitations = await screen.findByRole('group', { name: 'Meeting invitations' });
    await userEvent.click(within(invitations).getByLabelText('Only in Tandem'));
    await userEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    const notice = await screen.findByRole('alert');
    await waitFor(() => expect(notice).toHaveTextContent('Meeting invitations: now “In my daily email digest”'));
    await userEvent.click(screen.getByRole('button', { name: 'Save my version' }));
    expect(await screen.findByText('Your choices are saved.')).toBeInTheDocument();
    expect((await sentChanges()).map((r) => r.body)).toEqual([
      expect.objectContaining({ version: 3 }),
      {
        version: 4,
        kinds: [
          { kind: 'meeting-invitation', delivery: 'NONE' },
          { kind: 'action-assigned', delivery: 'DIGEST' },
        ],
      },
    ]);
  });
});
