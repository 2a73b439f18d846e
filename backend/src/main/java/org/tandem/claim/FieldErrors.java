package org.tandem.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tandem.common.problem.Problem;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.problem.ProblemType;

/** Collects every broken rule of a request or claim, so that one problem names each field to fix. */
final class FieldErrors {
    private final String prefix;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** @param prefix put before each field, e.g. "lines[2]." for a line within a claim */
    FieldErrors(String prefix) {
        this.prefix = prefix;
    }

    FieldErrors require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new Problem.FieldError(prefix + field, message));
        }
        return this;
    }

    /** @throws ProblemException 400 listing the errors, if any */
    void throwIfInvalid() {
        throwIfAny(ProblemType.VALIDATION);
    }

    /** @throws ProblemException of the given type listing the errors, if any */
    void throwIfAny(ProblemType type) {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
            throw new ProblemException(type, detail, List.copyOf(errors));
        }
    }
}
