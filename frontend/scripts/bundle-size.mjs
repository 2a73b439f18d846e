// Prints the size of what the browser must load before the first page shows: the JS and CSS
// that dist/index.html references (entry and module preloads), raw and gzipped. Fails when the
// initial JavaScript is over the budget (200 KB gzipped).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let jsGzip = 0;
for (const kind of ['js', 'css']) {
  for (const asset of assets.filter((a) => a.endsWith(`.${kind}`))) {
    const bytes = readFileSync(new URL(asset, dist));
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (kind === 'js') jsGzip += gz;
    console.log(`  ${asset.padEnd(44)} ${kb(bytes.length).padStart(10)} ${kb(gz).padStart(10)} gzipped`);
  }
}
console.log(`initial JavaScript: ${kb(jsGzip)} gzipped (budget ${BUDGET_KB} KB)`);
if (jsGzip > BUDGET_KB * 1024) {
  console.error(`the initial JavaScript is over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
