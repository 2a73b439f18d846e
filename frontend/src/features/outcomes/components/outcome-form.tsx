import { useEffect, useRef } from 'react';
import { fieldError } from '@/components/error-summary';
import { BoardChooser, MeetingChooser, OrganisationChooser, PartnershipChooser } from '@/components/choosers';
import { Checkbox, Select, Textarea, TextInput } from '@/components/form-fields';
import { ThemePicker } from '@/components/theme-picker';
import { DateInput, dateInputId } from '@/components/date-input';
import { VersionedForm, type VersionedFormProps } from '@/components/versioned-form';
import { inputCheck } from '@/lib/input-check';
import { themeOptions } from '@/lib/theme-tree';
import { useFeedbackItems, useOutcomeThemes, type Outcome, type OutcomeRequest } from '../api/outcomes';
import { LinkedFeedback } from './linked-feedback';

export interface OutcomeFormValues extends Record<string, string | boolean | string[]> {
  partnershipId: string;
  youSaid: string;
  weDid: string;
  themeIds: string[];
  feedbackIds: string[];
  /** Who is responsible: at most one of a registered organisation, a board, or a typed name. */
  responsibleOrganisationId: string;
  responsibleBoardId: string;
  responsibleName: string;
  /** The meeting whose decisions are offered; only the decision is sent. */
  meetingId: string;
  decisionId: string;
  dueOn: string;
  completedOn: string;
  published: boolean;
}

export function emptyOutcome(partnershipId: string, feedbackIds: string[]): OutcomeFormValues {
  return {
    partnershipId,
    youSaid: '',
    weDid: '',
    themeIds: [],
    feedbackIds,
    responsibleOrganisationId: '',
    responsibleBoardId: '',
    responsibleName: '',
    meetingId: '',
    decisionId: '',
    dueOn: '',
    completedOn: '',
    published: false,
  };
}

/** `?feedbackIds=a,b` (as the feedback list links here): the ids, trimmed, without repeats. */
export function feedbackIdsFromSearch(value: string | null): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export const OUTCOME_LABELS: Partial<Record<keyof OutcomeFormValues, string>> = {
  youSaid: 'You said',
  weDid: 'We did',
  themeIds: 'Themes',
  feedbackIds: 'Linked feedback',
  responsibleOrganisationId: 'Responsible organisation',
  responsibleBoardId: 'Responsible board',
  responsibleName: 'Name of the responsible organisation',
  decisionId: 'Decision',
  dueOn: 'Due date',
  completedOn: 'Completed date',
  published: 'Published',
};

export function outcomeToValues(o: Outcome): OutcomeFormValues {
  return {
    partnershipId: o.partnershipId ?? '',
    youSaid: o.youSaid ?? '',
    weDid: o.weDid ?? '',
    themeIds: o.themeIds ?? [],
    feedbackIds: o.feedbackIds ?? [],
    responsibleOrganisationId: o.responsibleOrganisationId ?? '',
    responsibleBoardId: o.responsibleBoardId ?? '',
    responsibleName: o.responsibleOrganisationName ?? '',
    meetingId: o.decisionMeeting?.meetingId ?? '',
    decisionId: o.decisionId ?? '',
    dueOn: o.dueOn ?? '',
    completedOn: o.completedOn ?? '',
    published: Boolean(o.published),
  };
}

export function outcomeRequest(values: OutcomeFormValues, version: number | undefined): OutcomeRequest {
  const check = inputCheck();
  const dueOn = check.date('dueOn', values.dueOn, 'Due date');
  const completedOn = check.date('completedOn', values.completedOn, 'Completed date');
  check.done();
  return {
    partnershipId: values.partnershipId,
    youSaid: values.youSaid.trim(),
    weDid: values.weDid.trim() || undefined,
    themeIds: values.themeIds,
    feedbackIds: values.feedbackIds,
    decisionId: values.decisionId || undefined,
    responsibleOrganisationId: values.responsibleOrganisationId || undefined,
    responsibleOrganisationName: values.responsibleName.trim() || undefined,
    responsibleBoardId: values.responsibleBoardId || undefined,
    dueOn: dueOn || undefined,
    completedOn: completedOn || undefined,
    published: values.published,
    version,
  };
}

const FIELD_INPUTS = {
  partnershipId: 'outcome-partnership',
  youSaid: 'outcome-you-said',
  weDid: 'outcome-we-did',
  themeIds: 'outcome-themes',
  feedbackIds: 'outcome-feedback',
  responsibleOrganisationId: 'outcome-responsible',
  responsibleBoardId: 'outcome-responsible-board',
  responsibleOrganisationName: 'outcome-responsible-name',
  decisionId: 'outcome-decision',
  dueOn: dateInputId('outcome-due'),
  completedOn: dateInputId('outcome-completed'),
};

export interface Option {
  value: string;
  label: string;
}

/** Choosing one of the three ways to name who is responsible clears the other two. */
const RESPONSIBLE_FIELDS = ['responsibleOrganisationId', 'responsibleBoardId', 'responsibleName'] as const;

interface OutcomeFormProps extends VersionedFormProps<OutcomeFormValues> {
  editing: boolean;
  /** The name of the outcome's partnership (shown when editing: it cannot change). */
  partnershipName: string | undefined;
  /** The decisions of the chosen meeting. */
  decisions: readonly Option[];
}

/**
 * An outcome made from feedback starts with the feedback's themes, once they have loaded: the
 * outcome is about what the feedback is about. Only for a new outcome, and only once.
 */
function useThemesOfFeedback(form: VersionedFormProps<OutcomeFormValues>, editing: boolean) {
  const { values, set } = form;
  const items = useFeedbackItems(editing ? [] : values.feedbackIds);
  const done = useRef(false);
  const loaded = items.length > 0 && items.every((q) => q.data);
  useEffect(() => {
    if (done.current || !loaded) return;
    done.current = true;
    const themeIds = [...new Set(items.flatMap((q) => (q.data?.themes ?? []).map((t) => t.id ?? '')))].filter(Boolean);
    if (values.themeIds.length === 0 && themeIds.length > 0) set('themeIds', themeIds);
  }, [loaded, items, values.themeIds, set]);
}

export function OutcomeForm({ editing, partnershipName, decisions, ...form }: OutcomeFormProps) {
  const { values, set, error, busy } = form;
  const setResponsible = (field: (typeof RESPONSIBLE_FIELDS)[number], value: string) => {
    set(field, value);
    if (value) for (const other of RESPONSIBLE_FIELDS) if (other !== field) set(other, '');
  };
  const themes = useOutcomeThemes(values.partnershipId || undefined);
  useThemesOfFeedback(form, editing);
  return (
    <VersionedForm form={form} fields={FIELD_INPUTS}>
      {editing ? (
        <p>
          Partnership: <strong>{partnershipName ?? '…'}</strong>
        </p>
      ) : (
        <PartnershipChooser
          id={FIELD_INPUTS.partnershipId}
          label="Partnership"
          value={values.partnershipId}
          onChange={(v) => {
            set('partnershipId', v);
            set('themeIds', []);
            set('meetingId', '');
            set('decisionId', '');
          }}
          error={fieldError(error, 'partnershipId')}
        />
      )}

      <div className="nhsuk-form-group" id={FIELD_INPUTS.feedbackIds}>
        <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">What people said</h2>
        {values.feedbackIds.length > 0 && (
          <p className="nhsuk-hint">The feedback this answers. Summarise it below in words residents will recognise.</p>
        )}
        {fieldError(error, 'feedbackIds') && (
          <span className="nhsuk-error-message">
            <span className="nhsuk-u-visually-hidden">Error:</span> {fieldError(error, 'feedbackIds')}
          </span>
        )}
        <LinkedFeedback
          ids={values.feedbackIds}
          onRemove={(id) =>
            set(
              'feedbackIds',
              values.feedbackIds.filter((f) => f !== id),
            )
          }
        />
      </div>

      <Textarea
        id={FIELD_INPUTS.youSaid}
        label="You said"
        hint="A short summary of what people told us, in plain words. It is shown to the public when published."
        value={values.youSaid}
        onChange={(v) => set('youSaid', v)}
        error={fieldError(error, 'youSaid')}
        maxLength={4000}
        rows={4}
        required
      />
      <Textarea
        id={FIELD_INPUTS.weDid}
        label="We did"
        hint="What changed or was decided because of it. Leave it empty while it is still being considered."
        value={values.weDid}
        onChange={(v) => set('weDid', v)}
        error={fieldError(error, 'weDid')}
        maxLength={4000}
        rows={4}
      />

      <ThemePicker
        id={FIELD_INPUTS.themeIds}
        label="Themes"
        hint="Type to find a theme of the partnership's tree; choose as many as fit. An outcome made from feedback starts with the feedback's themes."
        options={themeOptions(themes.data ?? [])}
        selected={values.themeIds}
        onChange={(ids) => set('themeIds', ids)}
        error={fieldError(error, 'themeIds')}
      />

      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Who is responsible (optional)</legend>
        <div className="nhsuk-hint">
          One of: an organisation of the directory, a board, or the name of an organisation not registered here.
          Choosing one clears the others. Leave all empty while it is not decided yet.
        </div>
        <OrganisationChooser
          id={FIELD_INPUTS.responsibleOrganisationId}
          label="Responsible organisation"
          value={values.responsibleOrganisationId}
          onChange={(v) => setResponsible('responsibleOrganisationId', v)}
          error={fieldError(error, 'responsibleOrganisationId')}
        />
        <BoardChooser
          id={FIELD_INPUTS.responsibleBoardId}
          label="Responsible board"
          value={values.responsibleBoardId}
          onChange={(v) => setResponsible('responsibleBoardId', v)}
          error={fieldError(error, 'responsibleBoardId')}
        />
        <TextInput
          id={FIELD_INPUTS.responsibleOrganisationName}
          label="Name of an organisation not registered here"
          value={values.responsibleName}
          onChange={(v) => setResponsible('responsibleName', v)}
          error={fieldError(error, 'responsibleOrganisationName')}
          maxLength={300}
        />
      </fieldset>
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Decision (optional)</legend>
        <div className="nhsuk-hint">The meeting decision that made it: choose the meeting, then its decision.</div>
        <MeetingChooser
          id="outcome-meeting"
          label="Meeting"
          hint={values.partnershipId ? undefined : 'Choose the partnership first.'}
          filter={{ partnershipId: values.partnershipId }}
          disabled={!values.partnershipId}
          value={values.meetingId}
          onChange={(v) => {
            set('meetingId', v);
            set('decisionId', '');
          }}
        />
        {values.meetingId && (
          <Select
            id={FIELD_INPUTS.decisionId}
            label="Decision"
            value={values.decisionId}
            onChange={(v) => set('decisionId', v)}
            options={[
              {
                value: '',
                label: decisions.length > 0 ? 'Choose a decision' : 'This meeting has recorded no decision',
              },
              ...decisions,
            ]}
            error={fieldError(error, 'decisionId')}
          />
        )}
      </fieldset>
      <DateInput
        id="outcome-due"
        legend="Due date (optional)"
        value={values.dueOn}
        onChange={(v) => set('dueOn', v)}
        error={fieldError(error, 'dueOn')}
      />
      <DateInput
        id="outcome-completed"
        legend="Completed date (optional)"
        hint="Set when it is done. Marking it done sets today if this is empty. For example, 2 9 2020"
        value={values.completedOn}
        onChange={(v) => set('completedOn', v)}
        error={fieldError(error, 'completedOn')}
      />
      <Checkbox
        id="outcome-published"
        label="Publish on the partnership's public page"
        hint="Anyone can read published outcomes without signing in. No names or feedback texts are shown there."
        checked={values.published}
        onChange={(v) => set('published', v)}
      />
      <button type="submit" className="nhsuk-button" disabled={busy}>
        {editing ? 'Save changes' : 'Record outcome'}
      </button>
    </VersionedForm>
  );
}
