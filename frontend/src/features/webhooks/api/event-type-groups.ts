import type { WebhookEventType } from './webhooks';

export const ANY_ACTION = '*';

export interface EventTypeGroup {
  entityType: string;
  /** `outcome.*`, when the catalogue offers all events of the entity type at once. */
  all?: WebhookEventType;
  /** The single events, in the catalogue's order. */
  events: WebhookEventType[];
}

export function isWildcard(type: string): boolean {
  return type.endsWith(`.${ANY_ACTION}`);
}

/** The catalogue by entity type, in the order the entity types first appear. */
export function groupEventTypes(catalogue: readonly WebhookEventType[]): EventTypeGroup[] {
  const groups = new Map<string, EventTypeGroup>();
  for (const eventType of catalogue) {
    const { type, entityType } = eventType;
    const group = groups.get(entityType) ?? { entityType, events: [] };
    groups.set(entityType, group);
    if (isWildcard(type)) group.all = eventType;
    else group.events.push(eventType);
  }
  return [...groups.values()];
}

/**
 * Ticking or unticking one event type. "All events of X" stands for every single event of X:
 * ticking it drops the single ones (the server would send them twice otherwise), and ticking a
 * single event drops the wildcard of its group.
 */
export function toggleEventType(selected: readonly string[], group: EventTypeGroup, type: string, on: boolean) {
  if (!on) return selected.filter((t) => t !== type);
  const inGroup = new Set([group.all?.type, ...group.events.map((e) => e.type)]);
  const kept = isWildcard(type)
    ? selected.filter((t) => !inGroup.has(t))
    : selected.filter((t) => t !== group.all?.type);
  return [...kept, type];
}

/** "Outcome" for `outcome`, "Meeting part" for `meeting-part`. */
export function entityLabel(entityType: string): string {
  const words = entityType.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
