import { fieldError } from '@/components/error-summary';
import { Checkbox, Textarea, TextInput } from '@/components/form-fields';
import { VersionedForm, type VersionedFormProps } from '@/components/versioned-form';
import type { Board, BoardRequest } from '../api/boards';

export interface BoardFormValues extends Record<string, string | boolean | string[]> {
  name: string;
  description: string;
  website: string;
  statutory: boolean;
  archived: boolean;
}

export const EMPTY_BOARD: BoardFormValues = {
  name: '',
  description: '',
  website: '',
  statutory: false,
  archived: false,
};

export const BOARD_LABELS: Partial<Record<keyof BoardFormValues, string>> = {
  name: 'Name',
  description: 'Description',
  website: 'Website',
  statutory: 'Statutory',
  archived: 'Archived',
};

export function boardToValues(b: Board): BoardFormValues {
  return {
    name: b.name ?? '',
    description: b.description ?? '',
    website: b.website ?? '',
    statutory: Boolean(b.statutory),
    archived: b.status === 'ARCHIVED',
  };
}

export function boardRequest(
  values: BoardFormValues,
  version: number | undefined,
  loaded: Board | undefined,
): BoardRequest {
  return {
    name: values.name.trim(),
    description: values.description.trim() || undefined,
    website: values.website.trim() || undefined,
    statutory: values.statutory,
    participantOrganisationIds: loaded?.participantOrganisationIds ?? [],
    status: values.archived ? 'ARCHIVED' : 'ACTIVE',
    version,
  };
}

const FIELD_INPUTS = { name: 'board-name', description: 'board-description', website: 'board-website' };

interface BoardFormProps extends VersionedFormProps<BoardFormValues> {
  editing: boolean;
}

export function BoardForm({ editing, ...form }: BoardFormProps) {
  const { values, set, error, busy } = form;
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
        value={values.description}
        onChange={(v) => set('description', v)}
        error={fieldError(error, 'description')}
        rows={4}
      />
      <TextInput
        id={FIELD_INPUTS.website}
        label="Website (optional)"
        value={values.website}
        onChange={(v) => set('website', v)}
        error={fieldError(error, 'website')}
        type="url"
      />
      <Checkbox
        label="Statutory body"
        hint="Such as a Health and Wellbeing Board"
        checked={values.statutory}
        onChange={(v) => set('statutory', v)}
      />
      {editing && (
        <Checkbox
          label="Archived"
          hint="Keeps it with its history, out of day-to-day lists"
          checked={values.archived}
          onChange={(v) => set('archived', v)}
        />
      )}
      <button type="submit" className="nhsuk-button" disabled={busy}>
        {busy ? 'Saving…' : editing ? 'Save changes' : 'Create board'}
      </button>
    </VersionedForm>
  );
}
