import { useState } from 'react';
import { isApiError, isInputError, type InputError } from '@/lib/api/problem';
import { diffValues, type ConflictChange } from './conflict-notice';
import type { VersionedFormProps } from './versioned-form';

type FormValues = Record<string, string | boolean | string[]>;

interface Options<R, V extends FormValues> {
  /** The record as loaded (undefined while loading, or when creating). */
  record: R | undefined;
  /** The empty form, for creating. */
  empty: V;
  toValues: (record: R) => V;
  versionOf: (record: R) => number | undefined;
  /** Loads the latest version from the server (after a 409). */
  reload: () => Promise<R | undefined>;
  labels: Partial<Record<keyof V, string>>;
}

interface Conflict<V> {
  changes: ConflictChange[];
  latest: V;
  latestVersion: number | undefined;
}

/**
 * Form state for a record saved with optimistic locking. The form starts from the loaded
 * record and keeps what the person typed however a save ends; after a 409 it loads the
 * latest version and says what changed, then either saves the typed values over it
 * (`keepMine`, with the new version) or takes the latest values (`useTheirs`).
 */
export function useVersionedForm<R, V extends FormValues>({
  record,
  empty,
  toValues,
  versionOf,
  reload,
  labels,
}: Options<R, V>) {
  const [edited, setEdited] = useState<V | undefined>(undefined);
  const [base, setBase] = useState<{ values: V; version: number | undefined } | undefined>(undefined);
  const [conflict, setConflict] = useState<Conflict<V> | undefined>(undefined);
  const [inputError, setInputError] = useState<InputError | undefined>(undefined);

  // The form is based on the record as first loaded: a background refresh must not move its
  // version on, or a stale edit would silently overwrite someone else's.
  if (base === undefined && record !== undefined) {
    setBase({ values: toValues(record), version: versionOf(record) });
  }
  const loaded = base ?? (record !== undefined ? { values: toValues(record), version: versionOf(record) } : undefined);
  const values = edited ?? loaded?.values ?? empty;

  const set = <K extends keyof V>(key: K, value: V[K]) =>
    setEdited((current) => ({ ...(current ?? values), [key]: value }));

  const onConflict = async () => {
    const latestRecord = await reload();
    if (!latestRecord) return;
    const latest = toValues(latestRecord);
    setConflict({
      changes: diffValues(loaded?.values ?? empty, latest, labels),
      latest,
      latestVersion: versionOf(latestRecord),
    });
  };

  /** Accepts the latest version as the base; returns it so the caller saves again with it. */
  const keepMine = (): number | undefined => {
    if (!conflict) return loaded?.version;
    setBase({ values: conflict.latest, version: conflict.latestVersion });
    setConflict(undefined);
    return conflict.latestVersion;
  };

  const takeTheirs = () => {
    if (!conflict) return;
    setBase({ values: conflict.latest, version: conflict.latestVersion });
    setEdited(undefined);
    setConflict(undefined);
  };

  /** Mutation callbacks: `onSaved` after a save; after a 409, load the latest and compare. */
  const handlers = <T>(onSaved: (saved: T) => void) => ({
    onSuccess: onSaved,
    onError: (error: Error) => {
      if (isApiError(error) && error.isConflict) void onConflict();
    },
  });

  /** Runs a save whose request is built from the typed values: input found wrong there is shown, not sent. */
  const checked = (save: () => void) => {
    try {
      save();
      setInputError(undefined);
    } catch (e) {
      if (!isInputError(e)) throw e;
      setInputError(e);
    }
  };

  /** The props of the form component, for a save that sends the version it is given. */
  const bind = (
    mutation: { error: unknown; isPending: boolean },
    submit: (version: number | undefined) => void,
  ): VersionedFormProps<V> => ({
    values,
    set,
    onSubmit: () => checked(() => submit(loaded?.version)),
    error: inputError ?? mutation.error,
    busy: mutation.isPending,
    conflict: conflict?.changes,
    onKeepMine: () => checked(() => submit(keepMine())),
    onUseTheirs: takeTheirs,
  });

  return {
    bind,
    handlers,
    values,
    set,
    version: loaded?.version,
    ready: record !== undefined || base !== undefined,
    conflict: conflict?.changes,
    onConflict,
    keepMine,
    takeTheirs,
  };
}
