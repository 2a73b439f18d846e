package org.tandem.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.problem.ProblemType;

/**
 * An uploaded receipt, checked before it is stored: not empty, at most {@link #MAX_BYTES}, and a PDF, JPEG or PNG by
 * its content (its first bytes), whatever the request said it was.
 */
record ReceiptFile(byte[] content, String contentType, String filename, String sha256) {
    /** 5 MiB: a phone photo of a receipt, or a scanned PDF, fits easily. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final List<String> TYPES = List.of(PDF, JPEG, PNG);

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /**
     * @param declaredType the request's Content-Type; when it names a receipt type it must match the content
     * @throws ProblemException 400 when empty, 413 when too big, 415 when the content is not a PDF, JPEG or PNG
     */
    static ReceiptFile read(InputStream body, String declaredType, String requestedName) {
        byte[] content;
        try {
            content = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length == 0) {
            throw ProblemException.invalid("body", "is empty: send the receipt's file");
        }
        if (content.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A receipt can be up to 5 MB (" + MAX_BYTES + " bytes). Send a smaller photo or scan.", List.of());
        }
        String type = typeOf(content).orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "A receipt must be a PDF, JPEG or PNG file, and this file's content is none of those.",
                List.of()));
        String declared = declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase();
        if (TYPES.contains(declared) && !declared.equals(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file was sent as " + declared + " but its content is " + type + ".", List.of());
        }
        return new ReceiptFile(content, type, filename(requestedName, type), sha256(content));
    }

    static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /** The last part of a path, without control characters, at most 200 characters; "receipt.pdf" when none is left. */
    static String filename(String requested, String type) {
        String name = requested == null ? "" : requested.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "receipt." + switch (type) {
                case PDF -> "pdf";
                case JPEG -> "jpg";
                default -> "png";
            };
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
