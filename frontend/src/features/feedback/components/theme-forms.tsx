import { useState } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { Radios, Select, Textarea, TextInput } from '@/components/form-fields';
import { VersionedForm, type VersionedFormProps } from '@/components/versioned-form';
import { useSaveTheme, type Theme, type ThemeKind, type ThemeRequest } from '../api/themes';
import { optionsOf, THEME_KIND_LABELS } from './labels';
import { flattenTree, buildThemeTree } from '@/lib/theme-tree';

/** Where a node of each kind may hang (ThemeRequest's rule). */
function parentsFor(kind: ThemeKind, themes: readonly Theme[]) {
  const active = flattenTree(buildThemeTree(themes.filter((t) => t.status !== 'RETIRED')));
  const allowed: ThemeKind[] =
    kind === 'AMBITION' ? ['FOCUS_AREA'] : kind === 'THEME' ? ['FOCUS_AREA', 'AMBITION'] : [];
  return active
    .filter(({ theme }) => allowed.includes(theme.kind ?? 'THEME'))
    .map(({ theme, path }) => ({
      value: theme.id ?? '',
      label: [...path, theme.name ?? ''].join(' › '),
    }));
}

const ADD_FIELDS = {
  kind: 'theme-kind',
  parentId: 'theme-parent',
  name: 'theme-name',
  description: 'theme-description',
};

/** Adds a focus area, an ambition under a focus area, or a theme under either. */
export function AddThemeForm({ themes, onAdded }: { themes: readonly Theme[]; onAdded: (theme: Theme) => void }) {
  const [kind, setKind] = useState<ThemeKind>('THEME');
  const [parentId, setParentId] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const save = useSaveTheme(undefined);
  const parents = parentsFor(kind, themes);
  const submit = () => {
    const body: ThemeRequest = {
      kind,
      name: name.trim(),
      description: description.trim() || undefined,
      parentId: kind === 'FOCUS_AREA' ? undefined : parentId || undefined,
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        setName('');
        setDescription('');
        onAdded(saved);
      },
    });
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <ErrorSummary error={save.error} fields={ADD_FIELDS} />
      <Radios
        id={ADD_FIELDS.kind}
        legend="What to add"
        name="theme-kind"
        inline
        value={kind}
        onChange={(v) => {
          setKind(v);
          setParentId('');
        }}
        options={optionsOf(THEME_KIND_LABELS)}
        error={fieldError(save.error, 'kind')}
      />
      {kind !== 'FOCUS_AREA' && (
        <Select
          id={ADD_FIELDS.parentId}
          label={kind === 'AMBITION' ? 'Under which focus area' : 'Under which focus area or ambition'}
          value={parentId}
          onChange={setParentId}
          options={[
            { value: '', label: kind === 'AMBITION' ? 'Choose a focus area' : 'Nowhere: at the top of the tree' },
            ...parents,
          ]}
          error={fieldError(save.error, 'parentId')}
        />
      )}
      <TextInput
        id={ADD_FIELDS.name}
        label="Name"
        value={name}
        onChange={setName}
        maxLength={200}
        error={fieldError(save.error, 'name')}
      />
      <Textarea
        id={ADD_FIELDS.description}
        label="Description (optional)"
        rows={2}
        value={description}
        onChange={setDescription}
        error={fieldError(save.error, 'description')}
      />
      <button type="submit" className="nhsuk-button" disabled={save.isPending}>
        {save.isPending ? 'Adding…' : `Add ${THEME_KIND_LABELS[kind].toLowerCase()}`}
      </button>
    </form>
  );
}

export interface ThemeFormValues extends Record<string, string | boolean | string[]> {
  name: string;
  description: string;
}

export const EMPTY_THEME: ThemeFormValues = { name: '', description: '' };
export const THEME_LABELS: Partial<Record<keyof ThemeFormValues, string>> = {
  name: 'Name',
  description: 'Description',
};

export function themeToValues(t: Theme): ThemeFormValues {
  return { name: t.name ?? '', description: t.description ?? '' };
}

/** A rename or new description: the kind and place in the tree stay as they are. */
export function themeRequest(values: ThemeFormValues, loaded: Theme, version: number | undefined): ThemeRequest {
  return {
    kind: loaded.kind ?? 'THEME',
    parentId: loaded.parentId ?? undefined,
    name: values.name.trim(),
    description: values.description.trim() || undefined,
    version,
  };
}

const EDIT_FIELDS = { name: 'theme-edit-name', description: 'theme-edit-description' };

/** Rename or describe a theme (versioned: a stale save shows what the other person changed). */
export function ThemeEditForm(form: VersionedFormProps<ThemeFormValues>) {
  const { values, set, error, busy } = form;
  return (
    <VersionedForm form={form} fields={EDIT_FIELDS}>
      <TextInput
        id={EDIT_FIELDS.name}
        label="Name"
        value={values.name}
        onChange={(v) => set('name', v)}
        maxLength={200}
        error={fieldError(error, 'name')}
      />
      <Textarea
        id={EDIT_FIELDS.description}
        label="Description (optional)"
        rows={3}
        value={values.description}
        onChange={(v) => set('description', v)}
        error={fieldError(error, 'description')}
      />
      <button type="submit" className="nhsuk-button" disabled={busy}>
        {busy ? 'Saving…' : 'Save changes'}
      </button>
    </VersionedForm>
  );
}
