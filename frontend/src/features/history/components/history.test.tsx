import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchMock, json, problem, sentRequests } from '@/testing/fetch-mock';
import { aFieldChange, anAuditEntry } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { AuditEntry } from '../api/audit';
import { describeChanges, describeEntry, formatWhen } from './describe-entry';
import { HistorySection } from './history-section';

let profile: Record<string, unknown> = {};
vi.mock('react-oidc-context', () => ({ useAuth: () => ({ user: { profile } }) }));

const MEETING = '11111111-1111-4111-8111-111111111111';

const cancelled: AuditEntry = anAuditEntry({
  id: 7,
  seq: 7,
  at: '2026-07-17T13:05:00Z',
  actor: { kind: 'USER', name: 'Grace Mensah' },
  entityType: 'meeting',
  entityId: MEETING,
  action: 'cancelled',
  changes: [aFieldChange('status', 'SCHEDULED', 'CANCELLED')],
});
const edited: AuditEntry = anAuditEntry({
  id: 6,
  seq: 6,
  at: '2026-01-05T09:30:00Z',
  actor: { kind: 'USER', name: 'Daniel Okafor' },
  entityType: 'meeting',
  entityId: MEETING,
  action: 'updated',
  changes: [
    aFieldChange('status', 'SCHEDULED', 'HELD'),
    aFieldChange('title', 'Board', 'Spring board'),
    aFieldChange('version', 1, 2),
  ],
});
const agendaItem: AuditEntry = anAuditEntry({
  id: 5,
  seq: 5,
  actor: { kind: 'USER', name: 'Daniel Okafor' },
  entityType: 'agenda-item',
  entityId: '22222222-2222-4222-8222-222222222222',
  parentType: 'meeting',
  parentId: MEETING,
  action: 'created',
});
const erased: AuditEntry = anAuditEntry({
  id: 4,
  seq: 4,
  actor: { kind: 'USER', name: 'Anonymised person' },
  entityType: 'attendance',
  entityId: '33333333-3333-4333-8333-333333333333',
  parentType: 'meeting',
  parentId: MEETING,
  action: 'updated',
  changes: [{ field: 'accessNeeds', before: null, after: null, personal: true, erased: true }],
});

describe('describeEntry', () => {
  it('says who did what to the record, in plain words', () => {
    expect(describeEntry(cancelled, { entityId: MEETING })).toBe('Grace Mensah cancelled the meeting');
    expect(describeEntry(edited, { entityId: MEETING })).toBe('Daniel Okafor changed the meeting');
    expect(describeEntry(agendaItem, { entityId: MEETING })).toBe('Daniel Okafor added an agenda item');
    expect(describeEntry({ ...agendaItem, action: 'deleted' }, { entityId: MEETING })).toBe(
      'Daniel Okafor removed an agenda item',
    );
    expect(describeEntry({ ...edited, action: 'agenda-reordered' })).toBe(
      'Daniel Okafor reordered the agenda of the meeting',
    );
  });

  it('lists changed fields as words, leaving out the version, and erased values as (erased)', () => {
    expect(describeChanges(edited)).toBe(
      'Changed status from Scheduled to Held, title from “Board” to “Spring board”.',
    );
    expect(describeChanges(erased)).toBe('Changed access needs (erased).');
    expect(describeChanges(agendaItem)).toBeUndefined();
    expect(
      describeChanges({
        ...edited,
        changes: [
          aFieldChange('mergedIntoId', null, '98beb45a-eaf8-498d-8537-491da2917cb5'),
          aFieldChange('status', 'ACTIVE', 'RETIRED'),
        ],
      }),
    ).toBe('Changed merged into, status from Active to Retired.');
  });

  it('gives the time in London', () => {
    expect(formatWhen('2026-07-17T13:05:00Z')).toBe('17 July 2026 at 14:05');
    expect(formatWhen('2026-01-05T09:30:00Z')).toBe('5 January 2026 at 09:30');
  });
});

describe('HistorySection', () => {
  it('lists the entries under a heading and loads more on request', async () => {
    profile = { name: 'Admin', roles: ['admin'] };
    fetchMock
      .mockResolvedValueOnce(json(200, { items: [cancelled, edited], page: 0, size: 10, totalItems: 3, totalPages: 2 }))
      .mockResolvedValueOnce(json(200, { items: [agendaItem], page: 1, size: 10, totalItems: 3, totalPages: 2 }));
    renderWithProviders(<HistorySection entityType="meeting" entityId={MEETING} />);
    expect(await screen.findByRole('heading', { name: 'History' })).toBeInTheDocument();
    expect(await screen.findByText('Grace Mensah cancelled the meeting')).toBeInTheDocument();
    expect(screen.getByText('Changed status from Scheduled to Cancelled.')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Show more changes' }));
    expect(await screen.findByText('Daniel Okafor added an agenda item')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more changes' })).not.toBeInTheDocument();
    const [first, second] = await sentRequests();
    expect(first?.path).toBe('/api/v1/audit');
    expect(first?.query.get('entityId')).toBe(MEETING);
    expect(first?.query.has('entityType')).toBe(false);
    expect(second?.query.get('page')).toBe('1');
  });

  it('is not shown to roles that cannot read the trail', () => {
    profile = { name: 'Partner', roles: ['partner'] };
    renderWithProviders(<HistorySection entityType="meeting" entityId={MEETING} />);
    expect(screen.queryByRole('heading', { name: 'History' })).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('hides itself quietly when the server answers 403', async () => {
    profile = { name: 'Staff', roles: ['staff'] };
    fetchMock.mockResolvedValue(problem(403, { title: 'Forbidden' }));
    renderWithProviders(<HistorySection entityType="meeting" entityId={MEETING} />);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await vi.waitFor(() => expect(screen.queryByRole('heading', { name: 'History' })).not.toBeInTheDocument());
  });

  it('is not shown to staff for a budget', () => {
    profile = { name: 'Staff', roles: ['staff'] };
    renderWithProviders(<HistorySection entityType="budget" entityId={MEETING} />);
    expect(screen.queryByRole('heading', { name: 'History' })).not.toBeInTheDocument();
  });
});
