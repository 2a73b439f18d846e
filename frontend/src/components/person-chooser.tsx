import { Select, TextInput } from './form-fields';

export const NEW_PERSON = '__new';

export interface PersonChoice {
  /** A person's id, NEW_PERSON, or '' when nobody is chosen. */
  personId: string;
  newName: string;
  newAffiliation: string;
}

export const NO_PERSON: PersonChoice = { personId: '', newName: '', newAffiliation: '' };

export interface PersonOption {
  id?: string;
  displayName?: string;
  affiliation?: string | null;
}

interface PersonChooserProps {
  id: string;
  label: string;
  hint?: string;
  people: PersonOption[];
  value: PersonChoice;
  onChange: (value: PersonChoice) => void;
  error?: string | undefined;
  /** Label of the "nobody" option; leave out to require a choice. */
  noneLabel?: string;
}

/**
 * Choose someone from the organisation's directory, or add someone new by name (the page
 * creates their directory record before using it).
 */
export function PersonChooser({ id, label, hint, people, value, onChange, error, noneLabel }: PersonChooserProps) {
  return (
    <>
      <Select
        id={id}
        label={label}
        hint={hint}
        value={value.personId}
        onChange={(personId) => onChange({ ...value, personId })}
        error={error}
        options={[
          { value: '', label: noneLabel ?? 'Choose a person' },
          ...people.map((p) => ({
            value: p.id ?? '',
            label: p.affiliation ? `${p.displayName ?? ''} (${p.affiliation})` : (p.displayName ?? ''),
          })),
          { value: NEW_PERSON, label: 'Someone new: add them to the directory' },
        ]}
      />
      {value.personId === NEW_PERSON && (
        <div className="nhsuk-inset-text tandem-inset-form">
          <TextInput
            id={`${id}-new-name`}
            label="Their name"
            value={value.newName}
            onChange={(newName) => onChange({ ...value, newName })}
            autoComplete="off"
            maxLength={200}
          />
          <TextInput
            id={`${id}-new-affiliation`}
            label="Who they are with (optional)"
            hint="For example, South Lewisham Patient Participation Group"
            value={value.newAffiliation}
            onChange={(newAffiliation) => onChange({ ...value, newAffiliation })}
            autoComplete="off"
            maxLength={300}
          />
        </div>
      )}
    </>
  );
}
