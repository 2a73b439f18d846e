import { fieldError } from '@/components/error-summary';
import { Select, Textarea, TextInput } from '@/components/form-fields';
import { TimeInput } from '@/components/date-input';
import { useVersionedForm } from '@/components/use-versioned-form';
import { VersionedForm } from '@/components/versioned-form';
import { londonDateTime, londonParts } from '@/lib/dates';
import { inputCheck } from '@/lib/input-check';
import { useAddAgendaItem, useUpdateAgendaItem, type AgendaItem, type AgendaItemRequest } from '../api/agenda';
import { isKey, KIND_LABELS, optionsOf } from './meeting-labels';

interface ItemValues extends Record<string, string | boolean | string[]> {
  kind: string;
  title: string;
  start: string;
  end: string;
  presenter: string;
  notes: string;
  decisions: string[];
  decisionIds: string[];
}

const LABELS: Partial<Record<keyof ItemValues, string>> = {
  kind: 'Kind',
  title: 'Title',
  start: 'Start',
  end: 'End',
  presenter: 'Presenter',
  notes: 'Notes',
  decisions: 'Decisions',
};

function itemToValues(item: AgendaItem): ItemValues {
  return {
    kind: item.kind ?? 'ITEM',
    title: item.title ?? '',
    start: item.plannedStart ? londonParts(item.plannedStart).time : '',
    end: item.plannedEnd ? londonParts(item.plannedEnd).time : '',
    presenter: item.presenter ?? '',
    notes: item.notes ?? '',
    decisions: (item.decisions ?? []).map((d) => d.text ?? ''),
    decisionIds: (item.decisions ?? []).map((d) => d.id ?? ''),
  };
}

function itemRequest(values: ItemValues, meetingDate: string, version: number | undefined): AgendaItemRequest {
  const check = inputCheck();
  const start = check.time('plannedStart', values.start, 'Start');
  const end = check.time('plannedEnd', values.end, 'End');
  check.done();
  return {
    kind: isKey(KIND_LABELS, values.kind) ? values.kind : 'ITEM',
    title: values.title.trim(),
    plannedStart: start ? londonDateTime(meetingDate, start) : undefined,
    plannedEnd: end ? londonDateTime(meetingDate, end) : undefined,
    presenter: values.presenter.trim() || undefined,
    notes: values.notes.trim() || undefined,
    decisions: values.decisions
      .map((text, i) => ({ id: values.decisionIds[i] || undefined, text: text.trim() }))
      .filter((d) => d.text),
    version,
  };
}

interface AgendaItemFormProps {
  meetingId: string;
  meetingDate: string;
  /** The item to edit; leave out to add one. */
  item?: AgendaItem;
  /** A suggested start for a new item: where the last one ends. */
  suggestedStart?: string;
  /** Reloads the meeting and gives the item's latest version (after a 409). */
  reloadItem: () => Promise<AgendaItem | undefined>;
  onDone: () => void;
  /** Presenters are left out for readers who do not take the notes of a Chatham House meeting. */
  showPresenter: boolean;
}

/** Adds an agenda item, or edits one with the notes of its discussion and its decisions. */
export function AgendaItemForm({
  meetingId,
  meetingDate,
  item,
  suggestedStart = '',
  reloadItem,
  onDone,
  showPresenter,
}: AgendaItemFormProps) {
  const add = useAddAgendaItem(meetingId);
  const update = useUpdateAgendaItem(meetingId);
  const save = item ? update : add;
  const prefix = item ? `item-${item.id}` : 'new-item';
  const form = useVersionedForm<AgendaItem, ItemValues>({
    record: item,
    empty: {
      kind: 'ITEM',
      title: '',
      start: suggestedStart,
      end: '',
      presenter: '',
      notes: '',
      decisions: [],
      decisionIds: [],
    },
    toValues: itemToValues,
    versionOf: (i) => i.version,
    reload: reloadItem,
    labels: LABELS,
  });
  const { values, set } = form;

  const submit = (version: number | undefined) => {
    const body = itemRequest(values, meetingDate, version);
    if (item?.id) update.mutate({ itemId: item.id, body }, form.handlers(onDone));
    else add.mutate(body, form.handlers(onDone));
  };
  const setDecision = (i: number, text: string) =>
    set(
      'decisions',
      values.decisions.map((d, j) => (j === i ? text : d)),
    );
  const removeDecision = (i: number) => {
    set(
      'decisions',
      values.decisions.filter((_, j) => j !== i),
    );
    set(
      'decisionIds',
      values.decisionIds.filter((_, j) => j !== i),
    );
  };

  const bound = form.bind(save, submit);
  return (
    <VersionedForm
      form={bound}
      className="tandem-agenda-form"
      fields={{
        title: `${prefix}-title`,
        plannedStart: `${prefix}-start`,
        plannedEnd: `${prefix}-end`,
        presenter: `${prefix}-presenter`,
        notes: `${prefix}-notes`,
        decisions: `${prefix}-decision-0`,
      }}
    >
      <Select
        id={`${prefix}-kind`}
        label="Kind"
        value={values.kind}
        onChange={(v) => set('kind', v)}
        options={optionsOf(KIND_LABELS)}
      />
      <TextInput
        id={`${prefix}-title`}
        label="Title"
        value={values.title}
        onChange={(v) => set('title', v)}
        error={fieldError(bound.error, 'title')}
        maxLength={300}
      />
      <div className="tandem-time-pair">
        <TimeInput
          id={`${prefix}-start`}
          label="Starts"
          value={values.start}
          onChange={(v) => set('start', v)}
          error={fieldError(bound.error, 'plannedStart')}
        />
        <TimeInput
          id={`${prefix}-end`}
          label="Ends"
          value={values.end}
          onChange={(v) => set('end', v)}
          error={fieldError(bound.error, 'plannedEnd')}
        />
      </div>
      {showPresenter && (
        <TextInput
          id={`${prefix}-presenter`}
          label="Presenter (optional)"
          hint="For example, Anne Hooper, Chair"
          value={values.presenter}
          onChange={(v) => set('presenter', v)}
          error={fieldError(bound.error, 'presenter')}
          maxLength={200}
        />
      )}
      {item && (
        <>
          <Textarea
            id={`${prefix}-notes`}
            label="Notes of the discussion"
            value={values.notes}
            onChange={(v) => set('notes', v)}
            error={fieldError(bound.error, 'notes')}
            rows={8}
          />
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Decisions</legend>
            {values.decisions.length === 0 && <p className="nhsuk-hint">No decisions recorded under this item.</p>}
            {values.decisions.map((text, i) => (
              <div key={i} className="tandem-decision">
                <Textarea
                  id={`${prefix}-decision-${i}`}
                  label={`Decision ${i + 1}`}
                  value={text}
                  onChange={(v) => setDecision(i, v)}
                  error={fieldError(bound.error, `decisions[${i}].text`)}
                  rows={2}
                />
                <button type="button" className="tandem-link-button" onClick={() => removeDecision(i)}>
                  Remove decision {i + 1}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => {
                set('decisions', [...values.decisions, '']);
                set('decisionIds', [...values.decisionIds, '']);
              }}
            >
              Add a decision
            </button>
          </fieldset>
        </>
      )}
      <div className="nhsuk-button-group">
        <button type="submit" className="nhsuk-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : item ? 'Save item' : 'Add to agenda'}
        </button>
        {item && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </VersionedForm>
  );
}
