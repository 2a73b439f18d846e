package org.tandem.claim;

/** Who did something to a claim: their token subject (stable) and their name at the time (for people to read). */
record Actor(String subject, String name) {}
