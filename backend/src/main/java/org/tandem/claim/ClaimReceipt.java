package org.tandem.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.change.Audited;
import org.tandem.common.ids.RandomUuids;

/** What is known about a receipt; its bytes are a {@link ReceiptContent}, loaded only to download it. */
@Entity
@Table(name = "claim_receipt")
public class ClaimReceipt extends PanacheEntityBase implements Audited {
    /** The file's name (often the claimant's own, or where they went) and the sign-in that uploaded it. */
    private static final Set<String> PERSONAL = Set.of("filename", "uploadedBySubject");

    @Id
    public UUID id = RandomUuids.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_line_id", nullable = false, updatable = false)
    public ClaimLine line;

    public String filename;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public int sizeBytes;
    public String sha256;
    @Column(name = "uploaded_by_subject")
    public String uploadedBySubject;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    @Override
    public String auditType() {
        return "claim-receipt";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    /** A receipt is evidence for a claim: its history is the claim's. */
    @Override
    public AuditRef auditParent() {
        return new AuditRef("claim", line.claim.id);
    }

    @Override
    public UUID auditOrganisationId() {
        return line.claim.organisationId;
    }

    @Override
    public AuditRef auditBody() {
        return line.claim.auditBody();
    }

    /** What is known about the file, never its bytes: the checksum says which file it was. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("claimLineId", line.id);
        state.put("filename", filename);
        state.put("contentType", contentType);
        state.put("sizeBytes", sizeBytes);
        state.put("sha256", sha256);
        state.put("uploadedBySubject", uploadedBySubject);
        state.put("uploadedAt", uploadedAt);
        return state;
    }

    @Override
    public Set<String> personalFields() {
        return PERSONAL;
    }

    @Override
    public UUID personalDataSubject() {
        return line.claim.claimantPersonId;
    }
}
