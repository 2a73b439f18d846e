package org.tandem.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.persistence.TimestampedEntity;

/** Someone who takes part. Personal data: never exported or shown publicly; anonymised on request. */
@Published
@Entity
public class Person extends TimestampedEntity {
    public static final String ANONYMISED_NAME = "Anonymised person";

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(name = "display_name")
    public String displayName;
    public String affiliation;
    public String email;
    public String phone;
    @Column(name = "accessibility_needs")
    public String accessibilityNeeds;
    @Column(name = "consent_to_contact")
    public boolean consentToContact;
    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    /** Erases what identifies the person while meetings, attendance and claims keep pointing at the record. */
    public void anonymise() {
        displayName = ANONYMISED_NAME;
        affiliation = null;
        email = null;
        phone = null;
        accessibilityNeeds = null;
        consentToContact = false;
        anonymisedAt = Instant.now();
    }
}
