package org.tandem.feedback;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.persistence.TimestampedEntity;

/** One thing people said, from an activity, tagged with themes of the partnership owner's tree. */
@Published
@Entity
public class Feedback extends TimestampedEntity {
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(name = "activity_id")
    public UUID activityId;
    @Column(name = "source_organisation_id", nullable = false, updatable = false)
    public UUID sourceOrganisationId;
    public String text;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    public String area;

    @ElementCollection
    @CollectionTable(name = "feedback_theme", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "theme_id")
    public Set<UUID> themeIds = new HashSet<>();
}
