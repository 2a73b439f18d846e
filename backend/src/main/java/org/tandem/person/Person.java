package org.tandem.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;

/** Someone who takes part. Personal data: never exported or shown publicly; anonymised on request. */
@Published
@Entity
public class Person extends TimestampedEntity implements Audited {
    public static final String ANONYMISED_NAME = "Anonymised person";
    /** Everything about them but whether and when they were anonymised. */
    private static final Set<String> PERSONAL = Set.of("displayName", "affiliation", "email", "phone", "accessibilityNeeds",
            "consentToContact");

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
        anonymisedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public String auditType() {
        return "person";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public UUID auditOrganisationId() {
        return organisationId;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("displayName", displayName);
        state.put("affiliation", affiliation);
        state.put("email", email);
        state.put("phone", phone);
        state.put("accessibilityNeeds", accessibilityNeeds);
        state.put("consentToContact", consentToContact);
        state.put("anonymisedAt", anonymisedAt);
        return state;
    }

    @Override
    public Set<String> personalFields() {
        return PERSONAL;
    }

    @Override
    public UUID personalDataSubject() {
        return id;
    }
}
