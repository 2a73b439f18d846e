package org.tandem.feedback;

import java.util.List;
import java.util.UUID;
import org.tandem.common.problem.Problem;

/** Who gave a feedback item, as a request names them, with the names of the fields that carried it. */
record Contributor(UUID personId, String email, Boolean consent, String personField, String emailField, String consentField) {
    Contributor {
        email = email == null || email.isBlank() ? null : email.trim();
    }

    boolean consented() {
        return Boolean.TRUE.equals(consent);
    }

    /** An address is kept only with consent; consent is given by someone. Whether the person may be named is the caller's. */
    void check(String prefix, List<Problem.FieldError> errors) {
        if (email != null && !consented()) {
            errors.add(new Problem.FieldError(prefix + consentField,
                    "must be true to keep an email address: they must have agreed to be contacted about what happens next"));
        }
        if (consented() && email == null && personId == null) {
            errors.add(new Problem.FieldError(prefix + consentField, "is given by someone: name the person or their email address"));
        }
    }
}
