import { Checkbox, TextInput } from '@/components/form-fields';
import { NO_PERSON, PersonChooser, type PersonChoice } from '@/components/person-chooser';
import { fieldError } from '@/components/error-summary';

/** Who said a feedback item: someone of the directory, or just an email address given with consent. */
export interface ContributorChoice {
  person: PersonChoice;
  email: string;
  consent: boolean;
}

export const NO_CONTRIBUTOR: ContributorChoice = { person: NO_PERSON, email: '', consent: false };

export const CONTRIBUTOR_FIELDS = {
  contributorPersonId: 'feedback-contributor',
  contributorEmail: 'feedback-contributor-email',
  contributorConsent: 'feedback-contributor-consent',
};

interface ContributorFieldsProps {
  value: ContributorChoice;
  onChange: (value: ContributorChoice) => void;
  /** Staff may choose from their directory; others can only give an address. */
  canChoosePerson: boolean;
  error: unknown;
}

/**
 * "Who said this (optional)": so that they can be told what happens because of it. An address is
 * kept only when they agreed to be contacted; the server refuses it otherwise, at the checkbox.
 */
export function ContributorFields({ value, onChange, canChoosePerson, error }: ContributorFieldsProps) {
  const consentError = fieldError(error, 'contributorConsent');
  return (
    <fieldset className="nhsuk-fieldset">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Who said this (optional)</legend>
      <div className="nhsuk-hint">So that they can be told what happens because of what they said.</div>
      {canChoosePerson && (
        <PersonChooser
          id={CONTRIBUTOR_FIELDS.contributorPersonId}
          label="Someone in your directory"
          value={value.person}
          onChange={(person) => onChange({ ...value, person })}
          error={fieldError(error, 'contributorPersonId')}
        />
      )}
      <TextInput
        id={CONTRIBUTOR_FIELDS.contributorEmail}
        label={canChoosePerson ? 'Or their email address' : 'Their email address'}
        type="email"
        autoComplete="off"
        value={value.email}
        onChange={(email) => onChange({ ...value, email })}
        error={fieldError(error, 'contributorEmail')}
        maxLength={320}
      />
      <div className={consentError ? 'nhsuk-form-group--error' : undefined}>
        {consentError && (
          <span className="nhsuk-error-message" id={`${CONTRIBUTOR_FIELDS.contributorConsent}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {consentError}
          </span>
        )}
        <Checkbox
          id={CONTRIBUTOR_FIELDS.contributorConsent}
          label="They agreed to be contacted about what happens next"
          hint="Required to keep an email address."
          checked={value.consent}
          onChange={(consent) => onChange({ ...value, consent })}
        />
      </div>
    </fieldset>
  );
}
