import { screen } from '@testing-library/react';
import { ApiError } from '@/lib/api/problem';
import { aMeeting } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { emptyMeeting, MeetingForm, meetingRequest, meetingToValues, type MeetingFormValues } from './meeting-form';

const values: MeetingFormValues = {
  ...emptyMeeting('partnership:p1', "Lewisham People's Partnership"),
  date: '2024-09-11',
  startTime: '10:00',
  endTime: '12:00',
  venue: 'Lewisham Civic Centre (Committee Room 3)',
};

describe('meetingRequest', () => {
  it('sends London times with their offset and the holder', () => {
    expect(meetingRequest(values, undefined)).toMatchObject({
      partnershipId: 'p1',
      boardId: undefined,
      startsAt: '2024-09-11T10:00:00+01:00',
      endsAt: '2024-09-11T12:00:00+01:00',
      timeConfirmed: true,
      format: 'HYBRID',
    });
  });

  it('sends only the date while the time is to be confirmed', () => {
    const request = meetingRequest({ ...values, date: '2025-03-05', timeToBeConfirmed: true }, 4);
    expect(request).toMatchObject({
      startsAt: '2025-03-05T00:00:00+00:00',
      endsAt: undefined,
      timeConfirmed: false,
      version: 4,
    });
  });

  it('refuses an impossible date or a 12-hour time before anything is sent, naming the fields', () => {
    expect(() => meetingRequest({ ...values, date: '2021-2-31', startTime: '2pm', endTime: '25:00' }, 1)).toThrow(
      expect.objectContaining({
        status: 400,
        problem: expect.objectContaining({
          errors: [
            { field: 'startsAt', message: 'Date must be a real date' },
            { field: 'timeConfirmed', message: 'Enter start time as a 24-hour time, like 14:30' },
            { field: 'endsAt', message: 'Enter end time as a 24-hour time, like 14:30' },
          ],
        }),
      }),
    );
  });

  it('reads a date typed in boxes day, month, year', () => {
    expect(meetingRequest({ ...values, date: '2020-9-2', startTime: '9:30', endTime: '' }, 1)).toMatchObject({
      startsAt: '2020-09-02T09:30:00+01:00',
      endsAt: undefined,
    });
  });

  it('reads a meeting back into the form', () => {
    const form = meetingToValues(
      aMeeting({
        partnershipId: null,
        boardId: 'b1',
        title: 'Strategic Board',
        date: '2024-11-13',
        startsAt: '2024-11-13T14:00:00Z',
        endsAt: '2024-11-13T16:00:00Z',
        timeConfirmed: true,
        format: 'IN_PERSON',
        chathamHouse: true,
      }),
    );
    expect(form).toMatchObject({
      holder: 'board:b1',
      date: '2024-11-13',
      startTime: '14:00',
      endTime: '16:00',
      chathamHouse: true,
    });
  });
});

describe('MeetingForm', () => {
  it('puts the server’s errors next to the inputs they are about', () => {
    const error = new ApiError(400, {
      status: 400,
      errors: [
        { field: 'venue', message: 'is required for an in-person or hybrid meeting once its time is confirmed' },
        { field: 'endsAt', message: 'must be after startsAt' },
      ],
    });
    renderWithProviders(
      <MeetingForm
        values={values}
        set={() => {}}
        onSubmit={() => {}}
        error={error}
        busy={false}
        conflict={undefined}
        onKeepMine={() => {}}
        onUseTheirs={() => {}}
        editing={false}
      />,
    );
    expect(screen.getByLabelText('Venue')).toHaveAccessibleDescription(expect.stringContaining('Venue is required'));
    expect(screen.getByLabelText('End time')).toHaveAccessibleDescription(
      expect.stringContaining('Ends at must be after startsAt'),
    );
    expect(screen.getByRole('link', { name: /Venue is required/ })).toHaveAttribute('href', '#meeting-venue');
  });

  it('lists what someone else changed after a version conflict, keeping the form', () => {
    renderWithProviders(
      <MeetingForm
        values={values}
        set={() => {}}
        onSubmit={() => {}}
        error={new ApiError(409, { status: 409, type: 'http://localhost/problems/version-conflict' })}
        busy={false}
        conflict={[{ label: 'Venue', theirs: 'Online only now' }]}
        onKeepMine={() => {}}
        onUseTheirs={() => {}}
        editing
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'Someone else changed this while you were editing' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Online only now/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save my version' })).toBeInTheDocument();
    expect(screen.getByLabelText('Venue')).toHaveValue('Lewisham Civic Centre (Committee Room 3)');
  });
});
