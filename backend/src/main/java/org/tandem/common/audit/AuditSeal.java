package org.tandem.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An entry's place in the chain, for reading: written by {@link AuditChain#seal} and never changed. */
@Entity
@Immutable
@Table(name = "audit_seal")
public class AuditSeal extends PanacheEntityBase {
    @Id
    public long seq;
    @Column(name = "entry_id")
    public long entryId;
    @Column(name = "sealed_at")
    public Instant sealedAt;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;
}
