package org.tandem.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first response to a request sent with an Idempotency-Key, replayed when the same request is retried. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {
    @EmbeddedId
    public Key id;
    @Column(name = "request_hash")
    public String requestHash;
    public int status;
    public String response;
    public String location;
    @Column(name = "created_at")
    public Instant createdAt;

    @Embeddable
    public static class Key implements Serializable {
        public String caller;
        @Column(name = "idem_key")
        public String key;

        protected Key() {}

        public Key(String caller, String key) {
            this.caller = caller;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caller, k.caller) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, key);
        }
    }
}
