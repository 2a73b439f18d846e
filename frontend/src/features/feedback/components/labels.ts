import type { Schemas } from '@/lib/api/client';
import type { Labels } from '@/lib/labels';

export { isKey, optionsOf } from '@/lib/labels';

export const ACTIVITY_KIND_LABELS: Labels<Schemas['ActivityKind']> = {
  WORKSHOP: 'Workshop',
  WEBINAR: 'Webinar',
  SURVEY: 'Survey',
  DROP_IN: 'Drop-in',
  MEETING: 'Meeting',
  SOCIAL_MEDIA: 'Social media',
  OTHER: 'Other',
};

export { THEME_KIND_LABELS } from '@/lib/theme-tree';

/** The counts of Reach, in the order the form asks for them. */
export const REACH_LABELS: Labels<keyof Schemas['Reach']> = {
  people: 'People reached',
  carers: 'Carers',
  youngPeople: 'Young people',
  ethnicMinorityGroups: 'People from ethnic minority groups',
  peopleWithDisability: 'Disabled people',
};
