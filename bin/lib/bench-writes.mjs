// The load of bin/bench-writes: WORKERS concurrent clients of one organisation's staff, each creating its own
// partnership and then updating it (with the version it holds) as fast as the service answers, for SECONDS
// after WARMUP seconds. Prints one line of JSON: writes per second, latency percentiles and failures.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { signedToken } from './bench-tokens.mjs';

const api = process.env.BENCH_API;
const workers = Number(process.env.BENCH_WORKERS ?? 8);
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const warmup = Number(process.env.BENCH_WARMUP ?? 10);
const key = readFileSync(process.env.BENCH_SIGNING_KEY, 'utf8');

const token = (claims) => signedToken(key, claims);

async function send(method, path, bearer, body) {
  const response = await fetch(api + path, {
    method, headers: { authorization: 'Bearer ' + bearer, 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

const code = 'bench-' + randomUUID().slice(0, 8);
const created = await send('POST', '/api/v1/organisations', token({ preferred_username: 'bench-platform', name: 'Bench', roles: ['platform-admin'] }),
  { code, name: 'Bench organisation', kind: 'NHS_BODY' });
if (created.status !== 201) throw new Error('could not register the organisation: ' + created.status + ' ' + JSON.stringify(created.json));
const staff = token({ preferred_username: 'bench-staff', name: 'Bench staff', roles: ['staff'], organisation: code });

const latencies = [];
let writes = 0;
let failures = 0;
let measuring = false;
let stop = false;

async function worker(n) {
  let partnership = null;
  let round = 0;
  while (!stop) {
    const started = performance.now();
    const answer = partnership === null
      ? await send('POST', '/api/v1/partnerships', staff, { name: `Bench partnership ${n}` })
      : await send('PUT', `/api/v1/partnerships/${partnership.id}`, staff,
          { name: `Bench partnership ${n} round ${round++}`, version: partnership.version });
    const ok = answer.status === 200 || answer.status === 201;
    if (ok) {
      partnership = answer.json;
      // A fresh partnership every 20 writes: creates and updates both count.
      if (round % 20 === 19) { partnership = null; round = 0; }
    }
    if (measuring) {
      if (ok) { writes++; latencies.push(performance.now() - started); } else { failures++; }
    }
  }
}

const running = Array.from({ length: workers }, (_, n) => worker(n));
await new Promise((r) => setTimeout(r, warmup * 1000));
measuring = true;
const began = performance.now();
await new Promise((r) => setTimeout(r, seconds * 1000));
measuring = false;
const elapsed = (performance.now() - began) / 1000;
stop = true;
await Promise.all(running);
latencies.sort((a, b) => a - b);
const pct = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1) : null;
console.log(JSON.stringify({ writesPerSecond: +(writes / elapsed).toFixed(1), writes, failures, seconds: +elapsed.toFixed(1),
  workers, p50ms: pct(0.5), p95ms: pct(0.95), p99ms: pct(0.99) }));
