// Bearer tokens for the benchmarks: signed with the tests' key (backend/src/test/resources/test-signing-key.pem), as
// the backend's test profile accepts them, so that a benchmark needs no Keycloak.
import { createSign, randomUUID } from 'node:crypto';

/** A token with these claims besides issuer, audience and a random subject, valid for an hour. */
export function signedToken(key, claims) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = b64({ alg: 'RS256', typ: 'JWT' }) + '.' + b64({
    iss: 'https://test.tandem.invalid', aud: 'tandem-api', iat: now, exp: now + 3600, sub: randomUUID(), ...claims,
  });
  return body + '.' + createSign('RSA-SHA256').update(body).sign(key, 'base64url');
}
