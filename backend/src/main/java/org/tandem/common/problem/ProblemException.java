package org.tandem.common.problem;

import java.util.List;

/** Thrown by domain and resource code to answer with a problem of the catalogue ({@link ProblemType}). */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final int status;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, type.status(), detail, errors);
    }

    /** For a type answered with more than one status (a version conflict is 409 for a body's version, 412 for If-Match). */
    public ProblemException(ProblemType type, int status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.status = status;
        this.errors = errors;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " was not found", List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail, List.of());
    }

    /** The record's state does not allow this change: its transition table has no such move from here. */
    public static ProblemException transitionNotAllowed(String detail) {
        return new ProblemException(ProblemType.TRANSITION_NOT_ALLOWED, detail, List.of());
    }

    /** The request is well formed and allowed in this state, but a rule refuses it (a dependent record, a duplicate). */
    public static ProblemException businessRule(String detail) {
        return new ProblemException(ProblemType.BUSINESS_RULE, detail, List.of());
    }

    public static ProblemException versionConflict(String detail) {
        return new ProblemException(ProblemType.VERSION_CONFLICT, detail, List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** The same problem with another detail and field errors, e.g. to name the item of a batch it came from. */
    public ProblemException about(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(type, status, detail, errors);
    }

    public ProblemType type() { return type; }
    public int status() { return status; }
    public List<Problem.FieldError> errors() { return errors; }
}
