import { useEffect, useRef } from 'react';

export interface ConflictChange {
  label: string;
  /** What the field holds now on the server. */
  theirs: string;
}

interface ConflictNoticeProps {
  changes: ConflictChange[];
  /** Save what is in the form over the newer version. */
  onKeepMine: () => void;
  /** Replace the form with the newer version. */
  onUseTheirs: () => void;
  busy?: boolean;
}

/**
 * Shown when a save hit 409: someone saved a newer version since this form was loaded. What
 * they changed is listed; what was typed stays in the form until the person chooses.
 */
export function ConflictNotice({ changes, onKeepMine, onUseTheirs, busy }: ConflictNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="nhsuk-error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="conflict-title">
      <h2 className="nhsuk-error-summary__title" id="conflict-title">
        Someone else changed this while you were editing
      </h2>
      <div className="nhsuk-error-summary__body">
        <p>Your changes have not been saved yet, and are still in the form below.</p>
        {changes.length > 0 ? (
          <>
            <p>They changed:</p>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {changes.map((c) => (
                <li key={c.label}>
                  <strong>{c.label}</strong>: now “{c.theirs || '(empty)'}”
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>They saved it again without changing the fields you see here.</p>
        )}
        <div className="nhsuk-button-group">
          <button type="button" className="nhsuk-button" onClick={onKeepMine} disabled={busy}>
            Save my version
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onUseTheirs} disabled={busy}>
            Use their version
          </button>
        </div>
      </div>
    </div>
  );
}

/** The fields whose values differ between the version the form was loaded from and the latest. */
export function diffValues<V extends Record<string, string | boolean | string[]>>(
  base: V,
  latest: V,
  labels: Partial<Record<keyof V, string>>,
): ConflictChange[] {
  const show = (v: string | boolean | string[] | undefined) =>
    Array.isArray(v) ? v.join('; ') : typeof v === 'boolean' ? (v ? 'yes' : 'no') : (v ?? '');
  return Object.keys(labels).flatMap((key) => {
    const label = labels[key];
    const before = show(base[key]);
    const after = show(latest[key]);
    return label && before !== after ? [{ label, theirs: after.length > 200 ? `${after.slice(0, 200)}…` : after }] : [];
  });
}
