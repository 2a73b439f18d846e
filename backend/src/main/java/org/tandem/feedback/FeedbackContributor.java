package org.tandem.feedback;

import java.util.UUID;
import org.tandem.common.Published;

/**
 * Someone who gave feedback and agreed to be told what became of it: a person of the directory ({@code email} is then
 * theirs, if they have one), or just an address. {@code feedbackId}: the (earliest) feedback item of theirs in question.
 */
@Published
public record FeedbackContributor(UUID personId, String email, UUID feedbackId) {}
