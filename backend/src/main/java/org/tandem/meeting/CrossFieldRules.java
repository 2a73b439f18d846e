package org.tandem.meeting;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rules that span several fields of a request (an end after its start, a venue for an in-person meeting). They run
 * with Bean Validation, so a client gets every broken field in one 400, each named in {@code errors[].field}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CrossFieldRules.Validator.class)
public @interface CrossFieldRules {
    String message() default "is not valid";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};

    /** A request that checks its own cross-field rules. */
    interface Checked {
        void check(Violations violations);
    }

    /** Collects the broken rules, each against the field a client should fix. */
    final class Violations {
        private final ConstraintValidatorContext context;
        private boolean valid = true;

        Violations(ConstraintValidatorContext context) {
            this.context = context;
        }

        /** Reports {@code message} against {@code field} unless {@code ok}. */
        void require(boolean ok, String field, String message) {
            if (!ok) {
                valid = false;
                context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
                        .addPropertyNode(field).addConstraintViolation();
            }
        }
    }

    class Validator implements ConstraintValidator<CrossFieldRules, Checked> {
        @Override
        public boolean isValid(Checked request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            Violations violations = new Violations(context);
            request.check(violations);
            return violations.valid;
        }
    }
}
