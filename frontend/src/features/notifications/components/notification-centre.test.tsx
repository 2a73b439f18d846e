import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchMock, json, sentChanges, sentRequests } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { NotificationCentre } from './notification-centre';

const invitation = {
  id: 'n1',
  kind: 'meeting-invitation',
  kindLabel: 'Meeting invitation',
  title: 'You are invited: Lewisham People’s Partnership, 14 January',
  body: 'The partnership meets at the Civic Centre.\n\nReply in Tandem to say whether you can come.',
  link: '/meetings/m1',
  partnershipId: 'p1',
  partnershipName: "Lewisham People's Partnership",
  createdAt: '2026-07-17T12:45:00Z',
  readAt: null,
};
const outcome = {
  id: 'n2',
  kind: 'outcome-update',
  kindLabel: 'You said, we did',
  title: 'What was done about your feedback',
  body: 'The surgery now offers online booking.',
  link: 'https://tandem.example.org/public/partnerships/p1',
  partnershipId: null,
  partnershipName: null,
  createdAt: '2026-01-05T09:00:00Z',
  readAt: '2026-01-06T09:00:00Z',
};

function page(items: unknown[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0, nextCursor: null };
}

/** Answers the list (all, or only the unread when asked) and the unread count as the server would, reads too. */
function answerWith(notifications: Record<string, unknown>[]) {
  const items = notifications.map((n) => ({ ...n }));
  fetchMock.mockImplementation(async (request) => {
    const url = new URL(request.url);
    if (request.method === 'POST') {
      const id = /\/notifications\/(\w+)\/read$/.exec(url.pathname)?.[1];
      items.filter((n) => id === undefined || n.id === id).forEach((n) => (n.readAt = '2026-07-18T08:00:00Z'));
      return new Response(null, { status: 204 });
    }
    if (url.pathname.endsWith('/unread-count')) return json(200, { count: items.filter((n) => !n.readAt).length });
    return json(200, page(url.searchParams.get('unread') === 'true' ? items.filter((n) => !n.readAt) : items));
  });
}

describe('NotificationCentre', () => {
  it('shows each notification with its kind, partnership, London time, body and link; unread ones say so', async () => {
    answerWith([invitation, outcome]);
    renderWithProviders(<NotificationCentre />, { route: '/notifications' });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    const [firstItem, secondItem] = screen.getAllByRole('listitem');
    if (!firstItem || !secondItem) throw new Error('two notifications listed');
    const [first, second] = [within(firstItem), within(secondItem)];
    expect(first.getByText('Unread')).toBeInTheDocument();
    expect(first.getByRole('heading', { level: 2 })).toHaveTextContent(invitation.title);
    expect(firstItem).toHaveTextContent(
      "Meeting invitation · Lewisham People's Partnership · Friday 17 July 2026 at 13:45",
    );
    expect(first.getByText('Reply in Tandem to say whether you can come.')).toBeInTheDocument();
    expect(first.getByRole('link', { name: /See the details/ })).toHaveAttribute('href', '/meetings/m1');
    expect(first.getByRole('button', { name: /^Mark as read/ })).toBeInTheDocument();

    expect(second.queryByText('Unread')).not.toBeInTheDocument();
    expect(second.queryByRole('button', { name: /^Mark as read/ })).not.toBeInTheDocument();
    expect(secondItem).toHaveTextContent('You said, we did · Monday 5 January 2026 at 09:00');
    expect(second.getByRole('link', { name: /See the details/ })).toHaveAttribute('href', outcome.link);
    expect(screen.getByText('2 notifications')).toBeInTheDocument();
  });

  it('marks one as read, then asks again for the list and the count, and says so', async () => {
    answerWith([invitation, outcome]);
    renderWithProviders(<NotificationCentre />, { route: '/notifications' });
    await userEvent.click(await screen.findByRole('button', { name: /^Mark as read/ }));
    expect(await sentChanges()).toEqual([
      expect.objectContaining({ method: 'POST', path: '/api/v1/notifications/n1/read' }),
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent(`Marked “${invitation.title}” as read.`);
    await waitFor(() => expect(screen.queryByText('Unread')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
    const counts = (await sentRequests()).filter((r) => r.path.endsWith('/unread-count'));
    expect(counts.length).toBeGreaterThanOrEqual(2);
  });

  it('filters to the unread ones and marks them all as read', async () => {
    answerWith([invitation, outcome]);
    renderWithProviders(<NotificationCentre />, { route: '/notifications' });
    await screen.findAllByRole('listitem');
    await userEvent.click(screen.getByLabelText('Unread only'));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    const lists = (await sentRequests()).filter((r) => r.path === '/api/v1/notifications');
    expect(lists.at(-1)?.query.get('unread')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await sentChanges()).toEqual([
      expect.objectContaining({ method: 'POST', path: '/api/v1/notifications/read-all' }),
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent('Marked all your notifications as read.');
  });

  it('says when there is nothing, and when only the unread ones are asked for', async () => {
    answerWith([]);
    renderWithProviders(<NotificationCentre />, { route: '/notifications?unread=true' });
    expect(await screen.findByText('You have no unread notifications.')).toBeInTheDocument();
    expect(screen.getByLabelText('Unread only')).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
  });

  it('explains a sign-in that is not linked to a person', async () => {
    fetchMock.mockImplementation(async () =>
      json(
        409,
        { type: 'https://tandem.example.org/problems/not-linked', title: 'Not linked', status: 409 },
        'application/problem+json',
      ),
    );
    renderWithProviders(<NotificationCentre />, { route: '/notifications' });
    expect(
      await screen.findByText(
        /Your sign-in is not linked to a person in Tandem, so there is nothing to notify you about/,
      ),
    ).toBeInTheDocument();
  });
});
