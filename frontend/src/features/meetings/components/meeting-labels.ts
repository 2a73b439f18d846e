import type { Schemas } from '@/lib/api/client';

type Labels<K extends string> = Record<K, string>;

export const FORMAT_LABELS: Labels<Schemas['MeetingFormat']> = {
  IN_PERSON: 'In person',
  ONLINE: 'Online',
  HYBRID: 'In person and online',
};

export const STATUS_LABELS: Labels<Schemas['MeetingStatus']> = {
  PLANNED: 'Planned',
  HELD: 'Held',
  CANCELLED: 'Cancelled',
};

export const KIND_LABELS: Labels<Schemas['AgendaItemKind']> = {
  ARRIVALS: 'Arrivals',
  ITEM: 'Item',
  BREAK: 'Break',
  ANY_OTHER_BUSINESS: 'Any other business',
};

export const ATTENDANCE_LABELS: Labels<Schemas['AttendanceStatus']> = {
  ATTENDED: 'Attended',
  APOLOGIES: 'Apologies',
  ABSENT: 'Absent',
};

export const ACTION_STATUS_LABELS: Labels<Schemas['ActionStatus']> = {
  OPEN: 'Open',
  DONE: 'Done',
  DROPPED: 'Dropped',
};

export const DOCUMENT_KIND_LABELS: Labels<Schemas['DocumentKind']> = {
  PAPER: 'Paper',
  SLIDES: 'Slides',
  VISUAL_RECORDING: 'Visual recording',
  MINUTES: 'Minutes',
  OTHER: 'Other',
};

/** The options of a select or radios for an enum's labels, in their declared order. */
export function optionsOf<K extends string>(labels: Labels<K>): { value: K; label: string }[] {
  return Object.entries<string>(labels).flatMap(([value, label]) => (isKey(labels, value) ? [{ value, label }] : []));
}

/** Whether a string is one of the enum's values (a select gives back plain strings). */
export function isKey<K extends string>(labels: Labels<K>, value: string): value is K {
  return Object.hasOwn(labels, value);
}
