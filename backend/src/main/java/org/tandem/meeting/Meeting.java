package org.tandem.meeting;

import org.tandem.common.web.LondonTime;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.common.Published;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.problem.ProblemException;

/**
 * A meeting of one partnership or one board, with its agenda, register, actions and documents. Its version
 * changes with its own fields and with the order of its agenda; the children carry versions of their own.
 */
@Published
@Entity
public class Meeting extends TimestampedEntity implements Audited {
    /**
     * The meeting's status moves: the one table that {@link #cancel}, {@link #markHeld} and the views'
     * allowedActions read. Held and cancelled are final.
     */
    static final Map<MeetingStatus, Set<MeetingStatus>> STATUS_MOVES = Map.of(
            MeetingStatus.PLANNED, EnumSet.of(MeetingStatus.HELD, MeetingStatus.CANCELLED),
            MeetingStatus.HELD, EnumSet.noneOf(MeetingStatus.class),
            MeetingStatus.CANCELLED, EnumSet.noneOf(MeetingStatus.class));

    @Column(name = "partnership_id", updatable = false)
    public UUID partnershipId;

    @Column(name = "board_id", updatable = false)
    public UUID boardId;

    public String title;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    /** False while only the date is known (time "TBC"); {@link #startsAt} is then midnight in London. */
    @Column(name = "time_confirmed")
    public boolean timeConfirmed = true;
    @Enumerated(EnumType.STRING)
    public MeetingFormat format;
    public String venue;
    @Column(name = "online_link")
    public String onlineLink;
    @Enumerated(EnumType.STRING)
    public MeetingStatus status = MeetingStatus.PLANNED;
    @Column(name = "cancellation_reason")
    public String cancellationReason;
    /** Under the Chatham House rule, what is said is recorded but never attributed to a named person. */
    @Column(name = "chatham_house")
    public boolean chathamHouse;
    public String summary;
    /** Set while the notes are published on the partnership's public page. */
    @Column(name = "notes_published_at")
    public Instant notesPublishedAt;
    /** The people who attended without being on the register, counted per category. */
    @Embedded
    UnnamedAttendance unnamedAttendance = new UnnamedAttendance();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgendaItem> agendaItems = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Attendance> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<MeetingDocument> documents = new ArrayList<>();

    /** Read-only here: actions are created and changed on their own, as they outlive the meeting. */
    @OneToMany(mappedBy = "meeting")
    @OrderBy("createdAt, id")
    public List<MeetingAction> actions = new ArrayList<>();

    /** Read-only here: members answer on their own, through their "My meetings". */
    @OneToMany(mappedBy = "meeting")
    @OrderBy("respondedAt, id")
    public List<MeetingResponse> responses = new ArrayList<>();

    /** Sets the time; with the time not confirmed only the London date of {@code start} is kept. */
    public void schedule(Instant start, Instant end, boolean confirmed) {
        timeConfirmed = confirmed;
        startsAt = confirmed ? start : LondonTime.startOf(LondonTime.dateOf(start));
        endsAt = confirmed ? end : null;
    }

    /** The organisation owning the partnership or board, looked up once: it holds the meeting's trail. */
    @Transient
    private UUID holdingOrganisationId;

    public boolean canMoveTo(MeetingStatus next) {
        return STATUS_MOVES.get(status).contains(next);
    }

    /**
     * What the meeting's state allows now, whoever asks: editing until it is cancelled, the status moves of
     * {@link #STATUS_MOVES} (held once it has started by {@code now}), and its notes published while it is held
     * and taken off again. The intention methods refuse what this leaves out.
     */
    public Set<MeetingOperation> allowedOperations(Instant now) {
        Set<MeetingOperation> allowed = EnumSet.noneOf(MeetingOperation.class);
        if (status != MeetingStatus.CANCELLED) {
            allowed.add(MeetingOperation.EDIT);
        }
        if (canMoveTo(MeetingStatus.CANCELLED)) {
            allowed.add(MeetingOperation.CANCEL);
        }
        if (canMoveTo(MeetingStatus.HELD) && !startsAt.isAfter(now)) {
            allowed.add(MeetingOperation.MARK_HELD);
        }
        if (status == MeetingStatus.HELD && notesPublishedAt == null) {
            allowed.add(MeetingOperation.PUBLISH_NOTES);
        }
        if (notesPublishedAt != null) {
            allowed.add(MeetingOperation.UNPUBLISH_NOTES);
        }
        return allowed;
    }

    /** @throws ProblemException 409 when the meeting was cancelled: it is kept as it was */
    public void requireNotCancelled() {
        if (!allowedOperations(Instant.now()).contains(MeetingOperation.EDIT)) {
            throw ProblemException.transitionNotAllowed("The meeting was cancelled and can no longer be changed.");
        }
    }

    /** @throws ProblemException 409 unless the meeting is still planned */
    public void cancel(String reason) {
        requireMove(MeetingStatus.CANCELLED, "cancelled");
        status = MeetingStatus.CANCELLED;
        cancellationReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** @throws ProblemException 409 unless the meeting is planned and has started by {@code now} */
    public void markHeld(Instant now) {
        requireMove(MeetingStatus.HELD, "marked as held");
        if (startsAt.isAfter(now)) {
            throw ProblemException.businessRule("The meeting has not started yet, so it cannot have been held.");
        }
        status = MeetingStatus.HELD;
    }

    /** @throws ProblemException 409 unless the meeting was held and its notes are not published yet */
    public void publishNotes(Instant now) {
        if (!allowedOperations(now).contains(MeetingOperation.PUBLISH_NOTES)) {
            throw ProblemException.transitionNotAllowed(notesPublishedAt != null ? "The notes are published already."
                    : "The meeting is " + status + ": only the notes of a held meeting can be published.");
        }
        notesPublishedAt = now;
    }

    /** @throws ProblemException 409 when the notes are not published */
    public void unpublishNotes() {
        if (!allowedOperations(Instant.now()).contains(MeetingOperation.UNPUBLISH_NOTES)) {
            throw ProblemException.transitionNotAllowed("The notes are not published.");
        }
        notesPublishedAt = null;
    }

    private void requireMove(MeetingStatus next, String transition) {
        if (!canMoveTo(next)) {
            throw ProblemException.transitionNotAllowed("The meeting is " + status + ", so it cannot be " + transition + ".");
        }
    }

    public AgendaItem addAgendaItem(AgendaItem item) {
        item.meeting = this;
        return Positioned.append(agendaItems, item);
    }

    public void removeAgendaItem(AgendaItem item) {
        Positioned.remove(agendaItems, item);
    }

    /** Puts the agenda in the order of {@code itemIds}, which must name every item once; changes the meeting's version. */
    public void reorderAgenda(List<UUID> itemIds) {
        Set<UUID> current = agendaItems.stream().map(i -> i.id).collect(Collectors.toSet());
        if (itemIds.size() != current.size() || !current.equals(new HashSet<>(itemIds))) {
            throw ProblemException.invalid("itemIds", "must list each of the meeting's " + current.size()
                    + " agenda items exactly once");
        }
        agendaItems.sort((a, b) -> Integer.compare(itemIds.indexOf(a.id), itemIds.indexOf(b.id)));
        Positioned.renumber(agendaItems);
        updatedAt = Instant.now();
    }

    public Optional<AgendaItem> agendaItem(UUID itemId) {
        return agendaItems.stream().filter(i -> i.id.equals(itemId)).findFirst();
    }

    public Optional<Attendance> attendanceOf(UUID personId) {
        return attendance.stream().filter(a -> a.personId.equals(personId)).findFirst();
    }

    /** @throws ProblemException 409 when the person is on the register already */
    public Attendance addAttendance(Attendance entry) {
        if (attendanceOf(entry.personId).isPresent()) {
            throw ProblemException.businessRule("That person is on the register already: update their entry instead.");
        }
        entry.meeting = this;
        return Positioned.append(attendance, entry);
    }

    public void removeAttendance(Attendance entry) {
        Positioned.remove(attendance, entry);
    }

    /** Never null, even for a meeting loaded with no counts. */
    public UnnamedAttendance unnamedAttendance() {
        if (unnamedAttendance == null) {
            unnamedAttendance = new UnnamedAttendance();
        }
        return unnamedAttendance;
    }

    /** Replaces the counts of people who attended without being on the register; @throws ProblemException 409 when cancelled */
    public void countUnnamedAttendees(int layMembers, int serviceUsers, int professionals, int stakeholders) {
        requireNotCancelled();
        UnnamedAttendance counts = new UnnamedAttendance();
        counts.layMembers = layMembers;
        counts.serviceUsers = serviceUsers;
        counts.professionals = professionals;
        counts.stakeholders = stakeholders;
        unnamedAttendance = counts;
    }

    public MeetingDocument addDocument(MeetingDocument document) {
        document.meeting = this;
        return Positioned.append(documents, document);
    }

    public void removeDocument(MeetingDocument document) {
        Positioned.remove(documents, document);
    }

    /** @throws ProblemException 409 unless the meeting is still planned: a held or cancelled one takes no answers */
    void requireOpenForResponses() {
        if (status != MeetingStatus.PLANNED) {
            throw ProblemException.transitionNotAllowed("The meeting is " + status + ": answers are taken only before it is held.");
        }
    }

    /** Everyone the meeting names: its register, the owners of its actions and the members who answered. */
    public Set<UUID> linkedPersonIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        attendance.forEach(a -> ids.add(a.personId));
        responses.forEach(r -> ids.add(r.personId));
        actions.stream().map(a -> a.ownerPersonId).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** The people on the register who consented to be named on the public page. */
    public Set<UUID> publiclyNamedPersonIds() {
        return attendance.stream().filter(Attendance::namedPublicly).map(a -> a.personId).collect(Collectors.toSet());
    }

    @Override
    public String auditType() {
        return "meeting";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    /** The organisation owning its partnership or board. */
    @Override
    public UUID auditOrganisationId() {
        if (holdingOrganisationId == null) {
            holdingOrganisationId = MeetingAccess.holderOf(partnershipId, boardId).ownerOrganisationId();
        }
        return holdingOrganisationId;
    }

    @Override
    public AuditRef auditBody() {
        return partnershipId != null ? new AuditRef("partnership", partnershipId) : new AuditRef("board", boardId);
    }

    /** Its own fields and the order of its agenda (item ids), which belongs to the meeting and its version. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("partnershipId", partnershipId);
        state.put("boardId", boardId);
        state.put("title", title);
        state.put("startsAt", startsAt);
        state.put("endsAt", endsAt);
        state.put("timeConfirmed", timeConfirmed);
        state.put("format", format);
        state.put("venue", venue);
        state.put("onlineLink", onlineLink);
        state.put("status", status);
        state.put("cancellationReason", cancellationReason);
        state.put("chathamHouse", chathamHouse);
        state.put("summary", summary);
        state.put("notesPublishedAt", notesPublishedAt);
        state.putAll(unnamedAttendance().auditState());
        state.put("agendaOrder", agendaItems.stream().map(i -> i.id).toList());
        return state;
    }
}
