package org.tandem.partnership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
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

/** A standing group such as a people's partnership; a hub is a partnership with a parent. */
@Published
@Entity
public class Partnership extends ScopedBodyEntity implements Audited {
    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "terms_of_reference")
    public String termsOfReference;

    @ElementCollection
    @CollectionTable(name = "partnership_success_criterion", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> successCriteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "partnership_organisation", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "organisation_id")
    public Set<UUID> participantOrganisationIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "partnership_board", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "board_id")
    public Set<UUID> boardIds = new HashSet<>();

    @Override
    public Set<UUID> participantOrganisationIds() {
        return participantOrganisationIds;
    }

    /**
     * Applies {@code edits} to the fields and moves to {@code next} by the transition table of {@link LifecycleStatus}:
     * an archived partnership is kept as it was, so editing one without restoring it is refused.
     */
    void revise(LifecycleStatus next, Runnable edits) {
        status = status.revise(next, "partnership", () -> ChangeValues.plainState(auditState()), edits);
    }

    @Override
    public String auditType() {
        return "partnership";
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
        return new AuditRef("partnership", id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("description", description);
        state.put("termsOfReference", termsOfReference);
        state.put("website", website);
        state.put("status", status);
        state.put("parentId", parentId);
        state.put("successCriteria", successCriteria);
        state.put("participantOrganisationIds", participantOrganisationIds);
        state.put("boardIds", boardIds);
        return state;
    }
}
