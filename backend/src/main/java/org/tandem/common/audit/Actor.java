package org.tandem.common.audit;

/** Who made a change: a signed-in user, a partner organisation's API client, or the service itself. */
public record Actor(Kind kind, String id, String name) {
    public enum Kind { USER, PARTNER_CLIENT, SYSTEM }

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "tandem", "Tandem");
}
