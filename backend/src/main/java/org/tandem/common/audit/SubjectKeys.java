package org.tandem.common.audit;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal data in the trail is encrypted with a key of the person it is about (AES-256-GCM). Anonymising the person
 * destroys the key: the entries stay as they were, so the chain still verifies, but their personal values can no
 * longer be read by anyone.
 */
final class SubjectKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private SubjectKeys() {}

    static String encrypt(Connection connection, UUID personId, String plaintext) throws SQLException {
        byte[] key = keyOf(connection, personId);
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(personId.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** Empty when the person's key was destroyed: their data is erased. */
    static Optional<String> decrypt(byte[] key, UUID personId, String sealedText) {
        try {
            byte[] sealed = Base64.getDecoder().decode(sealedText);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(personId.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Optional.of(new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES),
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] keyOf(Connection connection, UUID personId) throws SQLException {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_subject_key (person_id, secret, created_at) VALUES (?, ?, now()) ON CONFLICT DO NOTHING")) {
            insert.setObject(1, personId);
            insert.setBytes(2, fresh);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT secret FROM audit_subject_key WHERE person_id = ?")) {
            select.setObject(1, personId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    static void destroy(Connection connection, UUID personId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_subject_key WHERE person_id = ?")) {
            delete.setObject(1, personId);
            delete.executeUpdate();
        }
    }
}
