import type { AuditEntry, AuditFieldChange } from '../api/audit';

/**
 * Plain words for the audit trail: "Grace Mensah cancelled the meeting", "status from
 * Scheduled to Held". The trail stores kebab-case record types, camelCase field names and the
 * API's values (enum constants, ISO dates, ids); here they become what a person reads.
 */

/** Record types as words (the rest: kebab-case read as words). */
const TYPE_WORDS: Record<string, string> = {
  attendance: 'register entry',
  'meeting-document': 'document',
  'claim-receipt': 'receipt',
  'partnership-member': 'member',
  'reimbursement-policy': 'reimbursement policy',
};

/** Record types for choosing one (the audit page's filter), in the order a person looks for them. */
export const RECORD_TYPES: { value: string; label: string }[] = [
  ['organisation', 'Organisation'],
  ['person', 'Person'],
  ['partnership', 'Partnership'],
  ['partnership-member', 'Partnership member'],
  ['board', 'Board'],
  ['meeting', 'Meeting'],
  ['agenda-item', 'Agenda item'],
  ['attendance', 'Register entry (attendance)'],
  ['meeting-document', 'Meeting document'],
  ['action', 'Action'],
  ['activity', 'Activity'],
  ['feedback', 'Feedback'],
  ['theme', 'Theme'],
  ['outcome', 'Outcome'],
  ['claim', 'Claim'],
  ['claim-line', 'Claim line'],
  ['claim-receipt', 'Claim receipt'],
  ['claimant-account', 'Claimant account'],
  ['reimbursement-policy', 'Reimbursement policy'],
  ['budget', 'Budget'],
].map(([value = '', label = '']) => ({ value, label }));

/** Field names whose words are not simply the camelCase split. */
const FIELD_WORDS: Record<string, string> = {
  startsAt: 'start',
  endsAt: 'end',
  timeConfirmed: 'time confirmed',
  url: 'web address',
  website: 'website',
  ownerOrganisationId: 'owner',
  parentId: 'parent',
  boardIds: 'boards',
  themeIds: 'themes',
  feedbackIds: 'linked feedback',
  personId: 'person',
  amountPence: 'amount',
  totalPence: 'total',
  limitPence: 'limit',
  email: 'email address',
};

function words(name: string): string {
  const result = name
    .replace(/-/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/\bId(s?)$/i, '')
    .trim()
    .toLowerCase();
  return result || name.toLowerCase();
}

export function typeWords(entityType: string | undefined): string {
  if (!entityType) return 'record';
  return TYPE_WORDS[entityType] ?? words(entityType);
}

export function fieldWords(field: string | undefined): string {
  if (!field) return 'a field';
  return FIELD_WORDS[field] ?? words(field);
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENUM = /^[A-Z][A-Z0-9_]*$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const instantFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "1 December 2026 at 14:05" in London. */
export function formatWhen(at: string | undefined): string {
  if (!at) return '';
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return instantFormat.format(d).replace(',', ' at');
}

function isLinkId(value: unknown): boolean {
  return (typeof value === 'string' && UUID.test(value)) || (Array.isArray(value) && value.every(isLinkId));
}

/** One value as a person reads it; `undefined` for values that say nothing (ids). */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(formatValue).join(', ');
  if (typeof value === 'string') {
    if (ENUM.test(value)) return value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
    if (DATE.test(value)) return dateFormat.format(new Date(`${value}T12:00:00Z`));
    if (INSTANT.test(value) && !Number.isNaN(new Date(value).getTime())) return formatWhen(value);
    const short = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    return `“${short}”`;
  }
  return JSON.stringify(value);
}

/** "status from Scheduled to Held"; "(erased)" for a person's data since anonymised. */
export function describeChange(change: AuditFieldChange): string {
  const field = fieldWords(change.field);
  if (change.erased) return `${field} (erased)`;
  // Ids of related records say nothing to a person: the field's name is enough.
  const idOrNothing = (v: unknown) => v === null || v === undefined || isLinkId(v);
  if (idOrNothing(change.before) && idOrNothing(change.after)) return field;
  return `${field} from ${formatValue(change.before)} to ${formatValue(change.after)}`;
}

/**
 * The headline of an entry: who did what to which record. On the page of `context` (the
 * record whose history this is), the record itself is "the meeting", its parts "an agenda item".
 */
export function describeEntry(entry: AuditEntry, context?: { entityId?: string }): string {
  const who = entry.actor?.name?.trim() || (entry.actor?.kind === 'SYSTEM' ? 'Tandem' : 'Someone');
  const noun = typeWords(entry.entityType);
  const isPart = Boolean(context?.entityId && entry.entityId !== context.entityId && entry.parentId);
  const which = isPart ? article(noun) : `the ${noun}`;
  switch (entry.action) {
    case 'created':
      return `${who} ${isPart ? 'added' : 'created'} ${which}`;
    case 'deleted':
      return `${who} ${isPart ? 'removed' : 'deleted'} ${which}`;
    case 'updated':
    case undefined:
      return `${who} changed ${which}`;
    case 'agenda-reordered':
      return `${who} reordered the agenda of ${which}`;
    case 'marked-paid':
      return `${who} marked ${which} as paid`;
    case 'held':
      return `${who} marked ${which} as held`;
    case 'notes-published':
      return `${who} published the notes of ${which}`;
    case 'notes-unpublished':
      return `${who} took the notes of ${which} off the public page`;
    case 'marked-not-possible':
      return `${who} marked ${which} as not possible`;
    default:
      // Transitions are named by their past tense ("cancelled", "merged"); anything else is quoted.
      return entry.action.endsWith('ed')
        ? `${who} ${words(entry.action)} ${which}`
        : `${who}: ${words(entry.action)} (${noun})`;
  }
}

/** "Changed status from Scheduled to Held, title from “A” to “B”." — or nothing to add. */
export function describeChanges(entry: AuditEntry): string | undefined {
  // What a new record holds, or a deleted one held, is the record itself: the headline says enough.
  if (entry.action === 'created' || entry.action === 'deleted') return undefined;
  const changes = (entry.changes ?? []).filter((c) => c.field !== 'version' && c.field !== 'updatedAt');
  if (changes.length === 0) return undefined;
  const text = changes.map(describeChange).join(', ');
  return `Changed ${text}.`;
}
