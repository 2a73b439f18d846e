import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, json, sentChanges } from '@/testing/fetch-mock';
import { aMeeting, anAttendance } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { Meeting } from '../api/meetings';
import { Register, registerRows } from './register';

const meeting: Meeting = aMeeting({
  id: 'm1',
  title: "Lewisham People's Partnership",
  format: 'HYBRID',
  version: 3,
  attendance: [
    anAttendance({
      id: 'a1',
      personId: 'p-anne',
      name: 'Anne Hooper',
      roleAsRecorded: 'Chair',
      status: 'ATTENDED',
      mode: 'ONLINE',
      version: 2,
    }),
  ],
  attendanceCounts: {
    attended: 1,
    apologies: 0,
    absent: 0,
    unnamed: { layMembers: 0, serviceUsers: 0, professionals: 0, stakeholders: 0, total: 0 },
    headcount: 1,
  },
});
const expected = [
  { personId: 'p-anne', name: 'Anne Hooper', role: 'Chair' },
  { personId: 'p-sue', name: 'Sue Boland', role: 'Head of Services for SEL Mind' },
];

describe('registerRows', () => {
  it('puts recorded people and expected members not yet recorded together, by name, once each', () => {
    const rows = registerRows(meeting, expected);
    expect(rows.map((r) => [r.name, r.status])).toEqual([
      ['Anne Hooper', 'ATTENDED'],
      ['Sue Boland', undefined],
    ]);
  });
});

describe('Register', () => {
  it('records a tap at once, sending the entry version for people already on the register', async () => {
    answer(meeting, () => json(200, { entries: [], counts: { attended: 1, apologies: 1, absent: 0 } }));
    renderWithProviders(<Register meeting={meeting} expected={expected} canEdit resolvePerson={async () => 'x'} />);
    const user = userEvent.setup();

    const sue = screen.getByRole('group', { name: 'Sue Boland: attendance' });
    await user.click(within(sue).getByRole('button', { name: 'Apologies' }));
    const anne = screen.getByRole('group', { name: 'Anne Hooper: attendance' });
    await user.click(within(anne).getByRole('button', { name: 'In person' }));

    await waitFor(async () => expect(await sentChanges()).toHaveLength(2));
    const puts = await sentChanges();
    expect(puts[0]).toMatchObject({
      path: '/api/v1/meetings/m1/attendance',
      body: { entries: [{ personId: 'p-sue', status: 'APOLOGIES' }] },
    });
    expect(puts[1]?.body).toEqual({
      entries: [{ personId: 'p-anne', status: 'ATTENDED', mode: 'IN_PERSON', version: 2 }],
    });
  });

  it('shows the state as pressed buttons, big enough to tap', () => {
    renderWithProviders(<Register meeting={meeting} expected={expected} canEdit resolvePerson={async () => 'x'} />);
    const anne = screen.getByRole('group', { name: 'Anne Hooper: attendance' });
    expect(within(anne).getByRole('button', { name: 'Attended' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(anne).getByRole('button', { name: 'Absent' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(anne).getByRole('button', { name: 'Online' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('1 attended, 0 apologies, 0 absent')).toBeInTheDocument();
  });

  it('offers no buttons to people who may not take the register', () => {
    renderWithProviders(
      <Register meeting={meeting} expected={expected} canEdit={false} resolvePerson={async () => 'x'} />,
    );
    expect(screen.queryByRole('button', { name: 'Attended' })).not.toBeInTheDocument();
    expect(screen.getByText('Attended (online)')).toBeInTheDocument();
    expect(screen.getByText('Not recorded')).toBeInTheDocument();
  });
});
