import { fieldError } from '@/components/error-summary';
import { MeetingChooser, PartnershipChooser } from '@/components/choosers';
import { Select, Textarea, TextInput } from '@/components/form-fields';
import { DateInput, dateInputId } from '@/components/date-input';
import { VersionedForm, type VersionedFormProps } from '@/components/versioned-form';
import { inputCheck } from '@/lib/input-check';
import type { Activity, ActivityRequest } from '../api/activities';
import { ACTIVITY_KIND_LABELS, isKey, optionsOf, REACH_LABELS } from './labels';

type ReachKey = keyof typeof REACH_LABELS;
const REACH_KEYS = optionsOf(REACH_LABELS).map((o) => o.value);

export interface ActivityFormValues extends Record<string, string | boolean | string[]> {
  kind: string;
  title: string;
  heldOn: string;
  partnershipId: string;
  meetingId: string;
  area: string;
  audience: string;
  people: string;
  carers: string;
  youngPeople: string;
  ethnicMinorityGroups: string;
  peopleWithDisability: string;
}

export function emptyActivity(partnershipId: string, heldOn: string): ActivityFormValues {
  return {
    kind: 'WORKSHOP',
    title: '',
    heldOn,
    partnershipId,
    meetingId: '',
    area: '',
    audience: '',
    people: '',
    carers: '',
    youngPeople: '',
    ethnicMinorityGroups: '',
    peopleWithDisability: '',
  };
}

export const ACTIVITY_LABELS: Partial<Record<keyof ActivityFormValues, string>> = {
  kind: 'Kind',
  title: 'Title',
  heldOn: 'Date',
  meetingId: 'Meeting',
  area: 'Area',
  audience: 'Audience',
  ...REACH_LABELS,
};

const count = (n: number | null | undefined) => (n === undefined || n === null ? '' : String(n));

export function activityToValues(a: Activity): ActivityFormValues {
  return {
    kind: a.kind ?? 'OTHER',
    title: a.title ?? '',
    heldOn: a.heldOn ?? '',
    partnershipId: a.partnershipId ?? '',
    meetingId: a.meetingId ?? '',
    area: a.area ?? '',
    audience: a.audience ?? '',
    people: count(a.reach?.people),
    carers: count(a.reach?.carers),
    youngPeople: count(a.reach?.youngPeople),
    ethnicMinorityGroups: count(a.reach?.ethnicMinorityGroups),
    peopleWithDisability: count(a.reach?.peopleWithDisability),
  };
}

export function activityRequest(values: ActivityFormValues, version: number | undefined): ActivityRequest {
  const kind = isKey(ACTIVITY_KIND_LABELS, values.kind) ? values.kind : 'OTHER';
  const check = inputCheck();
  const heldOn = check.date('heldOn', values.heldOn, 'Date');
  // A count as typed: blank is "not counted"; anything but a whole number is an error at its field.
  const reach = Object.fromEntries(REACH_KEYS.map((k) => [k, check.whole(`reach.${k}`, values[k], REACH_LABELS[k])]));
  const anyReach = REACH_KEYS.some((k) => values[k].trim() !== '');
  check.done();
  return {
    kind,
    title: values.title.trim(),
    heldOn,
    partnershipId: values.partnershipId,
    meetingId: values.meetingId || undefined,
    area: values.area.trim() || undefined,
    audience: values.audience.trim() || undefined,
    reach: anyReach ? reach : undefined,
    version,
  };
}

const FIELD_INPUTS: Record<string, string> = {
  kind: 'activity-kind',
  title: 'activity-title',
  heldOn: dateInputId('activity-date'),
  partnershipId: 'activity-partnership',
  meetingId: 'activity-meeting',
  area: 'activity-area',
  audience: 'activity-audience',
  ...Object.fromEntries(REACH_KEYS.map((k) => [`reach.${k}`, `activity-reach-${k}`])),
  reach: 'activity-reach-people',
};

interface ActivityFormProps extends VersionedFormProps<ActivityFormValues> {
  editing: boolean;
}

/** An engagement activity: what, when, whose, who came and how many. */
export function ActivityForm({ editing, ...form }: ActivityFormProps) {
  const { values, set, error, busy } = form;
  const reachField = (key: ReachKey) => (
    <TextInput
      key={key}
      id={`activity-reach-${key}`}
      label={REACH_LABELS[key]}
      inputMode="numeric"
      width="5"
      value={values[key]}
      onChange={(v) => set(key, v)}
      error={fieldError(error, `reach.${key}`)}
    />
  );
  return (
    <VersionedForm form={form} fields={FIELD_INPUTS}>
      <PartnershipChooser
        id={FIELD_INPUTS['partnershipId'] ?? 'activity-partnership'}
        label="Partnership"
        hint={editing ? 'An activity stays with its partnership.' : 'Type part of its name'}
        value={values.partnershipId}
        onChange={(v) => {
          set('partnershipId', v);
          set('meetingId', '');
        }}
        disabled={editing}
        error={fieldError(error, 'partnershipId')}
      />
      <Select
        id={FIELD_INPUTS['kind']}
        label="Kind"
        value={values.kind}
        onChange={(v) => set('kind', v)}
        options={optionsOf(ACTIVITY_KIND_LABELS)}
        error={fieldError(error, 'kind')}
      />
      <MeetingChooser
        id={FIELD_INPUTS['meetingId'] ?? 'activity-meeting'}
        label="Meeting (optional)"
        hint="The Tandem meeting it was, or was part of: type part of its title"
        filter={{ partnershipId: values.partnershipId }}
        disabled={!values.partnershipId}
        value={values.meetingId}
        onChange={(v) => set('meetingId', v)}
        error={fieldError(error, 'meetingId')}
      />
      <TextInput
        id={FIELD_INPUTS['title']}
        label="Title"
        value={values.title}
        onChange={(v) => set('title', v)}
        error={fieldError(error, 'title')}
        maxLength={300}
      />
      <DateInput
        id="activity-date"
        legend="Date"
        value={values.heldOn}
        onChange={(v) => set('heldOn', v)}
        error={fieldError(error, 'heldOn')}
      />
      <TextInput
        id={FIELD_INPUTS['area']}
        label="Area (optional)"
        width="20"
        value={values.area}
        onChange={(v) => set('area', v)}
        error={fieldError(error, 'area')}
        maxLength={200}
      />
      <Textarea
        id={FIELD_INPUTS['audience']}
        label="Audience (optional)"
        hint="Who it was for, for example carers and young people"
        rows={2}
        value={values.audience}
        onChange={(v) => set('audience', v)}
        error={fieldError(error, 'audience')}
      />
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Reach (optional)</legend>
        <div className="nhsuk-hint">
          How many people took part, and how many of them were in each community. Counts only.
        </div>
        <div className="tandem-time-pair">{REACH_KEYS.map(reachField)}</div>
      </fieldset>
      <button type="submit" className="nhsuk-button" disabled={busy}>
        {busy ? 'Saving…' : editing ? 'Save changes' : 'Add activity'}
      </button>
    </VersionedForm>
  );
}
