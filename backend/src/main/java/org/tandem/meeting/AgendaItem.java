package org.tandem.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;
import org.tandem.common.Published;
import org.tandem.common.persistence.VersionedEntity;
import org.tandem.common.problem.ProblemException;

/**
 * One item of a meeting's agenda: what was planned, what was said (notes) and what was decided. Every revision
 * of its content, decisions included, is a new version; moving it on the agenda is not (the order is the meeting's).
 */
@Published
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends VersionedEntity implements Positioned, MeetingPart {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    public Meeting meeting;

    /** The order belongs to the meeting and its version: moving an item does not change the item's version. */
    @OptimisticLock(excluded = true)
    public int position;
    @Enumerated(EnumType.STRING)
    public AgendaItemKind kind;
    public String title;
    @Column(name = "planned_start")
    public Instant plannedStart;
    @Column(name = "planned_end")
    public Instant plannedEnd;
    public String presenter;
    public String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    /** When its content last changed; stamped by {@link #revised()}, not on every write, so moves leave it alone. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = createdAt;

    @OneToMany(mappedBy = "agendaItem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Decision> decisions = new ArrayList<>();

    @Override
    public void position(int position) {
        this.position = position;
    }

    /** A decision as a request states it: an existing one names its id, a new one has none. */
    public record DecisionText(UUID id, String text) {}

    /**
     * Makes the decisions read {@code wanted}, in that order: decisions named by id keep their id, new ones get
     * one, and those left out are removed.
     */
    public void recordDecisions(List<DecisionText> wanted) {
        Map<UUID, Decision> existing = new HashMap<>();
        decisions.forEach(d -> existing.put(d.id, d));
        Set<UUID> seen = new HashSet<>();
        List<Decision> result = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            DecisionText text = wanted.get(i);
            Decision decision = text.id() == null ? newDecision() : existing.get(text.id());
            if (decision == null || !seen.add(decision.id)) {
                throw ProblemException.invalid("decisions[" + i + "].id",
                        "must name a decision of this agenda item, at most once");
            }
            decision.text = text.text().strip();
            result.add(decision);
        }
        decisions.clear();
        decisions.addAll(result);
        Positioned.renumber(decisions);
    }

    /**
     * Records that the item was revised. Decisions have no version of their own, and a changed decision does not
     * make the item dirty, so each revision stamps the item: the item's version then covers its decisions.
     */
    public void revised() {
        updatedAt = Instant.now();
    }

    private Decision newDecision() {
        Decision decision = new Decision();
        decision.agendaItem = this;
        return decision;
    }

    @Override
    public String auditType() {
        return "agenda-item";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public Meeting partOf() {
        return meeting;
    }

    /**
     * Its content with its decisions (ids and wording, in order), which have no version of their own. Not its
     * position: the order is the meeting's ({@code agendaOrder}).
     */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("meetingId", meeting.id);
        state.put("kind", kind);
        state.put("title", title);
        state.put("plannedStart", plannedStart);
        state.put("plannedEnd", plannedEnd);
        state.put("presenter", presenter);
        state.put("notes", notes);
        state.put("decisionIds", decisions.stream().map(d -> d.id).toList());
        state.put("decisions", decisions.stream().map(d -> d.text).toList());
        return state;
    }

    /** The presenter is a person's name typed onto the item, about no one in the directory. */
    @Override
    public Set<String> personalFields() {
        return Set.of("presenter");
    }
}
