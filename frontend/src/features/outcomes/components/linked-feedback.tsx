import { LoadError } from '@/components/error-summary';
import { formatShortDate } from '@/lib/dates';
import { useFeedbackItems } from '../api/outcomes';

interface LinkedFeedbackProps {
  ids: readonly string[];
  /** Offered while editing: takes one item off the outcome. */
  onRemove?: (id: string) => void;
  /** False for roles the API does not let read feedback (members): only the count is shown. */
  readable?: boolean;
}

/** The feedback behind an outcome, each item's text fetched by its id. */
export function LinkedFeedback({ ids, onRemove, readable = true }: LinkedFeedbackProps) {
  const items = useFeedbackItems(readable ? ids : []);
  if (ids.length === 0) return <p>No feedback is linked.</p>;
  if (!readable)
    return <p>{ids.length === 1 ? '1 piece of feedback is' : `${ids.length} pieces of feedback are`} linked.</p>;
  return (
    <ul className="nhsuk-list tandem-feedback-list">
      {ids.map((id, i) => {
        const item = items[i];
        return (
          <li key={id} className="tandem-feedback-list__item">
            {item?.isPending && <p className="nhsuk-body-s">Loading the feedback…</p>}
            {item?.isError && <LoadError error={item.error} what="this feedback" />}
            {item?.data && (
              <blockquote className="tandem-quote">
                <p className="tandem-pre-line">{item.data.text}</p>
                <footer className="nhsuk-body-s">
                  Received {formatShortDate(item.data.receivedOn)}
                  {item.data.area ? `, ${item.data.area}` : ''}
                  {item.data.themes && item.data.themes.length > 0
                    ? `. Themes: ${item.data.themes.map((t) => t.name).join(', ')}`
                    : ''}
                </footer>
              </blockquote>
            )}
            {onRemove && (
              <button type="button" className="tandem-link-button" onClick={() => onRemove(id)}>
                Remove <span className="nhsuk-u-visually-hidden">feedback {i + 1} from this outcome</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
