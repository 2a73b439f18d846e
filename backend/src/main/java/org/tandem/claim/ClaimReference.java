package org.tandem.claim;

import org.tandem.common.Published;

/** What people quote to finance for a claim: C000042. */
@Published
public final class ClaimReference {
    private ClaimReference() {}

    public static String of(long number) {
        return String.format("C%06d", number);
    }
}
