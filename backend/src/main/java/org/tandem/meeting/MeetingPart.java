package org.tandem.meeting;

import java.util.UUID;
import org.tandem.common.change.Audited;

/** A record that is a part of a meeting: its history belongs to the meeting, and so to the meeting's organisation. */
interface MeetingPart extends Audited {
    Meeting partOf();

    @Override
    default AuditRef auditParent() {
        return new AuditRef("meeting", partOf().id);
    }

    @Override
    default UUID auditOrganisationId() {
        return partOf().auditOrganisationId();
    }

    @Override
    default AuditRef auditBody() {
        return partOf().auditBody();
    }
}
