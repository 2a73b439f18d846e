package org.tandem.common.change;

import java.util.List;
import java.util.UUID;

/**
 * The sign-ins through which a person acted: their tokens' subjects, which are the trail's actor ids. Anonymising the
 * person passes them to {@link Changes#erasePersonalData}, so that the trail no longer names them as an actor.
 * Implemented by the claim feature, which links sign-ins to people ({@code claim.ClaimantAccounts}); declared here
 * so that the person feature, which the claim feature depends on, can ask without a cycle between them.
 */
public interface PersonAccounts {
    /** The subjects linked to the person, none when none is; never null. */
    List<String> subjectsOf(UUID personId);
}
