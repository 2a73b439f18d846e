// Two backend instances on one database, directly (each on its own port) and through HAProxy (bin/test). Proves:
//   - the load balancer spreads requests over both instances (HAProxy names the server in X-Tandem-Instance);
//   - concurrent edits of one record sent to both instances with the same version: exactly one succeeds, the other
//     gets 412 (If-Match) or 409 (version in the body, or Hibernate's @Version check when both passed the first);
//   - a create retried with the same Idempotency-Key on both instances at once and through HAProxy creates one record
//     (every answer names it), and the same key with another body is 422;
//   - webhooks: every event of the changes above is delivered to a receiver this script runs exactly once (by
//     webhook-id, signature verified), although both instances dispatch the outbox and send deliveries;
//   - mail: the meeting invitations those changes cause reach GreenMail exactly once each, although both instances
//     send mail.
// A real Keycloak token (password grant of the dev client tandem-cli) for lewisham-admin makes every change.
//
//   TANDEM_KEYCLOAK_URL   e.g. http://localhost:8181
//   TANDEM_API_A, TANDEM_API_B   the two instances; TANDEM_API_LB   HAProxy in front of them
//   TANDEM_TEST_MAIL_API_URL     GreenMail's API (both instances send there)
//   TANDEM_CHECK_ROUNDS (10), TANDEM_CHECK_ITEMS (6)   concurrent edit rounds; feedback items and meetings made
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { verify } from '../../docs/webhooks/verify-webhook.mjs';

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    console.error(`two-instance-checks: ${name} is not set`);
    process.exit(2);
  }
  return value.replace(/\/$/, '');
};
const KEYCLOAK = env('TANDEM_KEYCLOAK_URL');
const A = env('TANDEM_API_A');
const B = env('TANDEM_API_B');
const LB = env('TANDEM_API_LB');
const MAIL_API = env('TANDEM_TEST_MAIL_API_URL');
const ROUNDS = Number(process.env.TANDEM_CHECK_ROUNDS ?? 10);
const ITEMS = Number(process.env.TANDEM_CHECK_ITEMS ?? 6);
const tag = randomUUID().slice(0, 8);
const started = Date.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const failures = [];
const facts = [];

function check(condition, message) {
  if (!condition) failures.push(message);
  return condition;
}
function fatal(message) {
  console.error(`two-instance-checks: FAILED: ${message}`);
  if (failures.length) console.error(`  also:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}

async function token(user) {
  const answer = await fetch(`${KEYCLOAK}/realms/tandem/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'tandem-cli', username: user, password: 'tandem-demo' }),
  });
  if (!answer.ok) fatal(`no token for ${user}: ${answer.status}`);
  return (await answer.json()).access_token;
}
const ADMIN = await token('lewisham-admin');

/** A request as lewisham-admin; returns status, headers and the parsed body. */
async function call(base, method, path, body, headers = {}) {
  const answer = await fetch(base + path, {
    method,
    headers: {
      Authorization: `Bearer ${ADMIN}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: answer.status, headers: answer.headers, body: json };
}
async function ok(base, method, path, body, headers) {
  const answer = await call(base, method, path, body, headers);
  if (answer.status >= 300) fatal(`${method} ${base}${path}: ${answer.status} ${JSON.stringify(answer.body)?.slice(0, 300)}`);
  return answer.body;
}

// --- 0. Both instances up, and HAProxy spreading over both ------------------------------------------------------
for (const base of [A, B, LB]) {
  const health = await fetch(`${base}/q/health/ready`);
  if (health.status !== 200) fatal(`${base}/q/health/ready answers ${health.status}`);
}
const servedBy = new Map();
for (let i = 0; i < 8; i++) {
  const answer = await call(LB, 'GET', '/api/v1/partnerships?size=1');
  check(answer.status === 200, `GET through HAProxy: ${answer.status}`);
  const server = answer.headers.get('x-tandem-instance') ?? '(none)';
  servedBy.set(server, (servedBy.get(server) ?? 0) + 1);
}
check(servedBy.size === 2 && !servedBy.has('(none)'), `HAProxy should spread 8 requests over two instances; served by ${JSON.stringify([...servedBy])}`);
facts.push(`HAProxy: 8 requests served by ${[...servedBy].map(([s, n]) => `${s} ${n}`).join(', ')}`);

// --- 1. A webhook receiver, subscribed to what the checks change -------------------------------------------------
const received = []; // { id, type, entityId, version, valid }
const receiver = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks);
    let event = {};
    try {
      event = JSON.parse(body.toString('utf8'));
    } catch {
      // counted as invalid below
    }
    received.push({
      id: request.headers['webhook-id'],
      type: event.type,
      entityId: event.data?.entityId,
      version: event.data?.version,
      valid: secret !== undefined && verify(secret, request.headers, body),
    });
    response.writeHead(204).end();
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const hookUrl = `http://127.0.0.1:${receiver.address().port}/tandem-hook`;
let secret;
const subscription = await ok(LB, 'POST', '/api/v1/webhooks', {
  url: hookUrl,
  eventTypes: ['partnership.*', 'feedback.*', 'meeting.*'],
  description: `two-instance checks ${tag}`,
});
secret = subscription.secret;
check(typeof secret === 'string', 'the new subscription answers its secret');

// --- 2. A partnership with one member who is mailed at once ------------------------------------------------------
const partnership = await ok(A, 'POST', '/api/v1/partnerships', {
  name: `Two-instance check ${tag}`,
  description: 'Made by bin/lib/two-instance-checks.mjs',
});
const address = `two-instance-${tag}@example.org`;
const person = await ok(B, 'POST', '/api/v1/people', {
  displayName: `Two Instance ${tag}`,
  email: address,
  consentToContact: true,
});
await ok(LB, 'POST', `/api/v1/partnerships/${partnership.id}/members`, { personId: person.id, role: 'MEMBER' });

// --- 3. Concurrent edits of one record on both instances with the same version ----------------------------------
const outcomes = { won: 0, 412: 0, 409: 0, other: [] };
let winners = 0;
for (let round = 0; round < ROUNDS; round++) {
  const current = await call(round % 2 ? B : A, 'GET', `/api/v1/partnerships/${partnership.id}`);
  const version = current.body.version;
  const byIfMatch = round % 2 === 0; // alternately If-Match and the body's version
  const edit = (base, who) =>
    call(
      base,
      'PUT',
      `/api/v1/partnerships/${partnership.id}`,
      {
        name: partnership.name,
        description: `round ${round} by ${who}`,
        ...(byIfMatch ? {} : { version }),
      },
      byIfMatch ? { 'If-Match': current.headers.get('etag') } : {},
    );
  const answers = await Promise.all([edit(A, 'A'), edit(B, 'B')]);
  const success = answers.filter((a) => a.status === 200);
  for (const a of answers) {
    if (a.status === 200) outcomes.won++;
    else if (a.status === 412 || a.status === 409) {
      outcomes[a.status]++;
      check(String(a.body?.type ?? '').endsWith('/version-conflict'), `round ${round}: a ${a.status} that is not version-conflict: ${a.body?.type}`);
    } else outcomes.other.push(a.status);
  }
  if (check(success.length === 1, `round ${round} (${byIfMatch ? 'If-Match' : 'version'}): ${answers.map((a) => a.status).join(' and ')}; expected one 200 and one 409/412`)) {
    winners++;
    const winner = success[0].body.description;
    const [onA, onB] = await Promise.all([call(A, 'GET', `/api/v1/partnerships/${partnership.id}`), call(B, 'GET', `/api/v1/partnerships/${partnership.id}`)]);
    check(onA.body.description === winner && onB.body.description === winner && onA.body.version === version + 1 && onB.body.version === version + 1,
      `round ${round}: both instances should read the winner's edit at version ${version + 1}`);
  }
}
facts.push(`concurrent edits: ${ROUNDS} rounds, ${outcomes.won} succeeded, ${outcomes[412]} x 412, ${outcomes[409]} x 409${outcomes.other.length ? `, other: ${outcomes.other}` : ''}`);

// --- 4. Idempotent retries across instances ---------------------------------------------------------------------
const feedbackIds = [];
for (let i = 0; i < ITEMS; i++) {
  const key = randomUUID();
  const body = { partnershipId: partnership.id, text: `Two-instance feedback ${i} ${tag}`, receivedOn: '2026-12-01' };
  const headers = { 'Idempotency-Key': key };
  const both = await Promise.all([call(A, 'POST', '/api/v1/feedback', body, headers), call(B, 'POST', '/api/v1/feedback', body, headers)]);
  const again = await call(LB, 'POST', '/api/v1/feedback', body, headers);
  const answers = [...both, again];
  const ids = new Set(answers.map((a) => a.body?.id));
  check(answers.every((a) => a.status === 201) && ids.size === 1,
    `idempotent create ${i}: answers ${answers.map((a) => `${a.status} ${a.body?.id}`).join(', ')}; expected three 201s naming one record`);
  feedbackIds.push(both[0].body?.id);
  if (i === 0) {
    const reused = await call(i % 2 ? A : B, 'POST', '/api/v1/feedback', { ...body, text: `${body.text} (changed)` }, headers);
    check(reused.status === 422, `the same Idempotency-Key with another body: ${reused.status}, expected 422`);
  }
}
const listed = await ok(LB, 'GET', `/api/v1/feedback?partnershipId=${partnership.id}&size=200`);
check(listed.totalItems === ITEMS, `the partnership holds ${listed.totalItems} feedback items after ${ITEMS} keys sent three times each; expected ${ITEMS}`);
facts.push(`idempotency: ${ITEMS} keys x 3 requests (A and B at once, then HAProxy) -> ${listed.totalItems} records`);

// --- 5. Meetings made on both instances: invitations by mail ---------------------------------------------------
const meetingIds = [];
const titles = [];
for (let i = 0; i < ITEMS; i++) {
  const title = `TI ${tag} m${i}`;
  const startsAt = new Date(Date.UTC(2027, 2, 1 + i, 10, 0)).toISOString();
  const endsAt = new Date(Date.UTC(2027, 2, 1 + i, 12, 0)).toISOString();
  const meeting = await ok([A, B, LB][i % 3], 'POST', '/api/v1/meetings', {
    partnershipId: partnership.id,
    title,
    startsAt,
    endsAt,
    timeConfirmed: true,
    format: 'IN_PERSON',
    venue: 'Room 1',
  });
  meetingIds.push(meeting.id);
  titles.push(title);
}

// --- 6. Wait for the deliveries and the mail, then a little longer for any duplicate ---------------------------
const expected = new Map(); // entityId -> { type: count expected }
expected.set(partnership.id, { 'partnership.created': 1, 'partnership.updated': winners });
for (const id of feedbackIds) expected.set(id, { 'feedback.created': 1 });
for (const id of meetingIds) expected.set(id, { 'meeting.created': 1 });
const expectedTotal = [...expected.values()].reduce((sum, types) => sum + Object.values(types).reduce((s, n) => s + n, 0), 0);
const mine = () => received.filter((r) => expected.has(r.entityId));

async function mailbox() {
  const answer = await fetch(`${MAIL_API}/api/user/${encodeURIComponent(address)}/messages/`);
  return answer.ok ? answer.json() : [];
}
const waitStarted = Date.now();
let mail = [];
while (Date.now() - waitStarted < 90_000) {
  mail = await mailbox();
  if (mine().length >= expectedTotal && mail.length >= ITEMS) break;
  await sleep(1000);
}
const settledAfter = ((Date.now() - waitStarted) / 1000).toFixed(1);
await sleep(12_000); // more than two rounds of each sender on each instance (webhooks every 2 s, mail every 5 s)
mail = await mailbox();

const ids = new Map();
for (const r of received) ids.set(r.id, (ids.get(r.id) ?? 0) + 1);
const duplicates = [...ids].filter(([, n]) => n > 1);
check(duplicates.length === 0, `webhook deliveries received more than once: ${duplicates.slice(0, 5).map(([id, n]) => `${id} x${n}`).join(', ')}`);
check(received.every((r) => r.valid), `${received.filter((r) => !r.valid).length} webhook deliveries with a signature that does not verify`);
for (const [entityId, types] of expected) {
  for (const [type, count] of Object.entries(types)) {
    const got = mine().filter((r) => r.entityId === entityId && r.type === type).length;
    check(got === count, `${type} of ${entityId}: received ${got}, expected exactly ${count}`);
  }
}
const updateVersions = mine().filter((r) => r.type === 'partnership.updated').map((r) => r.version);
check(new Set(updateVersions).size === updateVersions.length, `partnership.updated versions repeat: ${updateVersions}`);
facts.push(`webhooks: ${mine().length} deliveries of this check's ${expectedTotal} events (${received.length} received in all, ${duplicates.length} duplicates, all signatures valid: ${received.every((r) => r.valid)}), settled after ${settledAfter} s`);

const unfolded = mail.map((m) => `${m.subject ?? ''}\n${String(m.mimeMessage ?? '').replace(/\r?\n[ \t]+/g, ' ')}`);
check(mail.length === ITEMS, `${address} received ${mail.length} mails; expected exactly ${ITEMS} (one invitation per meeting)`);
for (const title of titles) {
  const count = unfolded.filter((text) => text.includes(title)).length;
  check(count === 1, `the invitation to "${title}": ${count} mails, expected exactly 1`);
}
facts.push(`mail: ${mail.length} invitations for ${ITEMS} meetings to ${address}`);

const deliveries = await ok(LB, 'GET', `/api/v1/webhooks/${subscription.id}/deliveries?size=200`);
const retried = (deliveries.items ?? []).filter((d) => (d.attempts ?? 1) !== 1 || d.status !== 'DELIVERED');
check(retried.length === 0, `${retried.length} deliveries not DELIVERED at the first attempt: ${JSON.stringify(retried[0])?.slice(0, 200)}`);

// Leave nothing that keeps sending: the subscription goes, the receiver stops.
const current = await call(LB, 'GET', `/api/v1/webhooks/${subscription.id}`);
await call(LB, 'DELETE', `/api/v1/webhooks/${subscription.id}`, undefined, { 'If-Match': current.headers.get('etag') ?? '*' });
receiver.close();

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`two-instance-checks: FAILED (${failures.length}):\n  ${failures.join('\n  ')}\n  ${facts.join('\n  ')}`);
  process.exit(1);
}
console.log(`two-instance-checks: all passed in ${seconds} s\n  ${facts.join('\n  ')}`);
process.exit(0);
