import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, unwrap } from '@/lib/api/client';
import { COMBOBOX_MATCHES, Combobox, type ComboboxOption } from './combobox';
import { Checkbox, TextInput } from './form-fields';

export const NEW_PERSON = '__new';

export interface PersonChoice {
  /** A person's id, NEW_PERSON, or '' when nobody is chosen. */
  personId: string;
  newName: string;
  newAffiliation: string;
  /** Someone new whose name is like an existing person's: the user said it is someone else. */
  newIsSomeoneElse: boolean;
}

export const NO_PERSON: PersonChoice = { personId: '', newName: '', newAffiliation: '', newIsSomeoneElse: false };

interface PersonChooserProps {
  id: string;
  label: string;
  hint?: string;
  value: PersonChoice;
  onChange: (value: PersonChoice) => void;
  error?: string | undefined;
}

const labelKey = (id: string) => ['choosers', 'people', 'label', id] as const;

function personOption(p: { id?: string; displayName?: string; affiliation?: string | null }): ComboboxOption {
  return { value: p.id ?? '', label: p.displayName ?? '', detail: p.affiliation };
}

/** Your organisation's people whose name, affiliation or email holds `text`: the first few and how many in all. */
export async function searchPeople(text: string, signal?: AbortSignal, size = COMBOBOX_MATCHES) {
  const page = await unwrap(
    api.GET('/api/v1/people', { params: { query: { q: text || undefined, sort: 'displayName', size } }, signal }),
  );
  const options = (page.items ?? []).map(personOption);
  return { options, total: page.totalItems ?? options.length };
}

/** People already in the directory under a name like `name` (so someone new is not added twice). */
function useSimilarPeople(name: string) {
  const trimmed = name.trim();
  return useQuery({
    queryKey: ['choosers', 'people', 'similar', trimmed],
    queryFn: ({ signal }) => searchPeople(trimmed, signal, 5),
    enabled: trimmed.length >= 3,
    staleTime: 30_000,
  });
}

/**
 * Choose someone from your organisation's directory by searching it, or add someone new by
 * name (the page creates their directory record before using it), warned when a person of a
 * similar name exists already.
 */
export function PersonChooser({ id, label, hint, value, onChange, error }: PersonChooserProps) {
  const queryClient = useQueryClient();
  const adding = value.personId === NEW_PERSON;
  const chosen = adding ? '' : value.personId;
  const chosenLabel = useQuery({
    queryKey: labelKey(chosen),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id: chosen } }, signal }))).displayName ?? '',
    enabled: Boolean(chosen),
    staleTime: 10 * 60_000,
  });
  const similar = useSimilarPeople(adding ? value.newName : '');
  const similarPeople = adding && value.newName.trim().length >= 3 ? (similar.data?.options ?? []) : [];
  // Switching between searching and adding moves focus to the field that appears in place of the
  // other (which is gone); a form that opens already adding someone leaves focus where it is.
  const switched = useRef(false);
  useEffect(() => {
    if (!switched.current) return;
    switched.current = false;
    document.getElementById(adding ? `${id}-new-name` : id)?.focus();
  }, [adding, id]);
  const switchTo = (next: PersonChoice) => {
    switched.current = true;
    onChange(next);
  };

  const choosePerson = (option: ComboboxOption) => {
    queryClient.setQueryData(labelKey(option.value), option.label);
    onChange({ ...NO_PERSON, personId: option.value });
  };

  return (
    <>
      {!adding && (
        <Combobox
          id={id}
          label={label}
          hint={hint ?? 'Type part of their name to search your directory'}
          error={error}
          queryKey={['choosers', 'people', 'search']}
          search={(text, signal) => searchPeople(text, signal)}
          value={chosen}
          valueLabel={chosen ? chosenLabel.data : undefined}
          onChange={(personId, option) => (option ? choosePerson(option) : onChange({ ...NO_PERSON, personId }))}
        />
      )}
      {!adding && (
        <p>
          <button
            type="button"
            className="tandem-link-button"
            onClick={() => switchTo({ ...NO_PERSON, personId: NEW_PERSON })}
          >
            Add someone new
          </button>{' '}
          if they are not in the directory yet.
        </p>
      )}
      {adding && (
        <div className="nhsuk-inset-text tandem-inset-form">
          <p className="nhsuk-u-font-weight-bold">Someone new</p>
          <TextInput
            id={`${id}-new-name`}
            label="Their name"
            value={value.newName}
            onChange={(newName) => onChange({ ...value, newName, newIsSomeoneElse: false })}
            error={error}
            autoComplete="off"
            maxLength={200}
          />
          {similarPeople.length > 0 && (
            <div className="nhsuk-warning-callout" role="status">
              <p className="nhsuk-warning-callout__label">
                <span>
                  <span className="nhsuk-u-visually-hidden">Important: </span>Already in the directory?
                </span>
              </p>
              <p>
                A person with a similar name already exists: {similarPeople.map((p) => p.label).join(', ')}
                {similar.data && similar.data.total > similarPeople.length
                  ? ` and ${similar.data.total - similarPeople.length} more`
                  : ''}
                . Choose them rather than adding them twice.
              </p>
              <ul className="nhsuk-list">
                {similarPeople.map((p) => (
                  <li key={p.value}>
                    <button
                      type="button"
                      className="tandem-link-button"
                      onClick={() => {
                        switched.current = true;
                        choosePerson(p);
                      }}
                    >
                      Choose {p.label}
                      {p.detail ? ` (${p.detail})` : ''}
                    </button>
                  </li>
                ))}
              </ul>
              <Checkbox
                id={`${id}-new-someone-else`}
                label="This is someone else: add them as a new person"
                checked={value.newIsSomeoneElse}
                onChange={(newIsSomeoneElse) => onChange({ ...value, newIsSomeoneElse })}
              />
            </div>
          )}
          <TextInput
            id={`${id}-new-affiliation`}
            label="Who they are with (optional)"
            hint="For example, South Lewisham Patient Participation Group"
            value={value.newAffiliation}
            onChange={(newAffiliation) => onChange({ ...value, newAffiliation })}
            autoComplete="off"
            maxLength={300}
          />
          <p>
            <button type="button" className="tandem-link-button" onClick={() => switchTo(NO_PERSON)}>
              Search the directory instead
            </button>
          </p>
        </div>
      )}
    </>
  );
}
