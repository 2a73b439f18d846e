package org.tandem.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.common.persistence.VersionedEntity;

@Entity
@Table(name = "partnership_member")
public class PartnershipMember extends VersionedEntity {
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(name = "person_id", nullable = false)
    public UUID personId;
    @Enumerated(EnumType.STRING)
    public MemberRole role;
    public String title;
    @Column(name = "started_on")
    public LocalDate startedOn;
    @Column(name = "ended_on")
    public LocalDate endedOn;

    public enum MemberRole { CHAIR, VICE_CHAIR, MEMBER, OFFICER }
}
