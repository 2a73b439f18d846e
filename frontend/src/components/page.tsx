import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { describeProblem } from '@/lib/api/problem';

/** Sets the browser tab's title, as GOV.UK and NHS.UK services do: "Page - Tandem". */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} - Tandem` : 'Tandem';
  }, [title]);
}

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <div className="nhsuk-back-link">
      <Link className="nhsuk-back-link__link" to={to}>
        {children}
      </Link>
    </div>
  );
}

/** A whole page that could not load: 404, 403 or the server, described for a person. */
export function PageError({ error }: { error: unknown }) {
  const { title, detail } = describeProblem(error);
  useDocumentTitle(title);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{title}</h1>
        {detail && <p>{detail}</p>}
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </div>
    </div>
  );
}

type TagColour = 'white' | 'grey' | 'green' | 'aqua-green' | 'blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export function Tag({ colour, children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={`nhsuk-tag${colour ? ` nhsuk-tag--${colour}` : ''}`}>{children}</strong>;
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((r) => (
        <div className="nhsuk-summary-list__row" key={r.key}>
          <dt className="nhsuk-summary-list__key">{r.key}</dt>
          <dd className="nhsuk-summary-list__value">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Multi-line text as paragraphs (terms of reference, notes). */
export function Paragraphs({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} className="tandem-pre-line">
            {p.trim()}
          </p>
        ))}
    </>
  );
}

/** A page holding one form: back link, title, and the form in two thirds of the width. */
export function FormPage({ backTo, title, children }: { backTo: string; title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <>
      <BackLink to={backTo}>Back</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{title}</h1>
          {children}
        </div>
      </div>
    </>
  );
}

/** NHS.UK details: a summary that opens to show more (here, mostly the forms to add things). */
export function Details({
  summary,
  children,
  open,
  onToggle,
}: {
  summary: string;
  children: ReactNode;
  open?: boolean;
  onToggle?: (open: boolean) => void;
}) {
  return (
    <details className="nhsuk-details" open={open} onToggle={onToggle && ((e) => onToggle(e.currentTarget.open))}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}

/** A clickable NHS.UK card in a list: a heading linking to the record, tags, a description. */
export function LinkCard({
  to,
  title,
  tags,
  description,
}: {
  to: string;
  title: ReactNode;
  tags?: ReactNode;
  description?: string;
}) {
  return (
    <li className="nhsuk-card nhsuk-card--clickable">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-s">
          <Link className="nhsuk-card__link" to={to}>
            {title}
          </Link>
        </h2>
        {tags}
        {description && <p className="nhsuk-card__description">{description}</p>}
      </div>
    </li>
  );
}
