import { fieldError } from '@/components/error-summary';
import { Select, TextInput } from '@/components/form-fields';
import { VersionedForm, type VersionedFormProps } from '@/components/versioned-form';
import { isKey, optionsOf } from '@/lib/labels';
import type { Organisation, OrganisationRequest } from '../api/organisations';
import { ORGANISATION_KIND_LABELS } from './organisation-labels';

export interface OrganisationFormValues extends Record<string, string | boolean | string[]> {
  code: string;
  name: string;
  kind: string;
  website: string;
}

export const EMPTY_ORGANISATION: OrganisationFormValues = { code: '', name: '', kind: 'NHS_BODY', website: '' };

export const ORGANISATION_LABELS: Partial<Record<keyof OrganisationFormValues, string>> = {
  name: 'Name',
  kind: 'Kind',
  website: 'Website',
};

export function organisationToValues(o: Organisation): OrganisationFormValues {
  return { code: o.code ?? '', name: o.name ?? '', kind: o.kind ?? 'OTHER', website: o.website ?? '' };
}

/** The request to save: an update sends the code it loaded, which cannot change. */
export function organisationRequest(
  values: OrganisationFormValues,
  version: number | undefined,
  loaded: Organisation | undefined,
): OrganisationRequest {
  return {
    code: loaded?.code ?? values.code.trim(),
    name: values.name.trim(),
    kind: isKey(ORGANISATION_KIND_LABELS, values.kind) ? values.kind : 'OTHER',
    website: values.website.trim() || undefined,
    version,
  };
}

const FIELD_INPUTS = {
  code: 'organisation-code',
  name: 'organisation-name',
  kind: 'organisation-kind',
  website: 'organisation-website',
};

interface OrganisationFormProps extends VersionedFormProps<OrganisationFormValues> {
  editing: boolean;
}

export function OrganisationForm({ editing, ...form }: OrganisationFormProps) {
  const { values, set, error, busy } = form;
  return (
    <VersionedForm form={form} fields={FIELD_INPUTS}>
      {editing ? (
        <p>
          Code: <strong>{values.code}</strong> (it cannot change: people’s sign-ins carry it).
        </p>
      ) : (
        <TextInput
          id={FIELD_INPUTS.code}
          label="Code"
          hint="What people’s sign-ins carry to say they work here: 2 to 63 lower-case letters, digits or hyphens, such as healthwatch-lewisham. It cannot change later."
          value={values.code}
          onChange={(v) => set('code', v)}
          error={fieldError(error, 'code')}
          width="20"
          maxLength={63}
          autoComplete="off"
          spellCheck={false}
          required
        />
      )}
      <TextInput
        id={FIELD_INPUTS.name}
        label="Name"
        value={values.name}
        onChange={(v) => set('name', v)}
        error={fieldError(error, 'name')}
        maxLength={200}
        required
      />
      <Select
        id={FIELD_INPUTS.kind}
        label="Kind"
        value={values.kind}
        onChange={(v) => set('kind', v)}
        error={fieldError(error, 'kind')}
        options={optionsOf(ORGANISATION_KIND_LABELS)}
      />
      <TextInput
        id={FIELD_INPUTS.website}
        label="Website (optional)"
        value={values.website}
        onChange={(v) => set('website', v)}
        error={fieldError(error, 'website')}
        type="url"
        maxLength={500}
      />
      <button type="submit" className="nhsuk-button" disabled={busy}>
        {busy ? 'Saving…' : editing ? 'Save changes' : 'Register organisation'}
      </button>
    </VersionedForm>
  );
}
