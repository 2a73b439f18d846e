import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, json, sentChanges } from '@/testing/fetch-mock';
import { aMeeting } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { Meeting } from '../api/meetings';
import { PublishNotes } from './publish-notes';

const held: Meeting = aMeeting({
  id: 'm1',
  title: 'Partnership meeting',
  status: 'HELD',
  chathamHouse: true,
  allowedActions: ['EDIT', 'PUBLISH_NOTES'],
  version: 7,
});

describe('PublishNotes', () => {
  it('is not offered before the meeting is held', () => {
    renderWithProviders(
      <PublishNotes meeting={{ ...held, status: 'PLANNED', allowedActions: ['EDIT', 'CANCEL', 'MARK_HELD'] }} />,
    );
    expect(screen.queryByRole('button', { name: 'Publish notes' })).not.toBeInTheDocument();
  });

  it('explains what becomes public, then publishes with the version', async () => {
    answer({}, () => json(200, { ...held, notesPublishedAt: '2026-11-23T09:00:00Z', version: 8 }));
    renderWithProviders(<PublishNotes meeting={held} />);
    expect(screen.getByText(/anyone can read them without signing in/)).toBeInTheDocument();
    expect(screen.getByText(/Chatham House rule, so nothing said is attributed/)).toBeInTheDocument();
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
