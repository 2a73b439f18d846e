// Helpers of bin/bench-export, with tokens signed by the tests' key as bin/lib/bench-writes.mjs does:
//   node bench-export.mjs register          registers a fresh organisation (platform-admin token) and prints its code
//   node bench-export.mjs token ROLE CODE   prints a bearer token of ROLE in organisation CODE, valid for an hour
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { signedToken } from './bench-tokens.mjs';

const api = process.env.BENCH_API;
const key = readFileSync(process.env.BENCH_SIGNING_KEY, 'utf8');

const token = (claims) => signedToken(key, claims);

const [command, ...args] = process.argv.slice(2);
if (command === 'register') {
  const code = 'bench-' + randomUUID().slice(0, 8);
  const response = await fetch(api + '/api/v1/organisations', {
    method: 'POST',
    headers: {
      authorization: 'Bearer ' + token({ preferred_username: 'bench-platform', name: 'Bench', roles: ['platform-admin'] }),
      'content-type': 'application/json', accept: 'application/json',
    },
    body: JSON.stringify({ code, name: 'Bench organisation', kind: 'NHS_BODY' }),
  });
  if (response.status !== 201) throw new Error('could not register the organisation: ' + response.status + ' ' + await response.text());
  console.log(code);
} else if (command === 'token' && args.length === 2) {
  const [role, code] = args;
  console.log(token({ preferred_username: `bench-${role}`, name: `Bench ${role}`, roles: [role], organisation: code }));
} else {
  console.error('usage: bench-export.mjs register | token ROLE CODE');
  process.exit(2);
}
