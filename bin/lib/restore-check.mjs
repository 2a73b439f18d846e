// Restore check (bin/test): the same records, through the API, on the backend of the original database and on a
// backend of the database bin/restore made from bin/backup's dump of it. Every read is sent to both as the same
// demo user (real Keycloak tokens, password grant of the dev client tandem-cli); status, Content-Type, ETag and
// the JSON body must be the same (lists are walked page by page and compared item by item, by id; arrays of ids
// named ...Ids are compared as sets). Fails when any
// record is missing or differs on the restored side, or when the original holds too little for the check to
// mean anything.
//
//   node bin/lib/restore-check.mjs   with
//   TANDEM_KEYCLOAK_URL   the Keycloak of both backends (e.g. http://localhost:8181)
//   TANDEM_API_ORIGINAL   the backend of the original database (e.g. http://localhost:8089)
//   TANDEM_API_RESTORED   the backend of the restored one
const KEYCLOAK = required('TANDEM_KEYCLOAK_URL');
const ORIGINAL = required('TANDEM_API_ORIGINAL');
const RESTORED = required('TANDEM_API_RESTORED');
const PAGE = 200;
const MAX_PAGES = 25; // per list: 5,000 items
const STABLE_HEADERS = ['content-type', 'etag', 'content-disposition'];

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`restore-check: ${name} is not set`);
    process.exit(2);
  }
  return value.replace(/\/$/, '');
}

const problems = [];
const counts = { reads: 0, items: 0 };
const started = Date.now();

const tokens = {};
async function token(user) {
  if (!tokens[user]) {
    const answer = await fetch(`${KEYCLOAK}/realms/tandem/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'tandem-cli', username: user, password: 'tandem-demo' }),
    });
    if (!answer.ok) throw new Error(`no token for ${user}: ${answer.status} ${await answer.text()}`);
    tokens[user] = (await answer.json()).access_token;
  }
  return tokens[user];
}

/** GET path on base as user (null: no token): status, the stable headers and the parsed body. */
async function get(base, user, path) {
  const headers = { Accept: 'application/json' };
  if (user) headers.Authorization = `Bearer ${await token(user)}`;
  const answer = await fetch(base + path, { headers });
  const text = await answer.text();
  let body = text;
  if ((answer.headers.get('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(text);
    } catch {
      // compared as text
    }
  }
  return {
    status: answer.status,
    headers: Object.fromEntries(STABLE_HEADERS.map((h) => [h, answer.headers.get(h)])),
    body: normalised(body),
  };
}

/**
 * Sets of ids (fields named ...Ids holding strings, e.g. an outcome's themeIds) in order: their order is not
 * meaningful, and the backend reads them without ORDER BY, so a restored table (rows in another physical order)
 * may list them in another. Everything else is compared as it is.
 */
function normalised(value) {
  if (Array.isArray(value)) return value.map(normalised);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) =>
        k.endsWith('Ids') && Array.isArray(v) && v.every((x) => typeof x === 'string') ? [k, [...v].sort()] : [k, normalised(v)],
      ),
    );
  }
  return value;
}

/** JSON with object keys sorted, so that two equal values print the same. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The first place where a and b differ, as a path, or null. */
function difference(a, b, path = '$') {
  if (canonical(a) === canonical(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = difference(a[k], b[k], `${path}${Array.isArray(a) ? `[${k}]` : `.${k}`}`);
      if (d) return d;
    }
  }
  const show = (v) => (v === undefined ? 'missing' : JSON.stringify(v)?.slice(0, 160));
  return `${path}: original ${show(a)}, restored ${show(b)}`;
}

/** One read on both backends; returns the original's body (after recording any difference). */
async function same(user, path, { expectStatus = 200 } = {}) {
  const [a, b] = await Promise.all([get(ORIGINAL, user, path), get(RESTORED, user, path)]);
  counts.reads++;
  const label = `${user ?? 'anonymous'} GET ${path}`;
  if (a.status !== expectStatus) {
    problems.push(`${label}: the original answers ${a.status}, expected ${expectStatus}`);
    return a.body;
  }
  if (a.status !== b.status) {
    problems.push(`${label}: original ${a.status}, restored ${b.status}`);
    return a.body;
  }
  const d = difference({ headers: a.headers, body: a.body }, { headers: b.headers, body: b.body });
  if (d) problems.push(`${label}: ${d}`);
  return a.body;
}

/**
 * A paged list on both backends, every page: the items are compared by id (an order between equal sort keys may
 * differ in a restored table), and so are the totals. Returns the original's items.
 */
async function list(user, path, { atLeast = 1 } = {}) {
  const fetchAll = async (base) => {
    const items = [];
    let first;
    for (let page = 0; page < MAX_PAGES; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const answer = await get(base, user, `${path}${sep}size=${PAGE}&page=${page}`);
      counts.reads++;
      if (answer.status !== 200) return { status: answer.status, items, first };
      first ??= answer.body;
      items.push(...(answer.body.items ?? []));
      if (page + 1 >= (answer.body.totalPages ?? 1)) break;
    }
    return { status: 200, items, first };
  };
  const [a, b] = await Promise.all([fetchAll(ORIGINAL), fetchAll(RESTORED)]);
  const label = `${user ?? 'anonymous'} GET ${path}`;
  if (a.status !== 200 || b.status !== 200) {
    problems.push(`${label}: original ${a.status}, restored ${b.status}`);
    return a.items;
  }
  if (a.items.length < atLeast) problems.push(`${label}: the original holds ${a.items.length} item(s), the check wants at least ${atLeast}`);
  if (a.first?.totalItems !== b.first?.totalItems) {
    problems.push(`${label}: totalItems original ${a.first?.totalItems}, restored ${b.first?.totalItems}`);
  }
  const key = (item) => item.id ?? item.entryId ?? canonical(item);
  const restored = new Map(b.items.map((item) => [key(item), item]));
  let missing = 0;
  for (const item of a.items) {
    const other = restored.get(key(item));
    counts.items++;
    if (!other) {
      if (missing++ < 5) problems.push(`${label}: ${key(item)} is missing on the restored backend`);
      continue;
    }
    const d = difference(item, other);
    if (d) problems.push(`${label}: item ${key(item)}: ${d}`);
    restored.delete(key(item));
  }
  if (missing > 5) problems.push(`${label}: ${missing} items missing on the restored backend in all`);
  if (restored.size > 0) problems.push(`${label}: ${restored.size} item(s) only on the restored backend, e.g. ${[...restored.keys()][0]}`);
  return a.items;
}

const ADMIN = 'lewisham-admin';
const FINANCE = 'lewisham-finance';
const MEMBER = 'lewisham-member';

// The audit trail first: reads of personal data may add entries of their own.
const audit = await list(ADMIN, '/api/v1/audit', { atLeast: 1 });
// The trail's hash chain holds on both (entries the original wrote since the backup may wait for their seal there).
const [chainA, chainB] = await Promise.all([get(ORIGINAL, ADMIN, '/api/v1/audit/verification'), get(RESTORED, ADMIN, '/api/v1/audit/verification')]);
counts.reads++;
if (chainA.body?.intact !== true || chainB.body?.intact !== true) {
  problems.push(`audit chain: original intact=${chainA.body?.intact}, restored intact=${chainB.body?.intact} (${chainB.body?.problem ?? ''})`);
}

const partnerships = await list(ADMIN, '/api/v1/partnerships', { atLeast: 2 });
const lpp = partnerships.find((p) => p.name === "Lewisham People's Partnership");
if (!lpp) problems.push("the Lewisham People's Partnership (demo data) is not in the original's partnerships");
for (const p of partnerships.slice(0, 20)) {
  await same(ADMIN, `/api/v1/partnerships/${p.id}`);
  await same(ADMIN, `/api/v1/partnerships/${p.id}/members`);
}

let meetings = [];
if (lpp) {
  meetings = await list(ADMIN, `/api/v1/meetings?partnershipId=${lpp.id}`, { atLeast: 2 });
  await same(ADMIN, `/api/v1/themes?partnershipId=${lpp.id}`);
  await same(null, `/api/v1/public/partnerships/${lpp.id}/outcomes`);
  await same(null, `/api/v1/public/partnerships/${lpp.id}/meetings`);
}
const demoMeeting = meetings.find((m) => String(m.startsAt ?? '').startsWith('2024-07-17'));
if (lpp && !demoMeeting) problems.push('the meeting of 17 July 2024 (demo data) is not in the original');
const detailed = [demoMeeting, ...meetings.slice(0, 3), ...meetings.slice(-3)].filter(Boolean);
for (const m of new Map(detailed.map((m) => [m.id, m])).values()) {
  await same(ADMIN, `/api/v1/meetings/${m.id}`);
  const agenda = await same(ADMIN, `/api/v1/meetings/${m.id}/agenda-items`);
  const attendance = await same(ADMIN, `/api/v1/meetings/${m.id}/attendance`);
  if (m === demoMeeting) {
    const size = (v) => (Array.isArray(v) ? v.length : (v?.items?.length ?? v?.entries?.length ?? 0));
    if (size(agenda) === 0) problems.push('the demo meeting has no agenda items on the original');
    if (size(attendance) === 0 && !attendance?.unnamed) problems.push('the demo meeting has no attendance on the original');
  }
}
await list(ADMIN, '/api/v1/meetings', { atLeast: 2 });

const feedback = await list(ADMIN, '/api/v1/feedback', { atLeast: 10 });
for (const f of feedback.slice(0, 5)) await same(ADMIN, `/api/v1/feedback/${f.id}`);
const outcomes = await list(ADMIN, '/api/v1/outcomes', { atLeast: 2 });
for (const o of outcomes.slice(0, 10)) await same(ADMIN, `/api/v1/outcomes/${o.id}`);

await list(ADMIN, '/api/v1/people', { atLeast: 10 });
await list(ADMIN, '/api/v1/actions', { atLeast: 1 });
await list(ADMIN, '/api/v1/activities', { atLeast: 1 });
await list(ADMIN, '/api/v1/boards', { atLeast: 1 });
await list(ADMIN, '/api/v1/organisations', { atLeast: 1 });
await list(ADMIN, '/api/v1/reimbursement-policies', { atLeast: 1 });
await list(ADMIN, '/api/v1/budgets', { atLeast: 1 });

const claims = await list(FINANCE, '/api/v1/claims', { atLeast: 1 });
for (const c of claims.slice(0, 5)) await same(FINANCE, `/api/v1/claims/${c.id}`);
await same(MEMBER, '/api/v1/me/meetings');
await same(MEMBER, '/api/v1/claimants/me');

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const summary = `${counts.reads} reads on each backend, ${counts.items} list items compared (audit entries: ${audit.length}, audit chain intact on both: ${chainB.body?.entriesChecked} entries checked on the restored one, partnerships: ${partnerships.length}, meetings of the demo partnership: ${meetings.length}, feedback: ${feedback.length}, outcomes: ${outcomes.length}, claims: ${claims.length}) in ${seconds} s`;
if (problems.length > 0) {
  console.error(`restore-check: FAILED, ${problems.length} difference(s):\n  ${problems.slice(0, 40).join('\n  ')}`);
  console.error(`(${summary})`);
  process.exit(1);
}
console.log(`restore-check: the restored database answers the same as the original: ${summary}`);
