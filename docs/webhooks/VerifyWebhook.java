import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a Tandem webhook as the Standard Webhooks specification says (Java 11+, JDK only).
 * Usage as a check: java VerifyWebhook.java SECRET WEBHOOK_ID WEBHOOK_TIMESTAMP WEBHOOK_SIGNATURE < body
 * prints "valid" or "invalid".
 */
public final class VerifyWebhook {
    private static final long TOLERANCE_SECONDS = 5 * 60;

    /** secret: the subscription's whsec_... secret; body: the raw request body, exactly as received. */
    public static boolean verify(String secret, String id, String timestamp, String signatures, byte[] body)
            throws Exception {
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > TOLERANCE_SECONDS) {
            return false; // too old or from the future: a replay
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")), "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = mac.doFinal(body);
        // The header may hold several signatures (during a secret rotation), separated by spaces.
        return Arrays.stream(signatures.split(" ")).filter(s -> s.startsWith("v1,"))
                .anyMatch(s -> MessageDigest.isEqual(expected, Base64.getDecoder().decode(s.substring(3))));
    }

    public static void main(String[] args) throws Exception {
        byte[] body = System.in.readAllBytes();
        System.out.println(verify(args[0], args[1], args[2], args[3], body) ? "valid" : "invalid");
    }
}
