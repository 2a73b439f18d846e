import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, json, problem, sentChanges } from '@/testing/fetch-mock';
import { aMeeting } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { headcountSummary, UnnamedAttendanceForm } from './unnamed-attendance-form';

const meeting = aMeeting({ id: 'm1', status: 'HELD', version: 4 });

describe('UnnamedAttendanceForm', () => {
  it('refuses a count that is not a whole number at the field, sending nothing', async () => {
    renderWithProviders(<UnnamedAttendanceForm meeting={meeting} />);
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Lay members and residents'));
    await user.type(screen.getByLabelText('Lay members and residents'), '4.5');
    await user.click(screen.getByRole('button', { name: 'Save unnamed attendees' }));
    expect(screen.getByLabelText('Lay members and residents')).toHaveAccessibleDescription(
      'Error: Enter a whole number, 0 or more',
    );
    expect(await sentChanges()).toEqual([]);
  });

  it('sends the counts with the meeting version', async () => {
    answer(meeting, () => json(200, { entries: [], responses: [], counts: meeting.attendanceCounts }));
    renderWithProviders(<UnnamedAttendanceForm meeting={meeting} />);
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Lay members and residents'));
    await user.type(screen.getByLabelText('Lay members and residents'), '40');
    await user.clear(screen.getByLabelText('Health and care professionals'));
    await user.type(screen.getByLabelText('Health and care professionals'), '7');
    await user.click(screen.getByRole('button', { name: 'Save unnamed attendees' }));
    await waitFor(async () =>
      expect((await sentChanges())[0]).toMatchObject({
        method: 'PUT',
        path: '/api/v1/meetings/m1/attendance/unnamed',
        body: { layMembers: 40, serviceUsers: 0, professionals: 7, stakeholders: 0, version: 4 },
      }),
    );
  });

  it('shows the server’s refusal at the field it names', async () => {
    answer(meeting, () =>
      problem(400, {
        title: 'Invalid',
        status: 400,
        errors: [{ field: 'stakeholders', message: 'must be at most 100000' }],
      }),
    );
    renderWithProviders(<UnnamedAttendanceForm meeting={meeting} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save unnamed attendees' }));
    expect(await screen.findAllByText(/must be at most 100000/)).not.toHaveLength(0);
  });

  it('words the headcount with the people not named', () => {
    expect(
      headcountSummary({
        attended: 3,
        apologies: 0,
        absent: 0,
        unnamed: { layMembers: 40, serviceUsers: 0, professionals: 7, stakeholders: 0, total: 47 },
        headcount: 50,
      }),
    ).toBe('50 people attended (3 on the register, 47 not named)');
  });
});
