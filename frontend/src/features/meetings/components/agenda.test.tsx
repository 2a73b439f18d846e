import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, json, problem, sentChanges } from '@/testing/fetch-mock';
import { aMeeting, anAgendaItem } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { Meeting } from '../api/meetings';
import { Agenda } from './agenda';

const meeting: Meeting = aMeeting({
  id: 'm1',
  title: 'Steering group',
  date: '2024-07-17',
  startsAt: '2024-07-17T13:45:00+01:00',
  timeConfirmed: true,
  version: 7,
  agendaItems: [
    anAgendaItem({
      id: 'i1',
      position: 1,
      kind: 'ARRIVALS',
      title: 'Arrivals',
      plannedStart: '2024-07-17T13:45:00+01:00',
      plannedEnd: '2024-07-17T14:00:00+01:00',
      version: 0,
    }),
    anAgendaItem({
      id: 'i2',
      position: 2,
      kind: 'ITEM',
      title: 'Year One Review',
      plannedStart: '2024-07-17T14:15:00+01:00',
      plannedEnd: '2024-07-17T14:40:00+01:00',
      notes: 'Anne gave an overview.',
      decisions: [{ id: 'd1', position: 1, text: 'Develop hubs.' }],
      version: 4,
    }),
    anAgendaItem({ id: 'i3', position: 3, kind: 'ITEM', title: 'Voices at the meeting', version: 0 }),
  ],
});

describe('Agenda', () => {
  it('shows items in order with their times, notes and decisions', () => {
    renderWithProviders(<Agenda meeting={meeting} canEdit={false} />);
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('tandem-agenda__item'));
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Arrivals Arrivals',
      'Year One Review ',
      'Voices at the meeting ',
    ]);
    expect(screen.getByText('14:15 to 14:40')).toBeInTheDocument();
    expect(screen.getByText('Develop hubs.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Move up/ })).not.toBeInTheDocument();
  });

  it('reorders by sending every item id in the new order with the meeting version', async () => {
    answer(meeting, () => json(200, { meetingVersion: 8, items: [] }));
    renderWithProviders(<Agenda meeting={meeting} canEdit />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Move up: Voices at the meeting' }));
    await waitFor(async () => expect(await sentChanges()).not.toHaveLength(0));
    const [reorder] = await sentChanges();
    expect(reorder).toMatchObject({
      method: 'PUT',
      path: '/api/v1/meetings/m1/agenda-items/order',
      body: { version: 7, itemIds: ['i1', 'i3', 'i2'] },
    });
  });

  it('saves notes and decisions of an item, keeping the ids of existing decisions', async () => {
    answer(meeting, () => json(200, { id: 'i2' }));
    renderWithProviders(<Agenda meeting={meeting} canEdit />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit, notes and decisions: Year One Review' }));
    await user.clear(screen.getByLabelText('Notes of the discussion'));
    await user.type(screen.getByLabelText('Notes of the discussion'), 'The review was welcomed.');
    await user.click(screen.getByRole('button', { name: 'Add a decision' }));
    await user.type(screen.getByLabelText('Decision 2'), 'Agree a reimbursement policy.');
    await user.click(screen.getByRole('button', { name: 'Save item' }));
    await waitFor(async () => expect(await sentChanges()).not.toHaveLength(0));
    const [put] = await sentChanges();
    expect(put).toMatchObject({ method: 'PUT', path: '/api/v1/meetings/m1/agenda-items/i2' });
    expect(put?.body).toEqual({
      kind: 'ITEM',
      title: 'Year One Review',
      plannedStart: '2024-07-17T14:15:00+01:00',
      plannedEnd: '2024-07-17T14:40:00+01:00',
      notes: 'The review was welcomed.',
      decisions: [{ id: 'd1', text: 'Develop hubs.' }, { text: 'Agree a reimbursement policy.' }],
      version: 4,
    });
  });

  it('shows the server validation next to the time it is about', async () => {
    answer(meeting, () =>
      problem(400, {
        title: 'Request is not valid',
        errors: [{ field: 'plannedEnd', message: 'must not be before plannedStart' }],
      }),
    );
    renderWithProviders(<Agenda meeting={meeting} canEdit />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit, notes and decisions: Voices at the meeting' }));
    await user.click(screen.getByRole('button', { name: 'Save item' }));
    expect(await screen.findByRole('link', { name: 'Planned end must not be before plannedStart' })).toHaveAttribute(
      'href',
      '#item-i3-end',
    );
    expect(document.getElementById('item-i3-end-error')).toHaveTextContent(
      'Planned end must not be before plannedStart',
    );
  });
});
