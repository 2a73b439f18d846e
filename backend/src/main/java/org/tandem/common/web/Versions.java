package org.tandem.common.web;

import java.util.List;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.problem.ProblemType;

/**
 * Optimistic concurrency: every update names the version it was based on (a {@code version} field, or an
 * {@code If-Match} ETag). A stale version is refused rather than silently overwriting someone else's change;
 * Hibernate's {@code @Version} check at flush covers the race between this check and the commit.
 */
public final class Versions {
    /** The If-Match values this service can mean: any version, or one of its ETags (weak or strong). */
    public static final String IF_MATCH_PATTERN = "^(\\*|(W/)?\"[0-9]{1,19}\")$";
    public static final int IF_MATCH_LONGEST = 23;
    private static final java.util.regex.Pattern IF_MATCH = java.util.regex.Pattern.compile(IF_MATCH_PATTERN);

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** @throws ProblemException 400 when neither is given or If-Match is no ETag of ours, 412 when If-Match names another version, 409 when the body's version is stale */
    public static void check(long current, Long requested, String ifMatch) {
        boolean hasIfMatch = ifMatch != null && !ifMatch.isBlank();
        if (requested == null && !hasIfMatch) {
            throw ProblemException.invalid("version", "is required: send the version you loaded (or an If-Match header)");
        }
        if (hasIfMatch) {
            String tag = ifMatch.trim();
            if (!IF_MATCH.matcher(tag).matches()) {
                throw ProblemException.invalid("If-Match", "must be * or an ETag this API gave, such as \"3\"");
            }
            if (!tag.equals("*") && !tag.equals(etag(current)) && !tag.equals("W/" + etag(current))) {
                throw new ProblemException(ProblemType.VERSION_CONFLICT, 412,
                        "If-Match " + tag + " does not match the current version " + etag(current)
                                + ". Reload the record and try again.", List.of());
            }
        }
        if (requested != null && requested != current) {
            throw new ProblemException(ProblemType.VERSION_CONFLICT,
                    "You edited version " + requested + " but the record is now at version " + current
                            + ": someone else changed it. Reload it, reapply your change and try again.",
                    List.of());
        }
    }
}
