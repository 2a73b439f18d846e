package org.tandem.common.security;

import java.util.List;

/** Realm roles issued by Keycloak in the {@code roles} claim. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String FINANCE = "finance";
    public static final String ANALYST = "analyst";
    public static final String PARTNER = "partner";
    public static final String MEMBER = "member";
    /** Looks after the whole installation: registers organisations and edits any of them. Belongs to no customer. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    /** The roles that make someone more than a lay member: whoever holds one reads as their organisation does. */
    public static final List<String> NOT_LAY = List.of(ADMIN, STAFF, FINANCE, ANALYST, PARTNER, PLATFORM_ADMIN);

    private Roles() {}
}
