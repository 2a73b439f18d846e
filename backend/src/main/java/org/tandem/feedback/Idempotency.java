package org.tandem.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.problem.Problem;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.problem.ProblemType;
import org.tandem.common.security.CurrentUser;

/**
 * Makes a write safe to retry. With an {@code Idempotency-Key}, the first response is stored with a hash of the
 * request, per caller; the same key with the same request replays it (nothing is created twice); the same key with
 * another request is a 422. Concurrent attempts with one key queue on a transaction-scoped advisory lock of the key,
 * so the first one writes and every other then replays its stored response (none of them answers "retry").
 */
@RequestScoped
public class Idempotency {
    public static final int LONGEST_KEY = 200;

    private final CurrentUser user;
    private final ObjectMapper json;

    Idempotency(CurrentUser user, ObjectMapper json) {
        this.user = user;
        this.json = json;
    }

    /** Result of a write: its status, body and (for a 201) its Location. */
    public record Outcome<T>(int status, T body, URI location) {}

    public <T> RestResponse<T> run(String key, String operation, Object request, Class<T> type, Supplier<Outcome<T>> write) {
        if (key == null) {
            return respond(write.get());
        }
        if (key.isBlank() || key.length() > LONGEST_KEY) {
            throw new ProblemException(ProblemType.VALIDATION, "Idempotency-Key: must be 1 to 200 characters",
                    List.of(new Problem.FieldError("Idempotency-Key", "must be 1 to 200 characters")));
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(user.organisationCode() + "/" + user.subject(), key);
        String hash = hash(operation, request);
        lockForThisTransaction(id);
        IdempotencyRecord stored = IdempotencyRecord.findById(id);
        if (stored != null) {
            if (!stored.requestHash.equals(hash)) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for a different request. Use a new key for a new request.", List.of());
            }
            try {
                T body = json.readValue(stored.response, type);
                return respond(new Outcome<>(stored.status, body, stored.location == null ? null : URI.create(stored.location)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored idempotent response cannot be read", e);
            }
        }
        Outcome<T> outcome = write.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = id;
        record.requestHash = hash;
        record.status = outcome.status();
        record.response = write(outcome.body());
        record.location = outcome.location() == null ? null : outcome.location().toString();
        record.createdAt = Instant.now();
        record.persist();
        return respond(outcome);
    }

    /** Held until commit or rollback, so a waiting attempt reads the record the first one committed. */
    private static void lockForThisTransaction(IdempotencyRecord.Key id) {
        Panache.getEntityManager()
                .createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", id.caller + "\n" + id.key)
                .getSingleResult();
    }

    private static <T> RestResponse<T> respond(Outcome<T> outcome) {
        RestResponse.ResponseBuilder<T> builder = RestResponse.ResponseBuilder.<T>create(outcome.status()).entity(outcome.body());
        if (outcome.location() != null) {
            builder.location(outcome.location());
        }
        return builder.build();
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
