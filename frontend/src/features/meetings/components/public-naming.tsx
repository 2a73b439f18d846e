import { useState, type FormEvent } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { Radios, TextInput } from '@/components/form-fields';
import { Details } from '@/components/page';
import { formatDate } from '@/lib/dates';
import { optionsOf, type Labels } from '@/lib/labels';
import type { Meeting } from '../api/meetings';
import { useNamePublicly, useWithdrawPublicNaming, type Attendance, type PublicConsentMethod } from '../api/register';

export const CONSENT_METHOD_LABELS: Labels<PublicConsentMethod> = {
  IN_WRITING: 'In writing',
  EMAIL: 'By email',
  VERBAL: 'Verbally',
  ONLINE_FORM: 'Through an online form',
};

const CONSENT_METHODS = optionsOf(CONSENT_METHOD_LABELS);

function NamePubliclyForm({ meetingId, entry }: { meetingId: string; entry: Attendance }) {
  const save = useNamePublicly(meetingId);
  const [role, setRole] = useState('');
  const [consentGiven, setConsentGiven] = useState(false);
  const [method, setMethod] = useState<PublicConsentMethod | ''>('');
  const prefix = `public-naming-${entry.id ?? ''}`;
  const [methodMissing, setMethodMissing] = useState(false);
  const consentError = fieldError(save.error, 'consentGiven');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMethodMissing(method === '');
    if (method === '') return;
    save.mutate({
      entryId: entry.id ?? '',
      body: { role: role.trim(), consentGiven, consentMethod: method, version: entry.version ?? 0 },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        error={save.error}
        fields={{ role: `${prefix}-role`, consentGiven: `${prefix}-consent`, consentMethod: `${prefix}-method` }}
      />
      <TextInput
        id={`${prefix}-role`}
        label="Role to name them in"
        hint="For example, Presenter for New Possibilities"
        value={role}
        onChange={setRole}
        maxLength={300}
        error={fieldError(save.error, 'role')}
      />
      <div className={`nhsuk-form-group${consentError ? ' nhsuk-form-group--error' : ''}`}>
        {consentError && (
          <span className="nhsuk-error-message" id={`${prefix}-consent-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {consentError}
          </span>
        )}
        <div className="nhsuk-checkboxes">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id={`${prefix}-consent`}
              type="checkbox"
              checked={consentGiven}
              onChange={(e) => setConsentGiven(e.target.checked)}
              aria-describedby={consentError ? `${prefix}-consent-error` : undefined}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${prefix}-consent`}>
              {entry.name ?? 'They'} agreed to be named publicly in this role
            </label>
          </div>
        </div>
      </div>
      <Radios
        id={`${prefix}-method`}
        name={`${prefix}-method`}
        legend="How did they give their consent?"
        value={method}
        onChange={setMethod}
        options={CONSENT_METHODS}
        error={methodMissing ? 'Select how they gave their consent' : fieldError(save.error, 'consentMethod')}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={save.isPending}>
        Name publicly
      </button>
    </form>
  );
}

/**
 * Who the public notes name: nobody, unless someone on the register agreed to be named in a role
 * (a presenter speaking for their organisation, an artist credited). Their consent is recorded.
 */
export function PublicNaming({ meeting }: { meeting: Meeting }) {
  const meetingId = meeting.id ?? '';
  const withdraw = useWithdrawPublicNaming(meetingId);
  const entries = (meeting.attendance ?? []).filter((a) => a.name);
  if (entries.length === 0) return null;
  return (
    <div aria-labelledby="public-naming-heading">
      <h3 id="public-naming-heading">Named on the public page</h3>
      <p className="nhsuk-hint">
        The public notes name nobody, unless they agreed to be named in a role. Everyone else reads “a participant”.
      </p>
      <ErrorSummary error={withdraw.error} />
      <ul className="nhsuk-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            {entry.publicNaming ? (
              <p>
                <strong>{entry.name}</strong> is named publicly as {entry.publicNaming.role} (consent given{' '}
                {CONSENT_METHOD_LABELS[entry.publicNaming.consentMethod].toLowerCase()}, recorded by{' '}
                {entry.publicNaming.consentRecordedBy} on {formatDate(entry.publicNaming.consentRecordedAt)}).{' '}
                <button
                  type="button"
                  className="tandem-link-button"
                  disabled={withdraw.isPending}
                  onClick={() => withdraw.mutate({ entryId: entry.id ?? '', version: entry.version ?? 0 })}
                >
                  Stop naming<span className="nhsuk-u-visually-hidden"> {entry.name}</span> publicly
                </button>
              </p>
            ) : (
              <Details summary={`Name ${entry.name ?? ''} publicly`}>
                <NamePubliclyForm meetingId={meetingId} entry={entry} />
              </Details>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
