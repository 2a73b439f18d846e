import { Radios } from '@/components/form-fields';
import { VersionedForm, type VersionedFormProps } from '@/components/versioned-form';
import type { Delivery, NotificationPreferences, NotificationPreferencesRequest } from '../api/notifications';

/** The form's values: each kind's delivery. */
export type DeliveryValues = Record<string, Delivery>;

const DELIVERY_OPTIONS: readonly { value: Delivery; label: string; email: boolean }[] = [
  { value: 'IMMEDIATE', label: 'Email me at once', email: true },
  { value: 'DIGEST', label: 'In my daily email digest', email: true },
  { value: 'NONE', label: 'Only in Tandem', email: false },
];

/** "In my daily email digest" for DIGEST (a conflict notice names the other person's choice so). */
export function deliveryLabel(value: string): string {
  return DELIVERY_OPTIONS.find((o) => o.value === value)?.label ?? value;
}

function kindsOf(preferences: NotificationPreferences) {
  return (preferences.kinds ?? []).flatMap((k) => (k.kind ? [{ ...k, kind: k.kind }] : []));
}

export function preferencesToValues(preferences: NotificationPreferences): DeliveryValues {
  return Object.fromEntries(kindsOf(preferences).map((k) => [k.kind, k.delivery ?? 'NONE']));
}

export function preferencesLabels(preferences: NotificationPreferences | undefined): Record<string, string> {
  return preferences ? Object.fromEntries(kindsOf(preferences).map((k) => [k.kind, k.label || k.kind])) : {};
}

export function preferencesRequest(
  values: DeliveryValues,
  version: number | undefined,
): NotificationPreferencesRequest {
  return { version, kinds: Object.entries(values).map(([kind, delivery]) => ({ kind, delivery })) };
}

type PreferencesFormProps = VersionedFormProps<DeliveryValues> & { preferences: NotificationPreferences };

/** One fieldset per kind of notification: at once by email, in the daily digest, or only in Tandem. */
export function PreferencesForm({ preferences, ...form }: PreferencesFormProps) {
  const kinds = kindsOf(preferences);
  const canEmail = preferences.canEmail === true;
  return (
    <VersionedForm form={form} fields={{ kinds: kinds[0] ? `delivery-${kinds[0].kind}` : 'delivery' }}>
      {canEmail ? (
        <p>
          Emails go to <strong className="tandem-break-all">{preferences.email}</strong>.
        </p>
      ) : (
        <div className="nhsuk-inset-text" data-testid="cannot-email">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Tandem cannot email you: it has no email address for you, or you have not agreed to be contacted. Until then
            you see everything only here in Tandem. Ask the staff of your partnership to add your address or record your
            consent.
          </p>
        </div>
      )}
      {kinds.map((k) => (
        <Radios
          key={k.kind}
          id={`delivery-${k.kind}`}
          name={`delivery-${k.kind}`}
          legend={k.label ?? k.kind}
          hint={k.description}
          value={form.values[k.kind] ?? 'NONE'}
          onChange={(delivery) => form.set(k.kind, delivery)}
          options={DELIVERY_OPTIONS.map(({ value, label, email }) => ({ value, label, disabled: email && !canEmail }))}
        />
      ))}
      <button type="submit" className="nhsuk-button" disabled={form.busy}>
        Save preferences
      </button>
    </VersionedForm>
  );
}
