import { useState } from 'react';
import { Loading } from '@/components/loading';
import { FormPage, PageError } from '@/components/page';
import { useVersionedForm } from '@/components/use-versioned-form';
import {
  isNotLinked,
  useNotificationPreferences,
  useSaveNotificationPreferences,
  type NotificationPreferences,
} from '@/features/notifications/api/notifications';
import { NotLinked } from '@/features/notifications/components/not-linked';
import {
  deliveryLabel,
  preferencesLabels,
  preferencesRequest,
  preferencesToValues,
  PreferencesForm,
} from '@/features/notifications/components/preferences-form';

const TITLE = 'What Tandem tells you';

/** /notifications/preferences: per kind of notification, by email at once, in the daily digest, or only in Tandem. */
export function NotificationPreferencesPage() {
  const preferences = useNotificationPreferences();
  // Each save starts the form again from what was saved (its version is the next one's If-Match).
  const [saves, setSaves] = useState(0);
  if (preferences.isPending) return <Loading what="Loading your choices" />;
  if (isNotLinked(preferences.error)) {
    return (
      <FormPage backTo="/notifications" title={TITLE}>
        <NotLinked />
      </FormPage>
    );
  }
  if (preferences.isError) return <PageError error={preferences.error} />;
  return (
    <FormPage backTo="/notifications" title={TITLE}>
      {saves > 0 && <SavedBanner />}
      <PreferencesEditor
        key={saves}
        preferences={preferences.data}
        reload={async () => (await preferences.refetch()).data}
        onSaved={() => setSaves((n) => n + 1)}
      />
    </FormPage>
  );
}

function SavedBanner() {
  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby="preferences-saved-title"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="preferences-saved-title">
          Success
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">Your choices are saved.</p>
      </div>
    </div>
  );
}

function PreferencesEditor({
  preferences,
  reload,
  onSaved,
}: {
  preferences: NotificationPreferences;
  reload: () => Promise<NotificationPreferences | undefined>;
  onSaved: () => void;
}) {
  const save = useSaveNotificationPreferences();
  const form = useVersionedForm({
    record: preferences,
    empty: {},
    toValues: preferencesToValues,
    versionOf: (p) => p.version,
    reload,
    labels: preferencesLabels(preferences),
  });
  const submit = (version: number | undefined) =>
    save.mutate(preferencesRequest(form.values, version), form.handlers(onSaved));
  const bound = form.bind(save, submit);
  return (
    <PreferencesForm
      {...bound}
      conflict={bound.conflict?.map((c) => ({ ...c, theirs: deliveryLabel(c.theirs) }))}
      preferences={preferences}
    />
  );
}
