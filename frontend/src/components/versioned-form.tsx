import type { ReactNode } from 'react';
import { ConflictNotice, type ConflictChange } from './conflict-notice';
import { ErrorSummary } from './error-summary';

/** What every form of a versioned record takes (see useVersionedForm's `bind`). */
export interface VersionedFormProps<V> {
  values: V;
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  onSubmit: () => void;
  error: unknown;
  busy: boolean;
  conflict: ConflictChange[] | undefined;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

interface VersionedFormProps2 {
  form: Omit<VersionedFormProps<unknown>, 'values' | 'set'>;
  /** Request field -> input id, for the error summary's links. */
  fields: Record<string, string>;
  className?: string;
  children: ReactNode;
}

/** A form that shows the version conflict, or else the save's problem, above its fields. */
export function VersionedForm({ form, fields, className, children }: VersionedFormProps2) {
  return (
    <form
      className={className}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.onSubmit();
      }}
    >
      {form.conflict ? (
        <ConflictNotice
          changes={form.conflict}
          onKeepMine={form.onKeepMine}
          onUseTheirs={form.onUseTheirs}
          busy={form.busy}
        />
      ) : (
        <ErrorSummary error={form.error} fields={fields} />
      )}
      {children}
    </form>
  );
}
