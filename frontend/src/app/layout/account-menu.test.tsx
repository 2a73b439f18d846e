import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchMock, json } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { AccountMenu } from './account-menu';

const signoutRedirect = vi.fn();
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { id_token: 'id-token' }, signoutRedirect }),
}));

describe('AccountMenu', () => {
  it('shows the name, the organisation by name and the role, the unread notifications, and signs out', async () => {
    fetchMock.mockImplementation(async (request) =>
      new URL(request.url).pathname.endsWith('/unread-count')
        ? json(200, { count: 3 })
        : json(200, { items: [{ code: 'sel-icb-lewisham', name: 'NHS South East London ICB (Lewisham)' }] }),
    );
    renderWithProviders(
      <AccountMenu
        user={{
          name: 'Daniel Okafor',
          username: 'lewisham-staff',
          organisation: 'sel-icb-lewisham',
          roles: ['staff'],
          canManage: true,
        }}
      />,
    );
    expect(screen.getByText('Daniel Okafor')).toBeInTheDocument();
    expect(await screen.findByText('NHS South East London ICB (Lewisham) · Staff')).toBeInTheDocument();
    // With the visually hidden word: "Notifications (3 unread)" to a screen reader, "Notifications (3)" to the eye.
    const link = screen.getByRole('link', { name: /^Notifications/ });
    await waitFor(() => expect(link).toHaveTextContent('Notifications (3 unread)'));
    expect(link).toHaveAttribute('href', '/notifications');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    expect(signoutRedirect).toHaveBeenCalledWith({ id_token_hint: 'id-token' });
  });
});
