import type { Schemas } from '@/lib/api/client';
import { type Labels } from '@/lib/labels';

export { isKey, optionsOf } from '@/lib/labels';

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
