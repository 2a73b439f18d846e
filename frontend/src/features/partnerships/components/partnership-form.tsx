import { fieldError } from '@/components/error-summary';
import { BoardChooser, PartnershipChooser, useBoardName } from '@/components/choosers';
import { Checkbox, Textarea, TextInput } from '@/components/form-fields';
import { VersionedForm, type VersionedFormProps } from '@/components/versioned-form';
import type { Partnership, PartnershipRequest } from '../api/partnerships';

export interface PartnershipFormValues extends Record<string, string | boolean | string[]> {
  name: string;
  description: string;
  termsOfReference: string;
  successCriteria: string;
  website: string;
  parentId: string;
  boardIds: string[];
  archived: boolean;
}

export const EMPTY_PARTNERSHIP: PartnershipFormValues = {
  name: '',
  description: '',
  termsOfReference: '',
  successCriteria: '',
  website: '',
  parentId: '',
  boardIds: [],
  archived: false,
};

export const PARTNERSHIP_LABELS: Partial<Record<keyof PartnershipFormValues, string>> = {
  name: 'Name',
  description: 'Description',
  termsOfReference: 'Terms of reference',
  successCriteria: 'Success criteria',
  website: 'Website',
  parentId: 'Hub of',
  boardIds: 'Reports to',
  archived: 'Archived',
};

export function partnershipToValues(p: Partnership): PartnershipFormValues {
  return {
    name: p.name ?? '',
    description: p.description ?? '',
    termsOfReference: p.termsOfReference ?? '',
    successCriteria: (p.successCriteria ?? []).join('\n'),
    website: p.website ?? '',
    parentId: p.parentId ?? '',
    boardIds: (p.boards ?? []).flatMap((b) => (b.id ? [b.id] : [])),
    archived: p.status === 'ARCHIVED',
  };
}

/** The request for the values; participating organisations are kept as they were. */
export function partnershipRequest(
  values: PartnershipFormValues,
  version: number | undefined,
  loaded: Partnership | undefined,
): PartnershipRequest {
  const blankToUndefined = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    name: values.name.trim(),
    description: blankToUndefined(values.description),
    termsOfReference: blankToUndefined(values.termsOfReference),
    website: blankToUndefined(values.website),
    parentId: blankToUndefined(values.parentId),
    successCriteria: values.successCriteria
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    boardIds: values.boardIds,
    participantOrganisationIds: loaded?.participantOrganisationIds ?? [],
    status: values.archived ? 'ARCHIVED' : 'ACTIVE',
    version,
  };
}

/** Request fields -> the inputs that edit them, for the error summary's links. */
const FIELD_INPUTS = {
  name: 'partnership-name',
  description: 'partnership-description',
  termsOfReference: 'partnership-terms',
  successCriteria: 'partnership-criteria',
  website: 'partnership-website',
  parentId: 'partnership-parent',
  boardIds: 'partnership-boards',
};

interface PartnershipFormProps extends VersionedFormProps<PartnershipFormValues> {
  /** The partnership edited (undefined when creating): it cannot be its own parent. */
  partnershipId: string | undefined;
  submitLabel: string;
  /** Archiving applies to a partnership that exists. */
  editing: boolean;
}

/** A board the partnership reports to, by name, with a button to take it off. */
function ChosenBoard({ id, onRemove }: { id: string; onRemove: () => void }) {
  const board = useBoardName(id);
  const name = board.data ?? (board.isError ? 'A board' : '…');
  return (
    <li>
      {name}{' '}
      <button type="button" className="tandem-link-button" onClick={onRemove}>
        Remove <span className="nhsuk-u-visually-hidden">{name}</span>
      </button>
    </li>
  );
}

export function PartnershipForm({ partnershipId, submitLabel, editing, ...form }: PartnershipFormProps) {
  const { values, set, error, busy } = form;
  const addBoard = (id: string) => {
    if (id && !values.boardIds.includes(id)) set('boardIds', [...values.boardIds, id]);
  };
  return (
    <VersionedForm form={form} fields={FIELD_INPUTS}>
      <TextInput
        id={FIELD_INPUTS.name}
        label="Name"
        value={values.name}
        onChange={(v) => set('name', v)}
        error={fieldError(error, 'name')}
        maxLength={200}
        required
      />
      <Textarea
        id={FIELD_INPUTS.description}
        label="Description"
        hint="What the partnership is for, in a sentence or two"
        value={values.description}
        onChange={(v) => set('description', v)}
        error={fieldError(error, 'description')}
        rows={3}
      />
      <Textarea
        id={FIELD_INPUTS.termsOfReference}
        label="Terms of reference"
        hint="As agreed by the partnership. Leave a blank line between paragraphs."
        value={values.termsOfReference}
        onChange={(v) => set('termsOfReference', v)}
        error={fieldError(error, 'termsOfReference')}
        rows={8}
      />
      <Textarea
        id={FIELD_INPUTS.successCriteria}
        label="Success criteria"
        hint="One on each line"
        value={values.successCriteria}
        onChange={(v) => set('successCriteria', v)}
        error={fieldError(error, 'successCriteria')}
        rows={5}
      />
      <TextInput
        id={FIELD_INPUTS.website}
        label="Website (optional)"
        value={values.website}
        onChange={(v) => set('website', v)}
        error={fieldError(error, 'website')}
        type="url"
        autoComplete="url"
      />
      <PartnershipChooser
        id={FIELD_INPUTS.parentId}
        label="Is it a hub of another partnership? (optional)"
        hint="A hub is a sub-group, such as a primary care hub: type the name of the partnership it belongs to. Leave it empty if it is not a hub."
        parentOf={partnershipId ?? ''}
        value={values.parentId}
        onChange={(v) => set('parentId', v)}
        error={fieldError(error, 'parentId')}
      />
      <div className={`nhsuk-form-group${fieldError(error, 'boardIds') ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" id={FIELD_INPUTS.boardIds}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Boards it reports to</legend>
          {fieldError(error, 'boardIds') && (
            <span className="nhsuk-error-message">
              <span className="nhsuk-u-visually-hidden">Error:</span> {fieldError(error, 'boardIds')}
            </span>
          )}
          {values.boardIds.length === 0 && <p className="nhsuk-hint">It reports to no board.</p>}
          {values.boardIds.length > 0 && (
            <ul className="nhsuk-list">
              {values.boardIds.map((id) => (
                <ChosenBoard
                  key={id}
                  id={id}
                  onRemove={() =>
                    set(
                      'boardIds',
                      values.boardIds.filter((b) => b !== id),
                    )
                  }
                />
              ))}
            </ul>
          )}
          <BoardChooser
            id="partnership-add-board"
            label="Add a board it reports to"
            hint="Type the board's name and choose it"
            value=""
            onChange={addBoard}
          />
        </fieldset>
      </div>
      {editing && (
        <Checkbox
          label="Archived"
          hint="Keeps it with its history, out of day-to-day lists"
          checked={values.archived}
          onChange={(v) => set('archived', v)}
        />
      )}
      <button type="submit" className="nhsuk-button" disabled={busy}>
        {busy ? 'Saving…' : submitLabel}
      </button>
    </VersionedForm>
  );
}
