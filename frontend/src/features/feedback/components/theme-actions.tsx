import { useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { Select } from '@/components/form-fields';
import { isApiError } from '@/lib/api/problem';
import { useMergeTheme, useRetireTheme, type Theme } from '../api/themes';
import { indentedLabel, subtreeIds, themeOptions } from '@/lib/theme-tree';

/** A 409 from retire: say why in the words of the tree, with the server's detail. */
function RetireProblem({ error }: { error: unknown }) {
  // A version conflict (someone else changed it) says so; the state or a rule refusing it is explained here.
  if (!isApiError(error) || error.status !== 409 || error.isConflict) return <ErrorSummary error={error} />;
  return (
    <div className="nhsuk-error-summary" role="alert" aria-labelledby="retire-problem-title">
      <h2 className="nhsuk-error-summary__title" id="retire-problem-title">
        This cannot be retired yet
      </h2>
      <div className="nhsuk-error-summary__body">
        {error.problem.detail && <p>{error.problem.detail}</p>}
        <p>
          A focus area or ambition with active ambitions or themes under it cannot be retired: retire them, or merge
          them into another theme, first. If someone else retired or changed it meanwhile, reload the page to see it.
        </p>
      </div>
    </div>
  );
}

/** Retire: it keeps its history (tags, outcome links) but leaves the tree and takes no new tags. */
export function RetireTheme({ theme }: { theme: Theme }) {
  const retire = useRetireTheme(theme.id ?? '');
  return (
    <>
      <p>
        It keeps its {theme.feedbackCount ?? 0} feedback tags and its outcome links, leaves the tree and takes no new
        tags. This cannot be undone.
      </p>
      {retire.error ? <RetireProblem error={retire.error} /> : null}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--warning"
        disabled={retire.isPending}
        onClick={() => retire.mutate(theme.version ?? 0)}
      >
        {retire.isPending ? 'Retiring…' : `Retire ${theme.name ?? 'theme'}`}
      </button>
    </>
  );
}

/** Merge into another theme: choose the target, then confirm; everything moves to the target. */
export function MergeTheme({
  theme,
  themes,
  onMerged,
}: {
  theme: Theme;
  themes: readonly Theme[];
  onMerged: (target: Theme) => void;
}) {
  const [targetId, setTargetId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const merge = useMergeTheme(theme.id ?? '');
  const excluded = subtreeIds(themes, theme.id ?? '');
  const targets = themeOptions(themes).filter((o) => !excluded.has(o.id));
  const target = targets.find((t) => t.id === targetId);
  return (
    <>
      <p>
        Its feedback tags, outcome links and anything under it move to the theme you choose, and it is retired as
        merged.
      </p>
      <ErrorSummary error={merge.error} fields={{ targetId: 'merge-target' }} />
      <Select
        id="merge-target"
        label="Merge into"
        value={targetId}
        onChange={(v) => {
          setTargetId(v);
          setConfirming(false);
        }}
        options={[
          { value: '', label: 'Choose a theme' },
          ...targets.map((o) => ({ value: o.id, label: indentedLabel(o) })),
        ]}
      />
      {!confirming && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={!target}
          onClick={() => setConfirming(true)}
        >
          Merge…
        </button>
      )}
      {confirming && target && (
        <div className="nhsuk-warning-callout" role="region" aria-labelledby="merge-confirm-title">
          <h2 className="nhsuk-warning-callout__label" id="merge-confirm-title">
            <span>
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Merge “{theme.name}” into “{target.name}”?
            </span>
          </h2>
          <p>
            Its {theme.feedbackCount ?? 0} feedback tags move to “{target.name}” and “{theme.name}” is retired. This
            cannot be undone.
          </p>
          <div className="tandem-inline-actions">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning"
              disabled={merge.isPending}
              onClick={() =>
                // Not mutate's onSuccess: the merged theme retires, so this form leaves the page before it would run.
                merge
                  .mutateAsync({ targetId: target.id, version: theme.version ?? 0 })
                  .then(onMerged)
                  .catch(() => {
                    // merge.error shows the problem above.
                  })
              }
            >
              {merge.isPending ? 'Merging…' : 'Yes, merge'}
            </button>
            <button type="button" className="tandem-link-button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
