import type { Schemas } from '@/lib/api/client';
import { type Labels } from '@/lib/labels';

export { isKey, optionsOf } from '@/lib/labels';

type OutcomeStatus = Schemas['OutcomeStatus'];

/** The statuses in the order an outcome usually moves through them (the board's columns). */
export const STATUS_ORDER: readonly OutcomeStatus[] = ['UNDER_CONSIDERATION', 'IN_PROGRESS', 'DONE', 'NOT_POSSIBLE'];

export const STATUS_LABELS: Labels<OutcomeStatus> = {
  UNDER_CONSIDERATION: 'Under consideration',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  NOT_POSSIBLE: 'Not possible',
};

/** The same statuses in plain words for residents, on the public page. */
export const PUBLIC_STATUS_LABELS: Labels<OutcomeStatus> = {
  UNDER_CONSIDERATION: 'We are looking into this',
  IN_PROGRESS: 'We are working on this',
  DONE: 'Done',
  NOT_POSSIBLE: 'We could not do this',
};

export const STATUS_COLOURS = {
  UNDER_CONSIDERATION: 'yellow',
  IN_PROGRESS: 'blue',
  DONE: 'green',
  NOT_POSSIBLE: 'grey',
} as const;
