package org.tandem.notification;

/** How a notification reaches its person besides the notification centre. */
public enum Delivery {
    /** Only in the notification centre. */
    NONE,
    /** An email at once. */
    IMMEDIATE,
    /** In the next daily digest email. */
    DIGEST
}
