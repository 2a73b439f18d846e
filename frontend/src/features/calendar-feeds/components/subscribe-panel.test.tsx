import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, json, sentChanges } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { SubscribePanel } from './subscribe-panel';

const address = 'localhost:8080/api/v1/calendar-feeds/3q2-7wE9nZbXc1VtLkQpR0sYhJm4uF6aG8dK5oN2iT0.ics';

describe('SubscribePanel', () => {
  it('says what the link gives away, makes a feed and shows its webcal: link once, to copy', async () => {
    answer({}, () =>
      json(201, {
        id: 'f1',
        partnershipId: 'p1',
        bodyName: 'LPP',
        url: `http://${address}`,
        webcalUrl: `webcal://${address}`,
        createdAt: '2026-12-03T06:00:00Z',
        version: 0,
      }),
    );
    renderWithProviders(<SubscribePanel target={{ partnershipId: 'p1' }} noun="partnership" />);
    const panel = screen.getByTestId('subscribe-panel');
    expect(within(panel).getByRole('heading', { name: 'Subscribe in your calendar' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Anyone with the link can see these meetings as you can');

    await userEvent.click(screen.getByRole('button', { name: 'Get a subscription link' }));
    const link = await screen.findByRole('link', { name: `webcal://${address}` });
    expect(link).toHaveAttribute('href', `webcal://${address}`);
    expect(screen.queryByRole('button', { name: 'Get a subscription link' })).not.toBeInTheDocument();
    expect(await sentChanges()).toEqual([
      expect.objectContaining({ method: 'POST', path: '/api/v1/calendar-feeds', body: { partnershipId: 'p1' } }),
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Copy the link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Copied|copy it yourself/);
  });
});
