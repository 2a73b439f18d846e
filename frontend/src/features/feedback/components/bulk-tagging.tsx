import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import { ThemePicker, type ThemeOption } from '@/components/theme-picker';
import type { useSelection } from '@/components/use-selection';
import { useTagFeedback } from '../api/feedback';

interface BulkTaggingProps {
  selection: ReturnType<typeof useSelection>;
  options: readonly ThemeOption[];
}

/** The address of the outcome form for the chosen feedback, when it all shares one partnership. */
export function outcomeLink(selection: ReturnType<typeof useSelection>): string | undefined {
  const partnershipId = selection.sharedGroup;
  if (!partnershipId) return undefined;
  const params = new URLSearchParams({ partnershipId, feedbackIds: selection.ids.join(',') });
  return `/outcomes/new?${params.toString().replace(/%2C/g, ',')}`;
}

/** What to do with the ticked feedback: add or remove themes on all of it, or make an outcome of it. */
export function BulkTagging({ selection, options }: BulkTaggingProps) {
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const tag = useTagFeedback();
  const count = selection.count;
  const names = options.filter((o) => themeIds.includes(o.id)).map((o) => o.name);
  const apply = (add: boolean) => {
    setDone('');
    tag.mutate(
      {
        feedbackIds: selection.ids,
        addThemeIds: add ? themeIds : [],
        removeThemeIds: add ? [] : themeIds,
      },
      {
        onSuccess: (items) => {
          setDone(
            `${add ? 'Added' : 'Removed'} ${names.join(', ')} ${add ? 'to' : 'from'} ${items.length} feedback item${items.length === 1 ? '' : 's'}.`,
          );
          setThemeIds([]);
          selection.clear();
        },
      },
    );
  };
  const toOutcome = outcomeLink(selection);
  return (
    <section className="tandem-toolbar" aria-labelledby="bulk-heading">
      <h2 className="nhsuk-heading-s" id="bulk-heading">
        {count === 0 ? 'Tick feedback to tag it together' : `${count} selected`}
      </h2>
      <div role="status" aria-live="polite">
        {done && <p className="tandem-success">{done}</p>}
      </div>
      {count > 0 && (
        <>
          <ErrorSummary error={tag.error} />
          <ThemePicker
            id="bulk-themes"
            label="Themes to add or remove"
            options={options}
            selected={themeIds}
            onChange={setThemeIds}
          />
          <div className="tandem-inline-actions nhsuk-u-margin-bottom-3">
            <button
              type="button"
              className="nhsuk-button"
              disabled={themeIds.length === 0 || tag.isPending}
              onClick={() => apply(true)}
            >
              {tag.isPending ? 'Tagging…' : `Add themes to ${count} selected`}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              disabled={themeIds.length === 0 || tag.isPending}
              onClick={() => apply(false)}
            >
              Remove themes from selected
            </button>
            <button type="button" className="tandem-link-button" onClick={selection.clear}>
              Clear selection
            </button>
          </div>
          {toOutcome ? (
            <Link className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" to={toOutcome}>
              Create outcome from selected
            </Link>
          ) : (
            <>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-1"
                disabled
                aria-describedby="outcome-hint"
              >
                Create outcome from selected
              </button>
              <p className="nhsuk-hint" id="outcome-hint">
                An outcome belongs to one partnership: select feedback of one partnership only.
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
