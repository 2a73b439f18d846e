import { useEffect, useState, type KeyboardEvent } from 'react';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { ActivityChooser, OrganisationChooser, PartnershipChooser } from '@/components/choosers';
import { DateInput, dateInputId } from '@/components/date-input';
import { Textarea, TextInput } from '@/components/form-fields';
import { ThemePicker } from '@/components/theme-picker';
import { londonToday } from '@/lib/dates';
import { inputCheck } from '@/lib/input-check';
import { useRecordFeedback } from '../api/feedback';
import { useThemes } from '../api/themes';
import { themeOptions } from '@/lib/theme-tree';
import { Link } from 'react-router';
import type { PersonChoice } from '@/components/person-chooser';
import { CONTRIBUTOR_FIELDS, ContributorFields, NO_CONTRIBUTOR, type ContributorChoice } from './contributor-fields';

/** What the next item starts with: the previous item's source, kept in this browser. */
export interface FeedbackDefaults {
  partnershipId: string;
  activityId: string;
  receivedOn: string;
  area: string;
  /** The registered organisation it came from ('' for none). */
  origin: string;
  /** Or the name of one not registered here. */
  originName: string;
}

export const DEFAULTS_KEY = 'tandem.feedback.defaults';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function loadDefaults(): FeedbackDefaults {
  let stored: unknown;
  try {
    stored = JSON.parse(localStorage.getItem(DEFAULTS_KEY) ?? '{}');
  } catch {
    stored = {};
  }
  const read = (key: string) =>
    typeof stored === 'object' && stored !== null ? text(Object.getOwnPropertyDescriptor(stored, key)?.value) : '';
  return {
    partnershipId: read('partnershipId'),
    activityId: read('activityId'),
    receivedOn: read('receivedOn') || londonToday(),
    area: read('area'),
    origin: read('origin'),
    originName: read('originName'),
  };
}

function saveDefaults(defaults: FeedbackDefaults) {
  try {
    localStorage.setItem(DEFAULTS_KEY, JSON.stringify(defaults));
  } catch {
    // Private browsing may refuse storage: the defaults then last for this page only.
  }
}

const FIELDS = {
  text: 'feedback-text',
  themeIds: 'feedback-themes',
  partnershipId: 'feedback-partnership',
  activityId: 'feedback-activity',
  receivedOn: dateInputId('feedback-date'),
  area: 'feedback-area',
  originOrganisationId: 'feedback-origin',
  originOrganisationName: 'feedback-origin-name',
  ...CONTRIBUTOR_FIELDS,
};

function newKey(): string {
  return crypto.randomUUID();
}

function excerpt(value: string): string {
  const line = value.trim().replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

interface FeedbackFormProps {
  /** The directory, for staff to choose who said it from; without it (a partner's user) only an address can be given. */
  canChoosePerson: boolean;
  /** Turns the choice into a person id, adding someone new to the directory first. */
  resolvePerson?: (choice: PersonChoice) => Promise<string>;
  /** The partnership to start with (from a partnership's page); else the one the previous item had, else none. */
  initialPartnershipId?: string | undefined;
}

/**
 * Recording feedback fast, from the keyboard: the text has focus, themes are picked by typing,
 * Ctrl+Enter (or the button) saves, and the form clears for the next item keeping where it
 * came from (partnership, activity, date, area) as the previous one had it.
 */
export function FeedbackForm({ canChoosePerson, resolvePerson, initialPartnershipId }: FeedbackFormProps) {
  const [defaults, setDefaults] = useState<FeedbackDefaults>(() => {
    const stored = loadDefaults();
    return initialPartnershipId && initialPartnershipId !== stored.partnershipId
      ? { ...stored, partnershipId: initialPartnershipId, activityId: '' }
      : stored;
  });
  const [feedbackText, setFeedbackText] = useState('');
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const [saved, setSaved] = useState<{ count: number; last: string; lastId: string }>({
    count: 0,
    last: '',
    lastId: '',
  });
  const [contributor, setContributor] = useState<ContributorChoice>(NO_CONTRIBUTOR);
  const [contributorError, setContributorError] = useState<unknown>(null);
  const record = useRecordFeedback();
  const error = contributorError ?? record.error;

  // The partnership and activity the previous item came from, if any (the server refuses one no longer open).
  const { partnershipId, activityId } = defaults;
  const themes = useThemes({ partnershipId: partnershipId || undefined });
  const options = themeOptions(themes.data ?? []);

  useEffect(() => {
    // After the layout has moved focus to the page (it does on navigation), put it in the text.
    const timer = setTimeout(() => document.getElementById(FIELDS.text)?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  const setDefault = <K extends keyof FeedbackDefaults>(key: K, value: FeedbackDefaults[K]) =>
    setDefaults((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    if (record.isPending) return;
    const source = {
      partnershipId,
      activityId,
      receivedOn: defaults.receivedOn,
      area: defaults.area,
      origin: defaults.origin,
      originName: defaults.originName,
    };
    const check = inputCheck();
    if (!partnershipId) check.fail('partnershipId', 'Choose the partnership the feedback is for');
    const receivedOn = check.date('receivedOn', defaults.receivedOn, 'Date received');
    let contributorPersonId: string | undefined;
    try {
      setContributorError(null);
      check.done();
      contributorPersonId =
        contributor.person.personId && resolvePerson ? await resolvePerson(contributor.person) : undefined;
    } catch (e) {
      // Input found wrong here, or adding the contributor to the directory failed: nothing is recorded.
      setContributorError(e);
      return;
    }
    const email = contributor.email.trim();
    record.mutate(
      {
        idempotencyKey,
        body: {
          partnershipId,
          activityId: activityId || undefined,
          text: feedbackText.trim(),
          receivedOn,
          area: defaults.area.trim() || undefined,
          originOrganisationId: defaults.origin || undefined,
          originOrganisationName: defaults.originName.trim() || undefined,
          themeIds: themeIds.length > 0 ? themeIds : undefined,
          contributorPersonId,
          contributorEmail: email || undefined,
          contributorConsent: contributorPersonId || email ? contributor.consent : undefined,
        },
      },
      {
        onSuccess: (created) => {
          saveDefaults(source);
          setSaved((s) => ({ count: s.count + 1, last: excerpt(feedbackText), lastId: created.id ?? '' }));
          setFeedbackText('');
          setThemeIds([]);
          setContributor(NO_CONTRIBUTOR);
          setIdempotencyKey(newKey());
          record.reset();
          document.getElementById(FIELDS.text)?.focus();
        },
      },
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    // Ctrl+Enter from any field of the form saves: the key events bubble up from its inputs.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div role="status" aria-live="polite" className={saved.count > 0 ? 'tandem-success nhsuk-u-margin-bottom-4' : ''}>
        {saved.count > 0 && (
          <p>
            Saved “{saved.last}”. {saved.count} recorded on this page. Ready for the next one.{' '}
            {saved.lastId && <Link to={`/feedback/${saved.lastId}`}>View the item just saved</Link>}
          </p>
        )}
      </div>
      <ErrorSummary error={error} fields={FIELDS} />
      <Textarea
        id={FIELDS.text}
        label="What was said"
        hint="A quote or a summary of one point. Ctrl+Enter saves it and starts the next."
        value={feedbackText}
        onChange={(v) => {
          setFeedbackText(v);
          // A changed item is a new request: a retry of the old one must not stand for it.
          if (record.isError) setIdempotencyKey(newKey());
        }}
        error={fieldError(error, 'text')}
        rows={4}
        maxLength={10000}
      />
      <ThemePicker
        id={FIELDS.themeIds}
        label="Themes (optional)"
        hint="Type to search the theme tree; arrow keys and Enter choose. You can also tag it later."
        options={options}
        selected={themeIds}
        onChange={setThemeIds}
        error={fieldError(error, 'themeIds')}
      />
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          Where it came from (kept for the next item)
        </legend>
        <PartnershipChooser
          id={FIELDS.partnershipId}
          label="Partnership"
          hint="Type part of its name"
          value={partnershipId}
          onChange={(v) => setDefaults((d) => ({ ...d, partnershipId: v, activityId: '' }))}
          error={fieldError(error, 'partnershipId')}
        />
        <ActivityChooser
          id={FIELDS.activityId}
          label="Activity (optional)"
          hint="Type part of its title; leave it empty if it did not come from a recorded activity"
          partnershipId={partnershipId}
          disabled={!partnershipId}
          value={activityId}
          onChange={(v) => setDefault('activityId', v)}
          error={fieldError(error, 'activityId')}
        />
        <TextInput
          id={FIELDS.area}
          label="Area (optional)"
          hint="For example, Lewisham North"
          width="20"
          value={defaults.area}
          onChange={(v) => setDefault('area', v)}
          error={fieldError(error, 'area')}
          maxLength={200}
        />
        <OrganisationChooser
          id={FIELDS.originOrganisationId}
          label="Came from organisation (optional)"
          hint="The organisation that passed it on, for example a Healthwatch: type part of its name"
          value={defaults.origin}
          onChange={(v) => setDefault('origin', v)}
          error={fieldError(error, 'originOrganisationId')}
        />
        <TextInput
          id={FIELDS.originOrganisationName}
          label="Or the name of an organisation not registered here (optional)"
          value={defaults.originName}
          onChange={(v) => setDefault('originName', v)}
          error={fieldError(error, 'originOrganisationName')}
          maxLength={300}
        />
        <DateInput
          id="feedback-date"
          legend="Date received"
          value={defaults.receivedOn}
          onChange={(v) => setDefault('receivedOn', v)}
          error={fieldError(error, 'receivedOn')}
        />
      </fieldset>
      <ContributorFields
        value={contributor}
        onChange={setContributor}
        canChoosePerson={canChoosePerson}
        error={error}
      />
      <button type="submit" className="nhsuk-button" disabled={record.isPending}>
        {record.isPending ? 'Saving…' : 'Save and add another'}
      </button>
    </form>
  );
}
