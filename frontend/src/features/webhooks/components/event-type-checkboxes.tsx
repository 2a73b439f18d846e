import { entityLabel, groupEventTypes, isWildcard, toggleEventType } from '../api/event-type-groups';
import type { WebhookEventType } from '../api/webhooks';

interface EventTypeCheckboxesProps {
  /** The id of the first checkbox, so an error summary can link to the question. */
  id: string;
  catalogue: readonly WebhookEventType[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
}

function checkboxId(id: string, type: string, first: boolean): string {
  return first ? id : `${id}-${type.replace(/[^a-z0-9-]/gi, '-')}`;
}

/** The event types to send, one group of checkboxes (fieldset and legend) per entity type. */
export function EventTypeCheckboxes({ id, catalogue, selected, onChange, error }: EventTypeCheckboxesProps) {
  const groups = groupEventTypes(catalogue);
  const errorId = error ? `${id}-error` : undefined;
  const firstType = groups[0]?.all?.type ?? groups[0]?.events[0]?.type;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(' ')}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Events to send</legend>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          Choose all events of a kind of record, or single events. You only receive events about records your
          organisation may see.
        </div>
        {error && (
          <span className="nhsuk-error-message" id={errorId}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        {groups.map((group) => {
          const allTicked = group.all?.type !== undefined && selected.includes(group.all.type);
          return (
            <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-4" key={group.entityType}>
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                {entityLabel(group.entityType)}
              </legend>
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                {[...(group.all ? [group.all] : []), ...group.events].map((eventType) => {
                  const type = eventType.type ?? '';
                  const wildcard = isWildcard(type);
                  const inputId = checkboxId(id, type, type === firstType);
                  const hintId = `${inputId}-hint`;
                  return (
                    <div className="nhsuk-checkboxes__item" key={type}>
                      <input
                        className="nhsuk-checkboxes__input"
                        id={inputId}
                        type="checkbox"
                        value={type}
                        checked={selected.includes(type) || (!wildcard && allTicked)}
                        disabled={!wildcard && allTicked}
                        onChange={(e) => onChange(toggleEventType(selected, group, type, e.target.checked))}
                        aria-describedby={hintId}
                      />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={inputId}>
                        {wildcard
                          ? `All events of ${entityLabel(group.entityType).toLowerCase()}`
                          : eventType.description}
                      </label>
                      <div className="nhsuk-hint nhsuk-checkboxes__hint" id={hintId}>
                        <code>{type}</code>
                        {wildcard && ', including any added later'}
                      </div>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
      </fieldset>
    </div>
  );
}
