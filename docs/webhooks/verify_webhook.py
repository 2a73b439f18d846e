"""Verifies a Tandem webhook as the Standard Webhooks specification says (Python 3.10+, standard library only).

Usage as a check: python3 verify_webhook.py SECRET WEBHOOK_ID WEBHOOK_TIMESTAMP WEBHOOK_SIGNATURE < body
prints "valid" or "invalid".
"""
import base64
import hashlib
import hmac
import sys
import time

TOLERANCE_SECONDS = 5 * 60


def verify(secret: str, headers: dict, body: bytes, now: float | None = None) -> bool:
    """secret: the subscription's whsec_... secret; headers: the request's headers (lower-case names); body: raw bytes."""
    webhook_id = headers["webhook-id"]
    timestamp = headers["webhook-timestamp"]
    if abs((now or time.time()) - int(timestamp)) > TOLERANCE_SECONDS:
        return False  # too old or from the future: a replay
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    # The header may hold several signatures (during a secret rotation), separated by spaces.
    return any(
        hmac.compare_digest(expected, candidate.split(",", 1)[1])
        for candidate in headers["webhook-signature"].split()
        if candidate.startswith("v1,")
    )


if __name__ == "__main__":
    secret, webhook_id, timestamp, signature = sys.argv[1:5]
    ok = verify(secret, {"webhook-id": webhook_id, "webhook-timestamp": timestamp, "webhook-signature": signature},
                sys.stdin.buffer.read())
    print("valid" if ok else "invalid")
