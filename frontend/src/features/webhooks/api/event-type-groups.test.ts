import { entityLabel, groupEventTypes, toggleEventType } from './event-type-groups';

const catalogue = [
  { type: 'outcome.*', entityType: 'outcome', description: 'An outcome: any event' },
  { type: 'outcome.created', entityType: 'outcome', description: 'An outcome: created' },
  { type: 'meeting.*', entityType: 'meeting', description: 'A meeting: any event' },
  { type: 'meeting.cancelled', entityType: 'meeting', description: 'A meeting: cancelled' },
  { type: 'outcome.published', entityType: 'outcome', description: 'An outcome: published' },
  { type: 'meeting-part.updated', entityType: 'meeting-part', description: 'A part of a meeting: updated' },
];

describe('groupEventTypes', () => {
  it('groups by entity type in the order they first appear, the wildcard apart from the single events', () => {
    const groups = groupEventTypes(catalogue);
    expect(groups.map((g) => g.entityType)).toEqual(['outcome', 'meeting', 'meeting-part']);
    expect(groups[0]?.all?.type).toBe('outcome.*');
    expect(groups[0]?.events.map((e) => e.type)).toEqual(['outcome.created', 'outcome.published']);
    expect(groups[2]?.all).toBeUndefined();
  });
});

describe('toggleEventType', () => {
  const groups = groupEventTypes(catalogue);
  const group = (entityType: string) => {
    const found = groups.find((g) => g.entityType === entityType);
    if (!found) throw new Error(`no group ${entityType}`);
    return found;
  };

  it('drops the single events of a group when all its events are ticked, and keeps other groups', () => {
    const selected = ['outcome.created', 'meeting.cancelled'];
    expect(toggleEventType(selected, group('outcome'), 'outcome.*', true)).toEqual(['meeting.cancelled', 'outcome.*']);
  });

  it('drops the wildcard of the group when a single event is ticked', () => {
    expect(toggleEventType(['outcome.*', 'meeting.*'], group('meeting'), 'meeting.cancelled', true)).toEqual([
      'outcome.*',
      'meeting.cancelled',
    ]);
  });

  it('unticks only the one', () => {
    expect(
      toggleEventType(['outcome.created', 'outcome.published'], group('outcome'), 'outcome.created', false),
    ).toEqual(['outcome.published']);
  });
});

describe('entityLabel', () => {
  it('reads the entity type as words', () => {
    expect(entityLabel('meeting-part')).toBe('Meeting part');
  });
});
