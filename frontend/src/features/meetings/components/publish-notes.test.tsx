import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, json, sentChanges } from '@/testing/fetch-mock';
import { aMeeting } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { Meeting } from '../api/meetings';
import type { PublicMeeting } from '../api/published-notes';
import { PublishNotes } from './publish-notes';

const held: Meeting = aMeeting({
  id: 'm1',
  title: 'Partnership meeting',
  status: 'HELD',
  chathamHouse: true,
  allowedActions: ['EDIT', 'PUBLISH_NOTES'],
  version: 7,
});

const preview: PublicMeeting = {
  id: 'm1',
  title: 'Partnership meeting',
  startsAt: '2024-07-17T13:45:00+01:00',
  date: '2024-07-17',
  timeConfirmed: true,
  chathamHouse: false,
  summary: 'A participant thanked her.',
  attendance: {
    attended: 3,
    apologies: 2,
    absent: 0,
    unnamed: { layMembers: 40, serviceUsers: 0, professionals: 7, stakeholders: 0, total: 47 },
    headcount: 50,
  },
  agendaItems: [],
  namedPeople: [{ name: 'Anna Geyer', role: 'Presenter for New Possibilities' }],
  documents: [{ title: 'Visual recording', url: 'https://example.org/recording.png', kind: 'VISUAL_RECORDING' }],
  notesPublishedAt: null,
};

describe('PublishNotes', () => {
  it('is not offered before the meeting is held', () => {
    renderWithProviders(
      <PublishNotes meeting={{ ...held, status: 'PLANNED', allowedActions: ['EDIT', 'CANCEL', 'MARK_HELD'] }} />,
    );
    expect(screen.queryByRole('button', { name: 'Publish notes' })).not.toBeInTheDocument();
  });

  it('shows the preview of what the public will read, then publishes with the version', async () => {
    answer(preview, () => json(200, { ...held, notesPublishedAt: '2026-11-23T09:00:00Z', version: 8 }));
    renderWithProviders(<PublishNotes meeting={held} />);
    expect(screen.getByText(/anyone can read them without signing in/)).toBeInTheDocument();
    expect(screen.getByText(/Chatham House rule, so nothing said is attributed/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish notes' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Preview public notes' }));
    expect(await screen.findByText('Anna Geyer, Presenter for New Possibilities')).toBeInTheDocument();
    expect(screen.getByText(/50 people attended; 2 sent apologies/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Visual recording' })).toHaveAttribute(
      'href',
      'https://example.org/recording.png',
    );
    expect(screen.getByText('A participant thanked her.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Publish notes' }));
    await waitFor(async () =>
      expect(await sentChanges()).toEqual([
        { method: 'POST', path: '/api/v1/meetings/m1/publish-notes', body: { version: 7 }, query: expect.anything() },
      ]),
    );
  });

  it('offers to take published notes off the public page', () => {
    renderWithProviders(
      <PublishNotes
        meeting={{ ...held, notesPublishedAt: '2026-11-23T09:00:00Z', allowedActions: ['EDIT', 'UNPUBLISH_NOTES'] }}
      />,
    );
    expect(screen.getByText(/The notes were published on Monday 23 November 2026/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unpublish notes' })).toBeInTheDocument();
  });
});
