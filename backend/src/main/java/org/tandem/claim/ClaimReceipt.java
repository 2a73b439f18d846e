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
import java.util.UUID;

/** What is known about a receipt; its bytes are a {@link ReceiptContent}, loaded only to download it. */
@Entity
@Table(name = "claim_receipt")
public class ClaimReceipt extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

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
}
