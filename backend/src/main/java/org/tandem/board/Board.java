package org.tandem.board;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.change.Audited;
import org.tandem.common.change.ChangeValues;
import org.tandem.common.persistence.LifecycleStatus;
import org.tandem.common.security.ScopedBodyEntity;

/** A decision-making body, such as a Health and Wellbeing Board, that partnerships report to. */
@Published
@Entity
public class Board extends ScopedBodyEntity implements Audited {
    public boolean statutory;

    @ElementCollection
    @CollectionTable(name = "board_organisation", joinColumns = @JoinColumn(name = "board_id"))
    @Column(name = "organisation_id")
    public Set<UUID> participantOrganisationIds = new HashSet<>();

    @Override
    public Set<UUID> participantOrganisationIds() {
        return participantOrganisationIds;
    }

    /**
     * Applies {@code edits} to the fields and moves to {@code next} by the transition table of {@link LifecycleStatus}:
     * an archived board is kept as it was, so editing one without restoring it is refused.
     */
    void revise(LifecycleStatus next, Runnable edits) {
        status = status.revise(next, "board", () -> ChangeValues.plainState(auditState()), edits);
    }

    /** The table's moves from the current status, as actions; EDIT only while it may be edited. */
    List<BoardAction> actionsNow() {
        List<BoardAction> actions = new ArrayList<>();
        if (status.editable()) {
            actions.add(BoardAction.EDIT);
        }
        for (LifecycleStatus next : LifecycleStatus.values()) {
            if (status.next().contains(next)) {
                actions.add(next == LifecycleStatus.ARCHIVED ? BoardAction.ARCHIVE : BoardAction.RESTORE);
            }
        }
        actions.add(BoardAction.DELETE);
        return actions;
    }

    @Override
    public String auditType() {
        return "board";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public UUID auditOrganisationId() {
        return ownerOrganisationId;
    }

    @Override
    public AuditRef auditBody() {
        return new AuditRef("board", id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("description", description);
        state.put("statutory", statutory);
        state.put("website", website);
        state.put("status", status);
        state.put("participantOrganisationIds", participantOrganisationIds);
        return state;
    }
}
