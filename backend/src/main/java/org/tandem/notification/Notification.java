package org.tandem.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A notification as the notification centre reads it; {@link Notifications} writes them. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "recipient_person_id", updatable = false)
    public UUID recipientPersonId;

    @Column(name = "partnership_id", updatable = false)
    public UUID partnershipId;

    @Column(updatable = false)
    public String kind;

    @Column(updatable = false)
    public String title;

    @Column(updatable = false)
    public String body;

    @Column(updatable = false)
    public String link;

    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
