package org.tandem.common.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.tandem.common.problem.ProblemException;

/** Lets the database's unique constraints, which also hold against concurrent requests, answer as 409 problems. */
public final class Constraints {
    private Constraints() {}

    /**
     * Flushes the changes so far.
     * @throws ProblemException 409 with {@code detail} when the flush breaks the unique constraint {@code name}
     */
    public static void flushUnique(String name, String detail) {
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException violation && name.equals(violation.getConstraintName())) {
                    throw ProblemException.businessRule(detail);
                }
            }
            throw e;
        }
    }
}
