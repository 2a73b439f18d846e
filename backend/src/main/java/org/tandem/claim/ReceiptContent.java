package org.tandem.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A receipt's file, stored in PostgreSQL beside its metadata (same id). */
@Entity
@Table(name = "claim_receipt_content")
public class ReceiptContent extends PanacheEntityBase {
    @Id
    @Column(name = "receipt_id")
    public UUID receiptId;

    @Column(nullable = false, updatable = false)
    public byte[] content;
}
