package org.tandem.common.problem;

/**
 * The catalogue of problems the API answers with. Each type's URI ({@code /problems/{slug}}) is listed in the
 * contract and answers with a page saying what it means and what to do; a client tells them apart by type, not
 * by status: a version conflict means "someone else changed this", a transition not allowed means the record's
 * state does not allow what was asked, a business rule names the rule.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "Request is not valid",
            "A field, parameter or header of the request is missing or not valid. The errors list names each one "
                    + "with what is wrong with it. Correct them and send the request again."),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized",
            "The request carries no valid bearer token. Sign in again (or obtain a new token) and retry."),
    FORBIDDEN(403, "forbidden", "Forbidden",
            "Your role or organisation does not allow this operation on this record."),
    NOT_FOUND(404, "not-found", "Not found",
            "There is no such record, or none that you can see. Records of other organisations are reported as not found."),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed",
            "The path exists but does not accept this HTTP method. The contract lists the methods each path takes."),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable",
            "The server cannot answer in any media type the Accept header allows. Most operations answer application/json."),
    VERSION_CONFLICT(409, "version-conflict", "Version conflict",
            "Someone else changed this record after you loaded it (the version or If-Match you sent is not its "
                    + "current version). Nothing was saved. Reload the record, reapply your change and send it again. "
                    + "Answered with 409 for a stale version in the body and 412 for a stale If-Match header."),
    TRANSITION_NOT_ALLOWED(409, "transition-not-allowed", "Not allowed in this state",
            "The record's current state does not allow this change (for example, closing an action that is closed "
                    + "already, or editing a cancelled meeting). The record's allowedActions lists what may be done now."),
    BUSINESS_RULE(409, "business-rule", "A rule of the service does not allow this",
            "The request is well formed and the record may change in its state, but a rule of the service refuses "
                    + "it; the detail names the rule (for example, a record that others depend on cannot be deleted)."),
    LATE_CLAIM(409, "late-claim", "Past the claim deadline",
            "The reimbursement policy sets a deadline for claims after a meeting, and it has passed."),
    BUDGET_EXCEEDED(409, "budget-exceeded", "Over budget",
            "Approving this claim would take the partnership's budget for the year past its limit. A finance "
                    + "officer may approve it with a budget override reason."),
    RECEIPTS_MISSING(422, "receipts-missing", "Receipts missing",
            "Lines of this claim need a receipt before it can be submitted; the errors list names each line "
                    + "(lines[2].receipts) with what to add."),
    INVOLVEMENT_PAYMENT_UNDECIDED(422, "involvement-payment-undecided", "Involvement payment not decided",
            "The claim has no involvement payment and does not say that the claimant does not want one. Add the "
                    + "involvement payment line, or set declineInvolvementPayment, before submitting it."),
    NOT_LINKED(409, "not-linked", "Sign-in not linked to a person",
            "What you asked for is about you as a person (your meetings, your actions), but nobody has linked your "
                    + "sign-in to a person in your organisation's directory yet. Ask its staff to link it."),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request too large",
            "The request body is larger than the operation accepts; the detail gives the limit."),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type",
            "The body's Content-Type is not one this operation takes (most take application/json), or the content "
                    + "does not match the type it claims."),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency-Key already used",
            "The Idempotency-Key was used before with a different request body. Use a new key for a new request; "
                    + "resend the same body with the same key to get the first answer again."),
    RATE_LIMITED(429, "rate-limited", "Too many requests",
            "You have sent more requests than your rate limit allows in its window (the RateLimit-Policy header "
                    + "states it; RateLimit shows what is left). Nothing was done. Retry after the seconds in Retry-After."),
    INTERNAL(500, "internal", "Internal error",
            "The server could not complete the request. The failure is logged with the request id (X-Request-ID)."),
    DATABASE_UNAVAILABLE(503, "database-unavailable", "Database unavailable",
            "The database cannot be reached just now. Retry after the seconds in Retry-After. A change sent at the "
                    + "moment the connection was lost may have been saved: reload before sending it again."),
    IDENTITY_PROVIDER_UNAVAILABLE(503, "identity-provider-unavailable", "Sign-in service unavailable",
            "Tokens cannot be checked because the sign-in service cannot be reached. Retry after the seconds in Retry-After."),
    REQUEST_REFUSED(400, "request-refused", "Request refused",
            "The request was refused for a reason the detail gives (an HTTP error without a more specific type).");

    /** Type URIs are this path under the service's own address; the page answers at that URI. */
    public static final String PATH = "/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final String description;

    ProblemType(int status, String slug, String title, String description) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    public int status() { return status; }
    public String slug() { return slug; }
    public String title() { return title; }
    public String description() { return description; }
    public String path() { return PATH + slug; }

    public static java.util.Optional<ProblemType> ofSlug(String slug) {
        for (ProblemType type : values()) {
            if (type.slug.equals(slug)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }

    /** The type of a bare HTTP error status raised by the framework. */
    public static ProblemType ofStatus(int status) {
        return switch (status) {
            case 400 -> VALIDATION;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> BUSINESS_RULE;
            case 412 -> VERSION_CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> DATABASE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : REQUEST_REFUSED;
        };
    }
}
