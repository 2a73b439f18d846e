import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { DateRangeFields, type DateRange } from '@/components/date-range-fields';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import type { ThemeTreeNode } from '../api/themes';
import { useThemeInsightTree } from '../api/themes';
import { periodText } from './activity-totals';
import { THEME_KIND_LABELS } from './labels';

interface CountNode {
  theme: ThemeTreeNode;
  children: CountNode[];
}

/** The nodes arrive in tree order (each parent before its children), so one pass nests them. */
function nest(themes: readonly ThemeTreeNode[]): CountNode[] {
  const byId = new Map<string, CountNode>();
  const roots: CountNode[] = [];
  for (const theme of themes) {
    const node = { theme, children: [] };
    byId.set(theme.themeId, node);
    const parent = theme.parentId ? byId.get(theme.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

const items = (n: number) => `${n} feedback ${n === 1 ? 'item' : 'items'}`;

function CountItem({ node }: { node: CountNode }) {
  const { theme, children } = node;
  return (
    <li data-theme-id={theme.themeId}>
      <Link to={`/themes/${theme.themeId}`}>{theme.name}</Link>{' '}
      <span className="tandem-theme-tree__count">
        {THEME_KIND_LABELS[theme.kind]}, {items(theme.countWithDescendants)}
        {children.length > 0 && ` (${theme.count} tagged with it directly)`}
      </span>
      {children.length > 0 && (
        <ul>
          {children.map((c) => (
            <CountItem key={c.theme.themeId} node={c} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Feedback received in a chosen period per theme, counted up the tree: a focus area counts each item under it once,
 * however many of its themes the item is tagged with.
 */
export function ThemePeriodCounts() {
  const [range, setRange] = useState<DateRange>({ from: '', to: '' });
  const [applied, setApplied] = useState<DateRange>(range);
  const tree = useThemeInsightTree({ from: applied.from || undefined, to: applied.to || undefined });
  const show = (e: FormEvent) => {
    e.preventDefault();
    setApplied(range);
  };
  return (
    <section aria-labelledby="theme-period-heading">
      <h2 id="theme-period-heading">Feedback in a period</h2>
      <form className="tandem-filters" onSubmit={show} aria-label="Choose the period to count">
        <DateRangeFields idPrefix="theme-period" value={range} onChange={setRange} />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Count feedback
        </button>
      </form>
      {tree.isPending && <Loading what="Counting feedback" />}
      {tree.isError && <LoadError error={tree.error} what="the counts" />}
      {tree.data && (
        <div aria-live="polite">
          <p data-testid="theme-period-summary">
            {items(tree.data.taggedFeedback)} tagged, received{' '}
            {periodText(tree.data.from ?? undefined, tree.data.to ?? undefined)}.
          </p>
          {tree.data.themes.length > 0 && (
            <ul className="tandem-theme-tree" aria-label="Feedback per theme in the period">
              {nest(tree.data.themes).map((n) => (
                <CountItem key={n.theme.themeId} node={n} />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
