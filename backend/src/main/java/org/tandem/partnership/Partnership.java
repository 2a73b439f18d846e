package org.tandem.partnership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.security.ScopedBodyEntity;

/** A standing group such as a people's partnership; a hub is a partnership with a parent. */
@Published
@Entity
public class Partnership extends ScopedBodyEntity {
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
}
