import { useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { Details, Paragraphs, Tag } from '@/components/page';
import { formatTimeRange, londonParts } from '@/lib/dates';
import { useDeleteAgendaItem, useReorderAgenda, type AgendaItem } from '../api/agenda';
import { useMeeting, type Meeting } from '../api/meetings';
import { AgendaItemForm } from './agenda-item-form';
import { KIND_LABELS } from './meeting-labels';

/** One item as everyone sees it: time, title, presenter, notes and decisions. */
export function AgendaItemContent({ item, headingLevel = 3 }: { item: AgendaItem; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const plain = item.kind === 'ARRIVALS' || item.kind === 'BREAK';
  return (
    <>
      {item.plannedStart && (
        <p className="tandem-agenda__time">{formatTimeRange(item.plannedStart, item.plannedEnd)}</p>
      )}
      <Heading className="tandem-agenda__title">
        {item.title} {item.kind && item.kind !== 'ITEM' && <Tag colour="grey">{KIND_LABELS[item.kind]}</Tag>}
      </Heading>
      {item.presenter && <p className="nhsuk-body-s">Presented by {item.presenter}</p>}
      {!plain && item.notes && (
        <div className="tandem-agenda__notes">
          <Paragraphs text={item.notes} />
        </div>
      )}
      {item.decisions && item.decisions.length > 0 && (
        <div className="tandem-agenda__decisions">
          <p className="nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-1">Decisions</p>
          <ol className="nhsuk-list nhsuk-list--number">
            {item.decisions.map((d) => (
              <li key={d.id}>{d.text}</li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}

interface AgendaProps {
  meeting: Meeting;
  canEdit: boolean;
}

/** The agenda in order; for those who run the meeting also its builder (add, edit, reorder, remove). */
export function Agenda({ meeting, canEdit }: AgendaProps) {
  const meetingId = meeting.id ?? '';
  const { refetch } = useMeeting(meetingId);
  const reorder = useReorderAgenda(meetingId);
  const remove = useDeleteAgendaItem(meetingId);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [confirmingDelete, setConfirmingDelete] = useState<string | undefined>(undefined);
  const [addKey, setAddKey] = useState(0);
  const items = [...(meeting.agendaItems ?? [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const [addOpen, setAddOpen] = useState(items.length === 0);
  const meetingDate = meeting.date ?? '';
  const last = items.at(-1);
  const suggestedStart = last?.plannedEnd
    ? londonParts(last.plannedEnd).time
    : meeting.timeConfirmed && meeting.startsAt
      ? londonParts(meeting.startsAt).time
      : '';

  const move = (index: number, by: -1 | 1) => {
    const ids = items.map((i) => i.id ?? '');
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(index + by, 0, moved);
    reorder.mutate({ version: meeting.version ?? 0, itemIds: ids });
  };
  const reloadItem = (id: string | undefined) => async () =>
    (await refetch()).data?.agendaItems?.find((i) => i.id === id);

  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      <ErrorSummary error={reorder.error ?? remove.error} />
      {items.length === 0 && <p>The agenda is empty.</p>}
      <ol className="tandem-agenda" aria-busy={reorder.isPending}>
        {items.map((item, index) => (
          <li key={item.id} className="tandem-agenda__item" id={`agenda-item-${item.id}`}>
            {editing === item.id ? (
              <AgendaItemForm
                meetingId={meetingId}
                meetingDate={meetingDate}
                item={item}
                reloadItem={reloadItem(item.id)}
                onDone={() => setEditing(undefined)}
                showPresenter={!meeting.peopleHidden}
              />
            ) : (
              <>
                <AgendaItemContent item={item} />
                {canEdit && (
                  <div className="tandem-agenda__controls">
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      onClick={() => setEditing(item.id)}
                    >
                      Edit, notes and decisions<span className="nhsuk-u-visually-hidden">: {item.title}</span>
                    </button>
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      onClick={() => move(index, -1)}
                      disabled={index === 0 || reorder.isPending}
                    >
                      Move up<span className="nhsuk-u-visually-hidden">: {item.title}</span>
                    </button>
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      onClick={() => move(index, 1)}
                      disabled={index === items.length - 1 || reorder.isPending}
                    >
                      Move down<span className="nhsuk-u-visually-hidden">: {item.title}</span>
                    </button>
                    {confirmingDelete === item.id ? (
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
                        disabled={remove.isPending}
                        onClick={() => item.id && remove.mutate({ itemId: item.id, version: item.version ?? 0 })}
                      >
                        Yes, remove “{item.title}”
                      </button>
                    ) : (
                      <button type="button" className="tandem-link-button" onClick={() => setConfirmingDelete(item.id)}>
                        Remove<span className="nhsuk-u-visually-hidden">: {item.title}</span>
                      </button>
                    )}
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      {canEdit && (
        <Details summary="Add an agenda item" open={addOpen} onToggle={setAddOpen}>
          <AgendaItemForm
            key={addKey}
            meetingId={meetingId}
            meetingDate={meetingDate}
            suggestedStart={suggestedStart}
            reloadItem={async () => undefined}
            onDone={() => setAddKey((k) => k + 1)}
            showPresenter={!meeting.peopleHidden}
          />
        </Details>
      )}
    </section>
  );
}
