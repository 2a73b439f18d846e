// Browser tests: Debian's Chromium driven by playwright-core against the real SPA, backend,
// PostgreSQL and Keycloak (bin/test starts them; see README). Each step is a test; the run
// ends with "N passed, N failed". Screenshots go to test-results/screenshots/.
//
//   TANDEM_WEB_URL    the SPA (default http://localhost:5173)
//   TANDEM_API_URL    the API, for the conflict test (default http://localhost:8080)
//   CHROMIUM          the browser (default /usr/bin/chromium)
//   TANDEM_TEST_MAIL_API_URL  GreenMail's API, where the mail the backend sent is read (default
//                     http://127.0.0.1:8025, bin/run's)
//   TANDEM_TEST_PSQL, TANDEM_TEST_BROWSER_DB  psql and the backend's database, in which the mail
//                     tests queue mail as a feature would (bin/test sets them)
//   TANDEM_BROWSER_ONLY  a regular expression: run only the tests whose names match (while
//                     working on a few; bin/test always runs them all)
//   TANDEM_BROWSER_PAGE_CHECKS=skip  no axe scans and no screenshots: for bin/test's second run through HAProxy,
//                     which loads the same build's pages (the first run scanned them) to exercise two backends
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

const WEB = process.env.TANDEM_WEB_URL ?? 'http://localhost:5173';
const API = process.env.TANDEM_API_URL ?? 'http://localhost:8080';
const SHOTS = new URL('../../test-results/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const results = [];
let failed = 0;
let passed = 0;
const only = process.env.TANDEM_BROWSER_ONLY ? new RegExp(process.env.TANDEM_BROWSER_ONLY) : undefined;

async function test(name, fn) {
  if (only && !only.test(name)) return;
  const started = Date.now();
  try {
    await fn();
    passed++;
    results.push(`  ok    ${name} (${Date.now() - started} ms)`);
    console.log(`ok    ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    results.push(`  FAIL  ${name}`);
    console.log(`FAIL  ${name}\n${error?.stack ?? error}`);
    await page?.screenshot({ path: `${SHOTS}failure-${failed}.png`, fullPage: true }).catch(() => {});
    const snapshot = await page
      ?.locator('body')
      .ariaSnapshot()
      .catch(() => '');
    writeFileSync(`${SHOTS}failure-${failed}.txt`, `${name}\n${page?.url()}\n\n${snapshot}`);
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** axe on the current page: WCAG 2.0-2.2 A and AA rules, 0 violations allowed. */
const axeChecked = [];
const pageChecks = process.env.TANDEM_BROWSER_PAGE_CHECKS !== 'skip';
async function axe(label) {
  if (!pageChecks) return;
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  axeChecked.push(label);
  const problems = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)
        .slice(0, 5)
        .join('\n      ')}`,
  );
  expect(
    problems.length === 0,
    `axe found ${problems.length} violation(s) on ${label}:\n    ${problems.join('\n    ')}`,
  );
}

async function shot(name) {
  if (!pageChecks) return;
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

/** Waits for the page's data: no "Loading…" status left. */
async function settled() {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.tandem-loading')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
}

async function heading(text) {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 15_000 });
  await settled();
}

async function signIn(username) {
  await page.goto(WEB);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/realms\/tandem\/protocol\/openid-connect\/auth/, { timeout: 20_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('tandem-demo');
  await page.locator('#kc-login').click();
  await page.waitForURL(`${WEB}/`, { timeout: 20_000 });
  await page.getByTestId('account').waitFor();
}

async function accessToken() {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key ? JSON.parse(sessionStorage.getItem(key) ?? '{}').access_token : undefined;
  });
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const partnershipName = `Browser test partnership ${stamp}`;
const meetingDate = (() => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 14);
  return d.toISOString().slice(0, 10);
})();

const yesterday = (() => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
})();
const claimMeetingTitle = `Claims test meeting ${stamp}`;
// A 1x1 PNG: the receipt "photographed" on the phone.
const receiptPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
let claimReference = '';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  acceptDownloads: true,
  locale: 'en-GB',
});
let page = await context.newPage();
page.setDefaultTimeout(10_000);
const consoleErrors = [];
page.on('pageerror', (e) => consoleErrors.push(String(e)));
let partnershipUrl = '';
let existingMember = '';
let meetingUrl = '';

await test('the sign-in page explains Tandem and passes axe', async () => {
  await page.goto(WEB);
  await heading('Sign in to Tandem');
  await axe('sign-in page');
  await shot('01-sign-in');
});

await test('signs in through the Keycloak page as lewisham-staff', async () => {
  await signIn('lewisham-staff');
  const account = await page.getByTestId('account').innerText();
  expect(account.includes('Daniel Okafor'), `header shows the name: ${account}`);
  expect(account.includes('Staff'), `header shows the role: ${account}`);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
});

await test('home shows coming meetings and open actions', async () => {
  await heading(/Daniel Okafor/);
  await page.getByRole('heading', { name: 'Coming meetings' }).waitFor();
  await page.getByRole('heading', { name: 'Open actions' }).waitFor();
  const account = await page.getByTestId('account').innerText();
  expect(/Lewisham|sel-icb-lewisham/.test(account), `header shows the organisation: ${account}`);
  await axe('home');
  await shot('02-home');
});

await test('partnerships: list, search and view the demo partnership', async () => {
  await page.getByRole('link', { name: 'Partnerships', exact: true }).click();
  await heading('Partnerships');
  await axe('partnership list');
  await shot('03-partnerships');
  await page.getByLabel('Search partnerships').fill('Lewisham People');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: "Lewisham People's Partnership" }).first().click();
  await heading("Lewisham People's Partnership");
  await page.getByRole('heading', { name: 'Terms of reference' }).waitFor();
  await page.getByRole('heading', { name: 'Members' }).waitFor();
  await axe('partnership view');
  await shot('04-partnership');
});

await test('create a partnership: the server’s validation shows next to the field', async () => {
  await page.goto(`${WEB}/partnerships`);
  await page.getByRole('link', { name: 'Create a partnership' }).click();
  await heading('Create a partnership');
  await page.getByRole('button', { name: 'Create partnership' }).click();
  await page.locator('.nhsuk-error-summary').waitFor();
  await page.locator('#partnership-name-error').waitFor();
  await axe('partnership form with errors');
  await shot('05-partnership-errors');
  await page.getByLabel('Name').fill(partnershipName);
  await page.getByLabel('Description').fill('Created by the browser tests.');
  await page.getByLabel('Terms of reference').fill('We meet every two months.\n\nWe aim for consensus.');
  await page
    .getByLabel('Success criteria')
    .fill('People see their views influence decisions\nMeetings are open to all');
  await page.getByRole('button', { name: 'Create partnership' }).click();
  await heading(partnershipName);
  partnershipUrl = page.url();
  await page.getByText('Meetings are open to all').waitFor();
});

await test('add members: someone new and someone from the directory', async () => {
  await page.getByText('Add a member').click();
  await page.getByRole('button', { name: 'Add someone new' }).click();
  await page.getByLabel('Their name').fill(`Test Chair ${stamp}`);
  await page.getByLabel('Role').selectOption('CHAIR');
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.getByRole('cell', { name: `Test Chair ${stamp}`, exact: true }).waitFor();
  // The demo member (lewisham-member) reads a partnership only as one of its members: they look at its meeting later.
  await choose('Person', 'Sam Wilson');
  await page.getByRole('button', { name: 'Add member' }).click();
  existingMember = 'Sam Wilson';
  await page.getByRole('cell', { name: existingMember, exact: true }).waitFor();
  await settled();
  await axe('partnership with members');
});

await test('edit: a version conflict explains what changed and keeps what was typed', async () => {
  await page.getByRole('link', { name: 'Edit partnership' }).click();
  await heading(/^Edit /);
  await page.getByLabel('Description').fill('My description, typed in the browser.');
  // Someone else saves a change meanwhile.
  const token = await accessToken();
  const id = partnershipUrl.split('/').at(-1);
  const current = await (
    await fetch(`${API}/api/v1/partnerships/${id}`, { headers: { Authorization: `Bearer ${token}` } })
  ).json();
  const theirs = await fetch(`${API}/api/v1/partnerships/${id}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: current.name,
      termsOfReference: 'Changed by someone else.',
      successCriteria: current.successCriteria,
      version: current.version,
    }),
  });
  expect(theirs.ok, `the other save worked (${theirs.status})`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { name: 'Someone else changed this while you were editing' }).waitFor();
  await page.getByText('Changed by someone else.').first().waitFor();
  expect(
    (await page.getByLabel('Description').inputValue()) === 'My description, typed in the browser.',
    'typed text kept',
  );
  await axe('conflict notice');
  await shot('06-conflict');
  await page.getByRole('button', { name: 'Save my version' }).click();
  await heading(partnershipName);
  await page.getByText('My description, typed in the browser.').waitFor();
});

/** The History section of a record page, with every page of it loaded ("Show more changes"). */
async function fullHistory(name = 'History') {
  const history = page.locator('section', { has: page.getByRole('heading', { name, exact: true }) });
  await history.getByRole('listitem').first().waitFor({ timeout: 15_000 });
  for (let i = 0; i < 10; i++) {
    const more = history.getByRole('button', { name: 'Show more changes' });
    if ((await more.count()) === 0) break;
    await more.click();
    await settled();
  }
  return history;
}

await test('history: the partnership’s History lists the edit (who, which field, what to) and the members added', async () => {
  const history = await fullHistory();
  // The save just made is the newest entry (the section reloads after every change).
  await history.getByRole('listitem').first().filter({ hasText: 'Daniel Okafor changed the partnership' }).waitFor();
  const newest = await history.getByRole('listitem').first().innerText();
  expect(
    newest.includes('description from (none) to “My description, typed in the browser.”'),
    `the field in words: ${newest}`,
  );
  await history.getByText('Daniel Okafor added a member').first().waitFor();
  await history.getByText('Daniel Okafor created the partnership').waitFor();
  await axe('partnership page with its history');
  await shot('05-partnership-history');
});

await test('plan a meeting for the partnership', async () => {
  await page.getByRole('link', { name: 'Plan a meeting' }).click();
  await heading('Plan a meeting');
  await page.getByLabel('Title').fill(`Browser test meeting ${stamp}`);
  await fillDate('meeting-date', meetingDate);
  await page.getByLabel('Start time').fill('13:45');
  await page.getByLabel('End time').fill('16:00');
  await page.getByLabel('In person and online').check();
  await page.getByLabel('Venue').fill('Lewisham Civic Centre (Committee Room 3)');
  await axe('meeting form');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await heading(/Browser test meeting/);
  meetingUrl = page.url();
  await axe('meeting page (empty agenda)');
});

await test('build the agenda: add, time, reorder, notes and decisions', async () => {
  const addItem = async (kind, title, start, end) => {
    const form = page.locator('details', { hasText: 'Add an agenda item' });
    if ((await form.getAttribute('open')) === null) await form.locator('summary').click();
    await page.locator('#new-item-kind').selectOption(kind);
    await page.locator('#new-item-title').fill(title);
    await page.locator('#new-item-start').fill(start);
    await page.locator('#new-item-end').fill(end);
    await page.getByRole('button', { name: 'Add to agenda' }).click();
    await page.locator('.tandem-agenda__title', { hasText: title }).waitFor();
    await settled();
  };
  await addItem('ARRIVALS', 'Arrivals', '13:45', '14:00');
  await addItem('ITEM', 'Improving primary care', '14:15', '14:40');
  await addItem('ITEM', 'What voices do we have at this meeting?', '14:00', '14:15');
  await page.getByRole('button', { name: /^Move up\s*: What voices/ }).click();
  await page.waitForFunction(() =>
    document.querySelectorAll('.tandem-agenda__title')[1]?.textContent?.startsWith('What voices'),
  );
  await settled();
  await page.getByRole('button', { name: /^Edit, notes and decisions\s*: Improving primary care/ }).click();
  await page
    .getByLabel('Notes of the discussion')
    .fill('Meaningful, long-term engagement with patients and carers is needed.');
  await page.getByRole('button', { name: 'Add a decision' }).click();
  await page.getByLabel('Decision 1').fill('Develop a primary care hub.');
  await page.getByRole('button', { name: 'Save item' }).click();
  await page.getByText('Develop a primary care hub.').waitFor();
  await settled();
  await axe('meeting page with agenda');
  await shot('07-meeting');
});

await test('take the register on a phone-sized screen (320 px)', async () => {
  await page.setViewportSize({ width: 320, height: 740 });
  try {
    await page.getByRole('link', { name: 'Take the register' }).first().click();
    await heading(/Browser test meeting/);
    const chair = page.getByRole('group', { name: `Test Chair ${stamp}: attendance` });
    await chair.getByRole('button', { name: 'Attended' }).click();
    await page.getByText('1 attended, 0 apologies, 0 absent').waitFor();
    const other = page.getByRole('group', { name: `${existingMember}: attendance` });
    await other.getByRole('button', { name: 'Apologies' }).click();
    await page.getByText('1 attended, 1 apologies, 0 absent').waitFor();
    expect(
      (await chair.getByRole('button', { name: 'Attended' }).getAttribute('aria-pressed')) === 'true',
      'attended is pressed',
    );
    const box = await chair.getByRole('button', { name: 'Attended' }).boundingBox();
    expect(box && box.height >= 44, `touch target is at least 44px high (${box?.height})`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow <= 0, `no sideways scrolling at 320 px (overflow ${overflow}px)`);
    await axe('register (320 px)');
    await shot('08-register-320');
    await page.goto(meetingUrl);
    await heading(/Browser test meeting/);
    const meetingOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(meetingOverflow <= 0, `meeting page fits 320 px (overflow ${meetingOverflow}px)`);
    await shot('09-meeting-320');
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});

await test('record an action with owner and due date, then close it', async () => {
  await page.getByText('Record an action').click();
  await page.getByLabel('What needs doing').fill('Feed back to the main group');
  await choose('#action-owner', `Test Chair ${stamp}`);
  await fillDate('action-due', meetingDate);
  await page.getByRole('button', { name: 'Record action' }).click();
  await page.locator('.tandem-actions__what', { hasText: 'Feed back to the main group' }).waitFor();
  await page.getByText(`Owner: Test Chair ${stamp}`).waitFor();
  await settled();
  await axe('meeting with an action');
  await page.getByRole('button', { name: /^Mark as done\s*: Feed back/ }).click();
  await page.getByRole('button', { name: /^Reopen\s*: Feed back/ }).waitFor();
});

await test('link a document', async () => {
  await page.getByText('Link a document').click();
  await page.locator('#document-title').fill('Year One Review: second draft');
  await page.locator('#document-url').fill('https://example.org/year-one-review.pdf');
  await page.getByRole('button', { name: 'Link document' }).click();
  await page.getByRole('link', { name: /Year One Review: second draft/ }).waitFor();
});

await test('history: the meeting’s History holds its parts too: document, action, agenda, register', async () => {
  await page.reload();
  await heading(/Browser test meeting/);
  const history = await fullHistory();
  const newest = await history.getByRole('listitem').first().innerText();
  expect(newest.includes('Daniel Okafor added a document'), `newest: ${newest}`);
  const closed = await history.getByRole('listitem').filter({ hasText: 'Daniel Okafor closed an action' }).innerText();
  expect(closed.includes('status from Open to Done'), `the action's status in words: ${closed}`);
  await history.getByText('Daniel Okafor added an agenda item').first().waitFor();
  await history.getByText('Daniel Okafor reordered the agenda of the meeting').first().waitFor();
  await history
    .getByText(/Daniel Okafor (added|changed) a register entry/)
    .first()
    .waitFor();
  await history.getByText('Daniel Okafor created the meeting').waitFor();
  await axe('meeting page with its history');
  await shot('14-meeting-history');
});

await test('add to calendar downloads the .ics with the token', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to calendar' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.includes('BEGIN:VCALENDAR') && text.includes('BEGIN:VEVENT'), 'an iCalendar file');
  expect(text.includes('Browser test meeting'), 'with the meeting title');
  expect(download.suggestedFilename().endsWith('.ics'), `a .ics file name: ${download.suggestedFilename()}`);
});

await test('printable agenda and notes', async () => {
  await page.getByRole('link', { name: 'Print agenda and notes' }).click();
  await heading(/Browser test meeting/);
  await page.getByText('Develop a primary care hub.').waitFor();
  await axe('print page');
  await page.emulateMedia({ media: 'print' });
  expect(!(await page.locator('header.nhsuk-header').isVisible()), 'no header when printed');
  await shot('10-print');
  await page.emulateMedia({ media: 'screen' });
});

await test('meetings list by partnership and date', async () => {
  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await heading('Meetings');
  await choose('#filter-holder', partnershipName);
  await page.getByRole('button', { name: 'Show meetings' }).click();
  await page.getByRole('link', { name: `Browser test meeting ${stamp}` }).waitFor();
  await axe('meeting list');
  await shot('11-meetings');
});

await test('boards: list, create and view', async () => {
  await page.getByRole('link', { name: 'Boards', exact: true }).click();
  await heading('Boards');
  await axe('board list');
  await page.getByRole('link', { name: 'Create a board' }).click();
  await heading('Create a board');
  await page.getByLabel('Name').fill(`Browser test board ${stamp}`);
  await page.getByLabel('Statutory body').check();
  await axe('board form');
  await page.getByRole('button', { name: 'Create board' }).click();
  await heading(`Browser test board ${stamp}`);
  await axe('board view');
  await shot('12-board');
});

await test('actions across meetings', async () => {
  await page.getByRole('link', { name: 'Actions', exact: true }).click();
  await heading('Actions');
  await axe('actions');
  await shot('13-actions');
});

await test('an unknown address shows a clear message', async () => {
  await page.goto(`${WEB}/meetings/00000000-0000-0000-0000-000000000000`);
  await heading('Not found');
  await axe('not found');
});

await test('staff plan yesterday’s meeting of the Lewisham People’s Partnership, to claim for', async () => {
  const headers = { Authorization: `Bearer ${await accessToken()}`, 'Content-Type': 'application/json' };
  const found = await fetch(`${API}/api/v1/partnerships?q=${encodeURIComponent('Lewisham People')}`, { headers });
  const lpp = (await found.json()).items.find((p) => p.name === "Lewisham People's Partnership");
  expect(lpp, 'the demo partnership is listed');
  const created = await fetch(`${API}/api/v1/meetings`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      partnershipId: lpp.id,
      title: claimMeetingTitle,
      startsAt: `${yesterday}T10:00:00Z`,
      endsAt: `${yesterday}T12:00:00Z`,
      format: 'IN_PERSON',
      venue: 'Lewisham Civic Centre',
    }),
  });
  expect(created.status === 201, `meeting created: ${created.status} ${await created.text()}`);
});

await test('signs out', async () => {
  await page.goto(WEB);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${WEB}/`, { timeout: 20_000 });
  await heading('Sign in to Tandem');
});

await test('a member sees meetings but no way to change them', async () => {
  await signIn('lewisham-member');
  await page.goto(meetingUrl);
  await heading(/Browser test meeting/);
  expect((await page.getByRole('link', { name: 'Take the register' }).count()) === 0, 'no register link');
  expect((await page.getByRole('link', { name: 'Edit details' }).count()) === 0, 'no edit link');
  expect((await page.getByText('Add an agenda item').count()) === 0, 'no agenda builder');
  await settled();
  expect((await page.getByRole('heading', { name: 'History' }).count()) === 0, 'no history for a member');
  await page.goto(`${WEB}/partnerships`);
  await heading('Partnerships');
  expect((await page.getByRole('link', { name: 'Create a partnership' }).count()) === 0, 'no create button');
  await axe('partnerships as member');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
});

await test('a member claims on a phone (320 px): mileage, an expense with a receipt, the total, submit', async () => {
  await signIn('lewisham-member');
  await page.setViewportSize({ width: 320, height: 740 });
  try {
    await page.goto(`${WEB}/claims`);
    await heading('My claims');
    await axe('my claims (320 px)');
    await page.getByRole('link', { name: 'Make a claim' }).click();
    await heading('Make a claim');
    await choose('#claim-meeting', claimMeetingTitle);
    await axe('claim form (320 px)');
    await shot('30-claim-start-320');
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(/^Claim /);
    claimReference = (await page.getByRole('heading', { level: 1 }).innerText()).replace(/^Claim\s+(\S+).*$/s, '$1');
    await page.locator('#line-category').selectOption('MILEAGE');
    await page.locator('#line-miles').fill('10');
    await page.getByRole('button', { name: 'Add to claim' }).click();
    // The claim starts with the policy's involvement payment for the two-hour meeting: a half day, £75.
    await page.locator('#claim-total', { hasText: '£79.50' }).waitFor();
    await page.locator('#line-category').selectOption('PUBLIC_TRANSPORT');
    await page.locator('#line-amount').fill('25.00');
    await page.locator('#line-description').fill('Train to Lewisham and back');
    const receipt = page.locator('#line-receipt');
    expect((await receipt.getAttribute('capture')) === 'environment', 'the receipt input opens the camera');
    await receipt.setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: receiptPng });
    await page.getByRole('button', { name: 'Add to claim' }).click();
    await page.locator('#claim-total', { hasText: '£104.50' }).waitFor();
    await page.getByRole('button', { name: /Download receipt receipt\.png/ }).waitFor();
    await settled();
    await axe('draft claim with lines (320 px)');
    await shot('31-claim-draft-320');
    await page.getByRole('button', { name: 'Submit claim' }).click();
    await page.locator('h1 .nhsuk-tag', { hasText: 'Submitted' }).waitFor();
    expect(await page.getByText('Withdraw this claim').first().isVisible(), 'a submitted claim can be withdrawn');
    expect((await page.getByRole('button', { name: 'Approve' }).count()) === 0, 'a member cannot approve');
    await axe('submitted claim (320 px)');
    await shot('32-claim-submitted-320');
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
});

await test('finance approves the claim with its receipt in view, then marks it paid', async () => {
  await signIn('lewisham-finance');
  await page.getByRole('link', { name: 'Approve and pay' }).click();
  await heading('Claims to approve and pay');
  await axe('finance queue');
  await shot('33-finance-queue');
  // Hundreds of claims wait (the seeded directory): finance finds this one by its claimant.
  await page.locator('#queue-claimant').fill('Sam Wilson');
  await page.getByRole('button', { name: 'Show claims' }).click();
  await page.getByRole('link', { name: claimReference, exact: true }).first().click();
  await heading(new RegExp(`Claim ${claimReference}`));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download receipt receipt\.png/ }).click();
  expect((await download).suggestedFilename() === 'receipt.png', 'the receipt downloads with the token');
  await axe('claim to approve');
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await page.locator('h1 .nhsuk-tag', { hasText: 'Approved' }).waitFor();
  await page.goto(`${WEB}/claims/finance`);
  await heading('Claims to approve and pay');
  await page.getByLabel(`Pay claim ${claimReference}`).check();
  await page.locator('#pay-reference').fill(`BACS-${stamp}`);
  await axe('claims to pay');
  await shot('34-finance-to-pay');
  await page.getByRole('button', { name: 'Mark as paid' }).click();
  await page.getByText('No approved claims are waiting for payment.').waitFor();
  await page.goto(`${WEB}/claims`);
  await heading('Claims');
  await page.getByRole('link', { name: claimReference, exact: true }).click();
  await page.locator('h1 .nhsuk-tag', { hasText: 'Paid' }).waitFor();
  await axe('paid claim');
  await shot('35-claim-paid');
});

await test('admin: reimbursement policies and budgets (list, edit, create)', async () => {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
  await signIn('lewisham-admin');
  await page.goto(`${WEB}/claims/policies`);
  await heading('Policies and budgets');
  await axe('policies and budgets');
  await shot('36-policies-budgets');
  expect(
    await page.getByRole('cell', { name: 'In use' }).first().isVisible(),
    'the demo policy, claimed under, is kept',
  );
  await page.getByRole('link', { name: 'Add a policy' }).click();
  await heading('Add a reimbursement policy');
  await choose('#policy-partnership', "Lewisham People's Partnership");
  await fillDate('policy-from', '2030-04-01');
  await page.locator('#policy-half-day').fill('80');
  await page.locator('#policy-full-day').fill('160');
  await page.locator('#policy-mileage').fill('45');
  await page.locator('#policy-receipts').fill('20');
  await page.locator('#policy-deadline').fill('28');
  await axe('policy form');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await heading('Policies and budgets');
  await page.getByRole('link', { name: 'Edit policy' }).click();
  await heading('Edit reimbursement policy');
  expect((await page.locator('#policy-half-day').inputValue()) === '80.00', 'the half day rate is kept in pence');
  await page.locator('#policy-full-day').fill('165');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await heading('Policies and budgets');
  await page.getByText('full day £165.00').waitFor();
  await page.getByRole('link', { name: 'Add a budget' }).click();
  await heading('Add a budget');
  await choose('#budget-partnership', "Lewisham People's Partnership");
  await page.locator('#budget-year').fill('2030-31');
  await page.locator('#budget-allocated').fill('12,000.50');
  await axe('budget form');
  await page.getByRole('button', { name: 'Create budget' }).click();
  await heading('Policies and budgets');
  await page.getByRole('cell', { name: /2030-31/ }).waitFor();
  await page.getByText('£12,000.50').first().waitFor();
});

// --- Outcomes and the public page (issue 4) ---------------------------------------------
// Self-contained: signs in as lewisham-staff, makes its own feedback through the API, and
// records, moves and publishes an outcome from it; then reads the public page signed out.
const outcomeYouSaid = `People waiting for GP appointments are not told the options ${stamp}`;
const outcomeWeDid = `Practices now explain phone, online and walk-in options on every letter ${stamp}`;
const outcomeWeDidEdited = `${outcomeWeDid}, and at the front desk`;
const outcomeReason = `The practices could not agree a single letter in time ${stamp}`;
let outcomePartnershipId = '';
let outcomeUrl = '';

/** Calls the API with `headers` (see apiHeaders) and answers the JSON it sent back; fails the test unless it was 2xx. */
async function call(headers, method, path, body) {
  const response = await fetch(`${API}${path}`, { method, headers, body: body && JSON.stringify(body) });
  const text = await response.text();
  expect(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

async function apiHeaders() {
  return { Authorization: `Bearer ${await accessToken()}`, 'Content-Type': 'application/json' };
}

async function lewishamPeoplesPartnership(headers) {
  const found = await fetch(`${API}/api/v1/partnerships?q=${encodeURIComponent("Lewisham People's Partnership")}`, {
    headers,
  });
  const lpp = (await found.json()).items.find((p) => p.name === "Lewisham People's Partnership");
  expect(lpp, 'the demo partnership is listed');
  return lpp;
}

await test('outcomes: staff record an outcome from feedback chosen in the feedback list', async () => {
  await page.goto(WEB);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
  if (await page.getByRole('button', { name: 'Sign out' }).isVisible()) {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in to Tandem');
  }
  await signIn('lewisham-staff');
  const headers = await apiHeaders();
  const lpp = await lewishamPeoplesPartnership(headers);
  outcomePartnershipId = lpp.id;
  const feedbackIds = [];
  for (const text of [
    `It took three weeks to get a GP appointment and nobody said why ${stamp}`,
    `The surgery letter did not say I could book online ${stamp}`,
  ]) {
    const created = await fetch(`${API}/api/v1/feedback`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ partnershipId: lpp.id, text, receivedOn: yesterday, area: 'Lewisham North' }),
    });
    const body = await created.json();
    expect(created.status === 201, `feedback created: ${created.status} ${JSON.stringify(body)}`);
    feedbackIds.push(body.id);
  }
  await page.goto(`${WEB}/outcomes/new?partnershipId=${lpp.id}&feedbackIds=${feedbackIds.join(',')}`);
  await heading('Record an outcome');
  await page.getByText(`It took three weeks to get a GP appointment and nobody said why ${stamp}`).waitFor();
  await page.getByText(`The surgery letter did not say I could book online ${stamp}`).waitFor();
  await page.waitForFunction(
    (name) => document.querySelector('#outcome-partnership')?.value === name,
    "Lewisham People's Partnership",
  );
  await axe('outcome form with selected feedback');
  await shot('60-outcome-new-from-feedback');
  // Take the second one off again.
  await page.getByRole('button', { name: 'Remove feedback 2 from this outcome' }).click();
  expect(
    (await page.getByText(`The surgery letter did not say I could book online ${stamp}`).count()) === 0,
    'removed feedback is gone from the form',
  );
  await page.locator('#outcome-you-said').fill(outcomeYouSaid);
  await page.locator('#outcome-we-did').fill(outcomeWeDid);
  await page.locator('#outcome-themes').fill('access to primary');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Remove Access to primary care' }).waitFor();
  await choose('#outcome-responsible', 'South East London', 'NHS South East London ICB (Lewisham)');
  await fillDate('outcome-due', '2030-03-31');
  await page.getByRole('button', { name: 'Record outcome' }).click();
  await heading(/^Outcome/);
  outcomeUrl = page.url();
  await page.getByText(outcomeYouSaid).waitFor();
  await page.getByText(`It took three weeks to get a GP appointment and nobody said why ${stamp}`).waitFor();
  expect(
    (await page.getByText(`The surgery letter did not say I could book online ${stamp}`).count()) === 0,
    'only the feedback kept is linked',
  );
  await page.locator('h1 .nhsuk-tag', { hasText: 'Under consideration' }).waitFor();
  await axe('outcome page');
  await shot('61-outcome-page');
});

await test('outcomes: the board shows it under Under consideration (columns stack at 320 px)', async () => {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Outcomes' }).click();
  await heading('Outcomes');
  await choose('#outcomes-partnership', "Lewisham People's Partnership");
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/partnershipId=/);
  await settled();
  const column = page.getByRole('region', { name: /Under consideration/ });
  await column
    .getByRole('link', { name: new RegExp(stamp) })
    .first()
    .waitFor();
  expect(
    (await page
      .getByRole('region', { name: /In progress/ })
      .getByText(outcomeYouSaid.slice(0, 40))
      .count()) === 0,
    'not in another column',
  );
  await axe('outcome board');
  await shot('62-outcome-board');
  await page.setViewportSize({ width: 320, height: 740 });
  try {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(!overflow, 'the board does not scroll sideways at 320 px');
    await axe('outcome board (320 px)');
    await shot('63-outcome-board-320');
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});

await test('outcomes: move it to In progress, then Not possible, which needs the reason', async () => {
  await page.goto(outcomeUrl);
  await heading(/^Outcome/);
  await page.locator('#status-new').selectOption('IN_PROGRESS');
  await page.getByRole('button', { name: 'Change status' }).click();
  await page.locator('h1 .nhsuk-tag', { hasText: 'In progress' }).waitFor();
  await page.getByRole('cell', { name: /Under consideration → In progress/ }).waitFor();
  await page.locator('#status-new').selectOption('NOT_POSSIBLE');
  await page.getByRole('button', { name: 'Change status' }).click();
  await page.locator('.nhsuk-error-summary').waitFor();
  await page.locator('#status-reason-error').waitFor();
  expect(
    (await page.locator('h1 .nhsuk-tag', { hasText: 'In progress' }).count()) === 1,
    'nothing changes without the reason',
  );
  await axe('status change without a reason');
  await shot('64-outcome-reason-required');
  await page.locator('#status-reason').fill(outcomeReason);
  await page.getByRole('button', { name: 'Change status' }).click();
  await page.locator('h1 .nhsuk-tag', { hasText: 'Not possible' }).waitFor();
  await page.getByRole('cell', { name: outcomeReason }).waitFor();
  await axe('outcome not possible');
});

await test('history: the outcome’s History says who moved it, from what to what, newest first', async () => {
  const history = page.locator('section', { has: page.getByRole('heading', { name: 'History of changes' }) });
  await history.waitFor();
  const items = history.getByRole('listitem');
  // The last status change is the newest entry (the section reloads after every change).
  await items.first().filter({ hasText: 'Daniel Okafor marked the outcome as not possible' }).waitFor();
  const newest = await items.first().innerText();
  expect(newest.includes('Daniel Okafor marked the outcome as not possible'), `newest entry: ${newest}`);
  expect(newest.includes('status from In progress to Not possible'), `the field in words: ${newest}`);
  await history.getByText('Daniel Okafor started the outcome').waitFor();
  await history.getByText(/Daniel Okafor created the outcome/).waitFor();
  expect(/\d{1,2} \w+ \d{4} at \d{2}:\d{2}/.test(newest), `a readable London time: ${newest}`);
  expect(
    (await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Audit trail' }).count()) === 0,
    'no audit page for staff',
  );
  await axe('outcome page with its history');
  await shot('65-outcome-history');
});

await test('outcomes: edit it (the form keeps the linked feedback)', async () => {
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await heading('Edit outcome');
  await page.getByText(`It took three weeks to get a GP appointment and nobody said why ${stamp}`).waitFor();
  expect(
    await page.getByRole('button', { name: 'Remove Access to primary care' }).isVisible(),
    'the theme stays chosen',
  );
  await page.locator('#outcome-we-did').fill(outcomeWeDidEdited);
  await axe('outcome edit form');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await heading(/^Outcome/);
  await page.getByText(outcomeWeDidEdited).waitFor();
});

await test('outcomes: publish it', async () => {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.locator('h1 .nhsuk-tag', { hasText: /^Published$/ }).waitFor();
  await page.getByRole('button', { name: 'Unpublish' }).waitFor();
  await axe('published outcome');
  await shot('65-outcome-published');
  await page.goto(`${WEB}/partnerships/${outcomePartnershipId}`);
  await heading("Lewisham People's Partnership");
  await page.getByRole('link', { name: /^Public .you said, we did. page$/ }).waitFor();
});

await test('public page: no sign-in, readable at 320 px, no names, prints without buttons', async () => {
  // Names the public page must never show: the partnership's members and who changed the outcome.
  const headers = await apiHeaders();
  const partnership = await (await fetch(`${API}/api/v1/partnerships/${outcomePartnershipId}`, { headers })).json();
  const outcomeId = outcomeUrl.split('/').pop();
  const outcome = await (await fetch(`${API}/api/v1/outcomes/${outcomeId}`, { headers })).json();
  const names = [
    ...(partnership.members ?? []).map((m) => m.displayName),
    ...(outcome.history ?? []).map((h) => h.changedBy),
    'Daniel Okafor',
  ].filter((n) => n && n.length > 3);
  expect(names.length > 1, `some names to look for: ${names.join(', ')}`);

  const signedIn = page;
  const publicContext = await browser.newContext({ viewport: { width: 320, height: 740 }, locale: 'en-GB' });
  page = await publicContext.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  try {
    const requests = [];
    page.on('request', (r) => requests.push(r));
    await page.goto(`${WEB}/public/partnerships/${outcomePartnershipId}`);
    await heading('You said, we did');
    // Each outcome is anchored by its id, so that a message can link to one ("you said, we did" updates).
    expect((await page.locator(`[id="outcome-${outcomeId}"]`).count()) === 1, 'the outcome has its anchor by id');
    await page.getByText(outcomeYouSaid).waitFor();
    await page.getByText(outcomeWeDidEdited).waitFor();
    await page.getByText(outcomeReason).waitFor();
    await page.getByText('We could not do this').first().waitFor();
    expect((await page.getByRole('button', { name: 'Sign in' }).count()) === 0, 'no sign-in asked');
    expect(!page.url().includes('/realms/'), 'not sent to Keycloak');
    const apiCalls = requests.filter((r) => r.url().startsWith(API));
    expect(apiCalls.length > 0, 'the page read the public API');
    for (const r of apiCalls) {
      expect(!(await r.allHeaders())['authorization'], `no token sent to ${r.url()}`);
    }
    const text = await page.locator('body').innerText();
    for (const name of names) expect(!text.includes(name), `the public page shows no names: found ${name}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(!overflow, 'nothing scrolls sideways at 320 px');
    await axe('public page (320 px)');
    await shot('66-public-page-320');
    await page.emulateMedia({ media: 'print' });
    expect(!(await page.getByRole('button', { name: 'Print this page' }).isVisible()), 'no buttons in print');
    expect(!(await page.locator('.nhsuk-header').isVisible()), 'no header in print');
    const printed = await page.locator('.tandem-print-only').innerText();
    expect(printed.includes(`/public/partnerships/${outcomePartnershipId}`), `the address is printed: ${printed}`);
    await shot('67-public-page-print');
    await page.emulateMedia({ media: 'screen' });
  } finally {
    await publicContext.close();
    page = signedIn;
  }
});

await test('meeting notes: staff publish a held Chatham House meeting’s notes; the public page names nobody', async () => {
  const headers = await apiHeaders();
  const lpp = await lewishamPeoplesPartnership(headers);
  const partnership = await (await fetch(`${API}/api/v1/partnerships/${lpp.id}`, { headers })).json();
  const member = (partnership.members ?? []).find((m) => m.personId && m.displayName && !m.endedOn);
  expect(member, 'the demo partnership has a member to name in the notes');
  const title = `Public notes test ${stamp}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${API}${path}`, { method, headers, body: body && JSON.stringify(body) });
    const json = await response.json().catch(() => ({}));
    expect(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const meeting = await call('POST', '/api/v1/meetings', {
    partnershipId: lpp.id,
    title,
    startsAt: `${yesterday}T17:00:00Z`,
    endsAt: `${yesterday}T18:30:00Z`,
    format: 'ONLINE',
    onlineLink: 'https://meet.example.org/public-notes',
    chathamHouse: true,
  });
  await call('POST', `/api/v1/meetings/${meeting.id}/attendance`, { personId: member.personId, status: 'ATTENDED' });
  await call('POST', `/api/v1/meetings/${meeting.id}/agenda-items`, {
    kind: 'ITEM',
    title: `GP letters ${stamp}`,
    presenter: member.displayName,
    notes: `${member.displayName} said the letters confuse people.`,
    decisions: [{ text: `One plain letter for every practice ${stamp}` }],
  });
  const latest = await call('GET', `/api/v1/meetings/${meeting.id}`);
  await call('POST', `/api/v1/meetings/${meeting.id}/mark-held`, { version: latest.version });

  await page.goto(`${WEB}/meetings/${meeting.id}`);
  await heading(new RegExp(title));
  await page.getByText('held under the Chatham House rule, so nothing said is attributed').waitFor();
  await axe('meeting with notes to publish');
  await page.getByRole('button', { name: 'Preview public notes' }).click();
  await page.locator('.tandem-public-preview .tandem-public-meeting').waitFor();
  await page.getByRole('button', { name: 'Publish notes' }).click();
  await page.getByRole('button', { name: 'Unpublish notes' }).waitFor();
  await page.getByText(/The notes were published on/).waitFor();
  await axe('meeting with published notes');
  await shot('68-meeting-notes-published');

  const signedIn = page;
  const publicContext = await browser.newContext({ viewport: { width: 320, height: 740 }, locale: 'en-GB' });
  page = await publicContext.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  try {
    await page.goto(`${WEB}/public/partnerships/${lpp.id}`);
    await heading('You said, we did');
    await page.getByRole('heading', { name: 'Meeting notes' }).waitFor();
    const card = page.locator('.tandem-public-meeting', { hasText: title });
    await card.waitFor();
    await card.getByText(`One plain letter for every practice ${stamp}`).waitFor();
    await card.getByText('Held under the Chatham House rule').waitFor();
    await card.getByText('a participant said the letters confuse people.', { exact: false }).waitFor();
    const text = await page.locator('body').innerText();
    expect(!text.includes(member.displayName), `the notes do not name ${member.displayName}`);
    await axe('public page with meeting notes (320 px)');
    await shot('69-public-meeting-notes-320');
  } finally {
    await publicContext.close();
    page = signedIn;
  }
});

await test('outcomes: a member sees the board and the outcome, with nothing to change', async () => {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
  await signIn('lewisham-member');
  await page.goto(`${WEB}/outcomes?partnershipId=${outcomePartnershipId}`);
  await heading('Outcomes');
  await page
    .getByRole('region', { name: /Not possible/ })
    .getByRole('link', { name: new RegExp(stamp) })
    .first()
    // On the start of its first line: the middle of a link that wraps can fall between its lines.
    .click({ position: { x: 4, y: 4 } });
  await heading(/^Outcome/);
  await page.getByText(outcomeReason).first().waitFor();
  for (const name of ['Publish', 'Unpublish', 'Change status']) {
    expect((await page.getByRole('button', { name, exact: true }).count()) === 0, `no ${name} button for a member`);
  }
  expect((await page.getByRole('link', { name: 'Edit', exact: true }).count()) === 0, 'no edit link for a member');
  await page.getByText('1 piece of feedback is linked.').waitFor();
  await axe('outcome as member');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
});

// --- Feedback, activities and themes (issue 4)
// Each test signs in as lewisham-staff itself; only the names below carry state between them.
const feedbackActivity = `Feedback workshop ${stamp}`;
const feedbackTagged = `Browser feedback ${stamp}: three weeks to get a GP appointment`;
const feedbackUntagged = `Browser feedback ${stamp}: nobody explained why the wait was so long`;
const themeName = `Waiting times ${stamp}`;
const themeRenamed = `Waiting for appointments ${stamp}`;
const today = new Date().toISOString().slice(0, 10);
let feedbackActivityId = '';

async function signInAsStaff() {
  await switchUser('lewisham-staff');
}

/** Signs out whoever is signed in (if anyone), then signs in as `username`. */
async function switchUser(username) {
  await page.goto(WEB);
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await signOut
    .or(page.getByRole('button', { name: 'Sign in' }))
    .first()
    .waitFor({ timeout: 20_000 });
  if (await signOut.isVisible()) {
    await signOut.click();
    await heading('Sign in to Tandem');
  }
  await signIn(username);
}

/**
 * Types `text` into a chooser (a combobox that searches the server: a label or a `#id`) and picks
 * the first match whose name holds `option` (a string or a RegExp; by default the text itself).
 */
async function choose(field, text, option = text) {
  const input = field.startsWith('#') ? page.locator(field) : page.getByRole('combobox', { name: field, exact: true });
  // Emptied first: typing the name it already shows would change nothing, and open no list.
  await input.fill('');
  await input.fill(text);
  const listbox = page.locator(`#${await input.getAttribute('aria-controls')}`);
  await listbox.getByRole('option', { name: option }).first().click();
  expect((await input.getAttribute('aria-expanded')) === 'false', `the list of ${field} closes once chosen`);
}

/** The value of the option of a select whose text holds `text`. */
async function optionValue(select, text) {
  const option = page.locator(`${select} option`, { hasText: text }).first();
  await option.waitFor({ state: 'attached' });
  return option.getAttribute('value');
}

/** The text of a feedback item in a list (its tick's label also holds the start of it, hidden). */
function feedbackText(text) {
  return page.locator('td .tandem-pre-line', { hasText: text });
}

/** Fills an NHS.UK date input's day, month and year boxes (`#<id>-day` and so on) from yyyy-mm-dd. */
async function fillDate(id, iso) {
  const [year, month, day] = iso.split('-');
  await page.locator(`#${id}-day`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year);
}

/** Fills a 24-hour time field ("14:30"): a text box, never the browser's own time picker. */
async function fillTime(id, time) {
  await page.locator(`#${id}`).fill(time);
}

async function focusedId() {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

await test('feedback: staff add an engagement activity with its reach', async () => {
  await signInAsStaff();
  await page.getByRole('link', { name: 'Feedback', exact: true }).click();
  await heading('Feedback');
  await axe('feedback list');
  await shot('40-feedback-list');
  await page.getByRole('link', { name: 'Activities', exact: true }).click();
  await heading('Activities');
  await axe('activity list');
  await page.getByRole('link', { name: 'Add an activity' }).click();
  await heading('Add an activity');
  await choose('#activity-partnership', "Lewisham People's Partnership");
  await page.locator('#activity-kind').selectOption('WORKSHOP');
  await page.locator('#activity-title').fill(feedbackActivity);
  await fillDate('activity-date', today);
  await page.locator('#activity-area').fill('Lewisham North');
  await page.locator('#activity-audience').fill('Carers and young people');
  await page.locator('#activity-reach-people').fill('40');
  await page.locator('#activity-reach-carers').fill('6');
  await page.locator('#activity-reach-youngPeople').fill('9');
  await axe('activity form');
  await shot('41-activity-form');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await heading('Activities');
  const link = page.getByRole('link', { name: feedbackActivity, exact: true });
  await link.waitFor();
  feedbackActivityId = new URL(await link.getAttribute('href'), WEB).searchParams.get('activityId') ?? '';
  expect(feedbackActivityId, 'the activity links to its feedback');
  expect(
    await page
      .getByRole('cell', { name: /^(People reached )?40$/ })
      .first()
      .isVisible(),
    'reach shows',
  );
});

await test('feedback: record two items with the keyboard only (themes picked on one)', async () => {
  await signInAsStaff();
  await page.goto(`${WEB}/feedback/new`);
  await heading('Record feedback');
  await page.waitForFunction(() => document.activeElement?.id === 'feedback-text');
  await page.keyboard.type(feedbackTagged);
  await page.keyboard.press('Tab');
  expect((await focusedId()) === 'feedback-themes', `the theme picker follows the text: ${await focusedId()}`);
  await page.keyboard.type('access to primary');
  await page.getByRole('option', { name: /Access to primary care/ }).waitFor();
  await axe('record feedback with the theme list open');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Remove Access to primary care' }).waitFor();
  await page.keyboard.press('Tab');
  expect((await focusedId()) === 'feedback-partnership', `then the partnership: ${await focusedId()}`);
  // No partnership is chosen for you: type to search, the down arrow moves to the match, Enter picks it.
  const lpp = "Lewisham People's Partnership";
  await page.keyboard.type(lpp);
  // Wait for the answer to what was typed: until it comes, the list still shows the latest partnerships.
  await page.locator('#feedback-partnership-listbox').getByRole('option').first().filter({ hasText: lpp }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const chosenPartnership = () => page.locator('#feedback-partnership').inputValue();
  expect((await chosenPartnership()) === lpp, `the partnership: ${await chosenPartnership()}`);
  await page.keyboard.press('Tab');
  expect((await focusedId()) === 'feedback-activity', `then the activity: ${await focusedId()}`);
  await page.keyboard.type(feedbackActivity);
  await page
    .locator('#feedback-activity-listbox')
    .getByRole('option')
    .first()
    .filter({ hasText: feedbackActivity })
    .waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect((await focusedId()) === 'feedback-area', `then the area: ${await focusedId()}`);
  await page.keyboard.type('Lewisham North');
  const chosenActivity = () => page.locator('#feedback-activity').inputValue();
  expect((await chosenActivity()).startsWith(feedbackActivity), `the activity is chosen: ${await chosenActivity()}`);
  await shot('42-record-feedback');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('status').filter({ hasText: '1 recorded' }).waitFor();
  expect((await focusedId()) === 'feedback-text', 'focus is back in the text');
  expect((await page.locator('#feedback-text').inputValue()) === '', 'the text is cleared');
  expect((await page.locator('#feedback-area').inputValue()) === 'Lewisham North', 'the area is kept');
  await page.keyboard.type(feedbackUntagged);
  await page.keyboard.press('Control+Enter');
  await page.getByRole('status').filter({ hasText: '2 recorded' }).waitFor();
  expect((await chosenActivity()).startsWith(feedbackActivity), `the activity is kept: ${await chosenActivity()}`);
  await axe('record feedback after saving');
  await shot('43-record-feedback-saved');
});

await test('feedback: the untagged queue holds the item without themes', async () => {
  await signInAsStaff();
  await page.goto(`${WEB}/feedback/untagged?activityId=${feedbackActivityId}`);
  await heading('Feedback to tag');
  await feedbackText(feedbackUntagged).waitFor();
  expect((await feedbackText(feedbackTagged).count()) === 0, 'the tagged item is not in the queue');
  await axe('untagged queue');
  await shot('44-untagged-queue');
});

await test('feedback: tick both items and tag them together', async () => {
  await signInAsStaff();
  await page.goto(`${WEB}/feedback?activityId=${feedbackActivityId}`);
  await heading('Feedback');
  await feedbackText(feedbackUntagged).waitFor();
  await page.getByLabel('Select all 2 on this page').check();
  await page.getByRole('heading', { name: '2 selected' }).waitFor();
  const outcome = page.getByRole('link', { name: 'Create outcome from selected' });
  const href = await outcome.getAttribute('href');
  expect(/^\/outcomes\/new\?partnershipId=[0-9a-f-]{36}&feedbackIds=[0-9a-f-]{36},[0-9a-f-]{36}$/.test(href), href);
  await page.getByRole('combobox', { name: 'Themes to add or remove' }).fill('Integration of');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Remove Integration of services' }).waitFor();
  await axe('feedback with items ticked');
  await shot('45-bulk-tagging');
  await page.getByRole('button', { name: 'Add themes to 2 selected' }).click();
  await page.getByText('Added Integration of services to 2 feedback items.').waitFor();
  await settled();
  expect(
    (await page.getByRole('link', { name: 'Integration of services' }).count()) === 2,
    'both items show the theme',
  );
  await page.goto(`${WEB}/feedback/untagged?activityId=${feedbackActivityId}`);
  await heading('Feedback to tag');
  await page.getByText('Everything is tagged.').waitFor();

  // The chain goes on: the ticked feedback becomes an outcome, published on the public page.
  await page.goto(`${WEB}${href}`);
  await heading('Record an outcome');
  await page.getByText(feedbackTagged).waitFor();
  await page.getByText(feedbackUntagged).waitFor();
  await page.locator('#outcome-you-said').fill(`Waits for GP appointments are long and unexplained ${stamp}`);
  await page.locator('#outcome-published').check({ force: true });
  await page.getByRole('button', { name: 'Record outcome' }).click();
  await heading(/^Outcome/);
  const partnershipId = new URL(href, WEB).searchParams.get('partnershipId');
  await page.goto(`${WEB}/public/partnerships/${partnershipId}`);
  await page.getByText(`Waits for GP appointments are long and unexplained ${stamp}`).waitFor();
});

await test('contributor: staff record feedback with a consenting email and see who said it on its page', async () => {
  await signInAsStaff();
  const said = `Browser feedback ${stamp}: please tell me what you do about the waits`;
  const email = `resident-${stamp}@example.org`;
  await page.goto(`${WEB}/feedback/new`);
  await heading('Record feedback');
  await page.locator('#feedback-text').fill(said);
  await choose('#feedback-partnership', "Lewisham People's Partnership");
  await page.getByRole('group', { name: 'Who said this (optional)' }).waitFor();
  await page.getByLabel('Or their email address').fill(email);
  // Without their agreement the address is refused, at the checkbox.
  await page.getByRole('button', { name: 'Save and add another' }).click();
  await page.getByRole('link', { name: /must be true to keep an email address/ }).waitFor();
  await axe('record feedback: an address without consent');
  await page.getByLabel('They agreed to be contacted about what happens next').check({ force: true });
  await axe('record feedback with who said it');
  await shot('45-record-feedback-contributor');
  await page.getByRole('button', { name: 'Save and add another' }).click();
  await page.getByRole('link', { name: 'View the item just saved' }).click();
  await heading('Feedback');
  await page.getByText(said).waitFor();
  await page.getByRole('heading', { name: 'Who said this' }).waitFor();
  await page.getByText(email).waitFor();
  await page.getByText(/Agreed on .* to be contacted about what happens next/).waitFor();
  await axe('feedback page with who said it');
  await shot('46-feedback-contributor');
});

await test('themes: add a theme, rename it, merge it into another; retire one (why a focus area cannot, first)', async () => {
  await signInAsStaff();
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  await heading('Themes');
  await page.getByRole('link', { name: 'Access to primary care' }).first().waitFor();
  await axe('theme tree');
  await shot('46-theme-tree');
  const addTheme = async (kind, name, parent) => {
    const details = page.locator('details', { hasText: 'Add a focus area, ambition or theme' });
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
    await page.getByLabel(kind, { exact: true }).check({ force: true });
    if (parent) await page.locator('#theme-parent').selectOption(await optionValue('#theme-parent', parent));
    await page.locator('#theme-name').fill(name);
    await page.getByRole('button', { name: `Add ${kind.toLowerCase()}` }).click();
    await page.getByText(`Added “${name}” to the tree.`).waitFor();
  };
  await addTheme('Theme', themeName, 'We will be cared for by the best people');
  await axe('theme tree with the add form');
  await page.getByRole('link', { name: themeName }).click();
  await heading(themeName);
  await page.getByText('Rename or describe').click();
  await page.locator('#theme-edit-name').fill(themeRenamed);
  await page.locator('#theme-edit-description').fill('How long people wait for appointments');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await heading(themeRenamed);
  await page.getByText('Merge into another theme').click();
  await page.locator('#merge-target').selectOption(await optionValue('#merge-target', 'Access to primary care'));
  await page.getByRole('button', { name: 'Merge…' }).click();
  await page.getByRole('heading', { name: `Merge “${themeRenamed}” into “Access to primary care”?` }).waitFor();
  await axe('theme page with the merge to confirm');
  await shot('47-theme-merge');
  await page.getByRole('button', { name: 'Yes, merge' }).click();
  await heading('Access to primary care');

  // Retire: a focus area with a theme under it cannot go (409, explained); the theme can.
  await page.goto(`${WEB}/themes`);
  await heading('Themes');
  const focusArea = `Focus ${stamp}`;
  const retiring = `Retire me ${stamp}`;
  await addTheme('Focus area', focusArea);
  await addTheme('Theme', retiring, focusArea);
  await page.getByRole('link', { name: focusArea }).click();
  await heading(focusArea);
  await page.getByText('Retire', { exact: true }).click();
  // Its allowedActions leave RETIRE out while a theme sits under it: the page says why instead of a button.
  await page.getByText(/cannot be retired while active ambitions or themes sit under it/).waitFor();
  expect((await page.getByRole('button', { name: `Retire ${focusArea}` }).count()) === 0, 'no Retire button');
  await axe('retire refused');
  await shot('48-theme-retire-409');
  await page.goto(`${WEB}/themes`);
  await page.getByRole('link', { name: retiring }).click();
  await heading(retiring);
  await page.getByText('Retire', { exact: true }).click();
  await page.getByRole('button', { name: `Retire ${retiring}` }).click();
  await page.locator('h1 .nhsuk-tag', { hasText: 'Retired' }).waitFor();
  await page.goto(`${WEB}/themes`);
  await heading('Themes');
  expect((await page.getByRole('link', { name: retiring }).count()) === 0, 'a retired theme leaves the tree');
  await page.getByLabel('Show retired and merged themes').check();
  await page.getByRole('link', { name: retiring }).waitFor();
  await page.getByRole('link', { name: themeRenamed }).waitFor();
  await page.getByText('Merged into Access to primary care').first().waitFor();
  await axe('theme tree with retired themes');
  await shot('49-theme-tree-retired');
});

await test('themes: the theme page shows the trend as a chart and the same data as a table', async () => {
  await signInAsStaff();
  await page.goto(`${WEB}/themes`);
  await page.getByRole('link', { name: 'Integration of services' }).first().click();
  await heading('Integration of services');
  const canvas = page.locator('figure canvas[role="img"]');
  await canvas.waitFor();
  const description = await canvas.getAttribute('aria-label');
  expect(/per month/.test(description), `the chart says what it shows: ${description}`);
  const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(),
  );
  const row = page.locator('table').first().locator('tr', { hasText: month });
  const count = Number((await row.locator('td').nth(1).innerText()).replace(/\D/g, ''));
  expect(count >= 2, `this month's row counts the tagged feedback: ${count}`);
  expect(description.includes(`${month} ${count}`), 'the chart and the table hold the same numbers');
  await page.getByRole('heading', { name: 'By source organisation' }).waitFor();
  await page.getByRole('heading', { name: 'By area' }).waitFor();
  await page.getByText(/feedback items? from .* (up|down|no change)/).waitFor();
  await feedbackText(feedbackUntagged).waitFor();
  await axe('theme page with its trend');
  await shot('50-theme-trend');
});

await test('themes: an analyst reads feedback, themes and trends with nothing to change', async () => {
  await page.goto(WEB);
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await signOut
    .or(page.getByRole('button', { name: 'Sign in' }))
    .first()
    .waitFor({ timeout: 20_000 });
  if (await signOut.isVisible()) {
    await signOut.click();
    await heading('Sign in to Tandem');
  }
  await signIn('lewisham-analyst');
  await page.getByRole('link', { name: 'Feedback', exact: true }).click();
  await heading('Feedback');
  await page.locator('td .tandem-pre-line').first().waitFor();
  expect((await page.getByRole('link', { name: 'Record feedback' }).count()) === 0, 'no record button');
  expect((await page.locator('#select-all').count()) === 0, 'no ticks for tagging');
  await axe('feedback list as analyst');
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  await heading('Themes');
  expect((await page.getByText('Add a focus area, ambition or theme').count()) === 0, 'no add form');
  await page.getByRole('link', { name: 'Integration of services' }).first().click();
  await heading('Integration of services');
  await page.locator('figure canvas[role="img"]').waitFor();
  for (const name of ['Rename or describe', 'Merge into another theme', 'Retire']) {
    expect((await page.getByText(name, { exact: true }).count()) === 0, `no ${name} for an analyst`);
  }
  await axe('theme page as analyst');
  await shot('51-theme-analyst');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
});

// --- Organisations (issue 9) -----------------------------------------------------------------
// A platform administrator (no organisation) registers and edits an organisation; an
// organisation's admin may edit only their own organisation's record.
const organisationCode = `browser-${stamp}`;
const organisationName = `Browser test organisation ${stamp}`;
const organisationRenamed = `Browser test organisation ${stamp} (renamed)`;
const lewishamName = 'NHS South East London ICB (Lewisham)';

/** The table row of the organisation whose name cell is exactly `name`. */
function organisationRow(name) {
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
}

await test('organisations: a platform administrator’s Home links to Organisations, with no organisation’s pages', async () => {
  await switchUser('platform-admin');
  await heading(/Alex Morgan/);
  const account = await page.getByTestId('account').innerText();
  expect(account.includes('Platform administrator'), `header shows the role: ${account}`);
  expect(account.includes('No organisation'), `header shows no organisation: ${account}`);
  await page.getByRole('link', { name: 'Go to organisations' }).waitFor();
  const menu = page.getByRole('navigation', { name: 'Menu' });
  for (const name of ['Partnerships', 'Boards', 'Meetings', 'Actions', 'Feedback', 'Claims']) {
    expect((await menu.getByRole('link', { name, exact: true }).count()) === 0, `no ${name} in the menu`);
  }
  expect((await page.getByRole('heading', { name: 'Coming meetings' }).count()) === 0, 'no meetings on Home');
  await axe('home as platform administrator');
  await shot('60-home-platform-admin');
});

await test('organisations: a platform administrator registers one (a bad code is shown at its field)', async () => {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Organisations' }).click();
  await heading('Organisations');
  await page.getByRole('link', { name: /^Edit/ }).first().waitFor();
  await axe('organisation list as platform administrator');
  await shot('61-organisations');
  await page.getByRole('link', { name: 'Register an organisation' }).click();
  await heading('Register an organisation');
  await page.getByLabel('Code').fill('Not A Code!');
  await page.getByLabel('Name').fill(organisationName);
  await page.getByLabel('Kind').selectOption({ label: 'Voluntary, community or social enterprise (VCSE)' });
  await page.getByRole('button', { name: 'Register organisation' }).click();
  await page.locator('.nhsuk-error-summary').waitFor();
  await page.locator('#organisation-code-error').waitFor();
  await page.getByRole('link', { name: /^Code / }).waitFor();
  await axe('organisation form with errors');
  await shot('62-organisation-errors');
  await page.getByLabel('Code').fill(organisationCode);
  await page.getByLabel('Website (optional)').fill('https://www.example.org/browser-test');
  await page.getByRole('button', { name: 'Register organisation' }).click();
  await heading('Organisations');
  const row = organisationRow(organisationName);
  await row.getByRole('cell', { name: organisationCode }).waitFor();
  await row.getByText('Voluntary, community or social enterprise (VCSE)').waitFor();
});

await test('organisations: a platform administrator edits it', async () => {
  await organisationRow(organisationName)
    .getByRole('link', { name: `Edit ${organisationName}` })
    .click();
  await heading(`Edit ${organisationName}`);
  expect((await page.getByLabel('Code').count()) === 0, 'the code cannot be changed');
  await page.getByText(organisationCode).waitFor();
  await axe('organisation edit form');
  await page.getByLabel('Name').fill(organisationRenamed);
  await page.getByLabel('Kind').selectOption({ label: 'Council' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await heading('Organisations');
  await organisationRow(organisationRenamed).getByRole('cell', { name: 'Council' }).waitFor();
});

await test('organisations: an organisation’s admin may edit their own organisation, and no other', async () => {
  await switchUser('lewisham-admin');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Organisations' }).click();
  await heading('Organisations');
  expect((await page.getByRole('link', { name: 'Register an organisation' }).count()) === 0, 'no register button');
  await page.getByLabel('Search organisations by name or code').fill('Lewisham');
  await page.getByRole('button', { name: 'Search' }).click();
  await organisationRow('Healthwatch Lewisham').waitFor();
  const own = organisationRow(lewishamName);
  await own.getByRole('link', { name: `Edit ${lewishamName}` }).waitFor();
  expect(
    (await organisationRow('Healthwatch Lewisham').getByRole('link', { name: /^Edit/ }).count()) === 0,
    'no Edit on another organisation',
  );
  await axe('organisation list as an organisation’s admin');
  await shot('63-organisations-admin');
});

await test('organisations: the admin changes their own organisation’s website, then sets it back', async () => {
  const own = organisationRow(lewishamName);
  await own.getByRole('link', { name: `Edit ${lewishamName}` }).click();
  await heading(`Edit ${lewishamName}`);
  const original = await page.getByLabel('Website (optional)').inputValue();
  const changed = `https://www.example.org/lewisham-${stamp}`;
  await page.getByLabel('Website (optional)').fill(changed);
  await axe('own organisation edit form');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await heading('Organisations');
  await own.getByRole('link', { name: changed }).waitFor();
  await own.getByRole('link', { name: `Edit ${lewishamName}` }).click();
  await heading(`Edit ${lewishamName}`);
  await page.getByLabel('Website (optional)').fill(original);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await heading('Organisations');
  const shown = original ? own.getByRole('link', { name: original }) : own.getByText('Not recorded');
  await shown.waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
});

await test('history: an admin sees their change in the organisation’s History, field and value in words', async () => {
  await switchUser('lewisham-admin');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Organisations' }).click();
  await heading('Organisations');
  await page.getByLabel('Search organisations by name or code').fill('Lewisham');
  await page.getByRole('button', { name: 'Search' }).click();
  await organisationRow(lewishamName)
    .getByRole('link', { name: `Edit ${lewishamName}` })
    .click();
  await heading(`Edit ${lewishamName}`);
  const history = page.locator('section', { has: page.getByRole('heading', { name: 'History' }) });
  const newest = history.getByRole('listitem').first();
  await newest.waitFor();
  const text = await newest.innerText();
  expect(text.includes('Priya Shah changed the organisation'), `who and what: ${text}`);
  expect(/website from .*example\.org\/lewisham-/.test(text), `the field and its values: ${text}`);
  await axe('organisation edit form with its history');
  await shot('66-organisation-history');
});

await test('audit page: an admin filters the trail, downloads it as CSV and verifies the chain', async () => {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Audit trail' }).click();
  await heading('Audit trail');
  await page.getByRole('table').waitFor();
  await axe('audit trail');
  await page.getByLabel('Record type').selectOption('organisation');
  await page.getByLabel('Who (part of a name)').fill('Priya');
  await fillDate('audit-from', yesterday);
  await page.getByRole('button', { name: 'Show entries' }).click();
  await page.waitForURL(/entityType=organisation/);
  const rows = page.getByRole('table').locator('tbody tr');
  // The previous page's rows stay in view (aria-busy) until the filtered ones arrive.
  let all = [];
  for (let i = 0; i < 50; i++) {
    await settled();
    all = await rows.allInnerTexts();
    if (all.length > 0 && all.every((r) => r.includes('Priya Shah'))) break;
    await page.waitForTimeout(200);
  }
  expect(all.length >= 2, `both website changes listed: ${all.length}`);
  expect(
    all.every((r) => r.includes('Priya Shah') && r.includes('organisation')),
    `only the admin's organisation changes: ${all.join(' | ')}`,
  );
  expect(
    all.some((r) => r.includes('website from')),
    'the changed field in words',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(/^audit-trail-.*\.csv$/.test(download.suggestedFilename()), download.suggestedFilename());
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]?.startsWith('id,seq,at,actor'), `CSV header: ${lines[0]}`);
  expect(lines.length - 1 === all.length, `the same entries as the table: ${lines.length - 1} vs ${all.length}`);
  expect(
    lines.slice(1).every((l) => l.includes('Priya Shah') && l.includes('organisation')),
    'the CSV has the same filters',
  );
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await page.getByTestId('verification').getByText('The trail is intact').waitFor({ timeout: 20_000 });
  await axe('audit trail, filtered and verified');
  await shot('67-audit-trail');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
});

// --- Exports (issue "Analysts") --------------------------------------------------------------
// An analyst downloads a dataset with its progress shown, gets the file the page said, and reads
// the data dictionary made from datapackage.json.

/** The rows of a CSV file: its records (line breaks inside quoted text do not end one), less the header. */
function csvRows(text) {
  let records = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) records++;
  }
  return records - 1;
}

await test('exports: an analyst downloads feedback as CSV with its progress, and gets the rows the page showed', async () => {
  await switchUser('lewisham-analyst');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Exports' }).click();
  await heading('Exports');
  await page.getByLabel('Dataset', { exact: true }).selectOption('feedback');
  await page.getByText(/One thing people said each/).waitFor();
  await page.getByLabel('Partnership', { exact: true }).waitFor();
  await page.getByRole('group', { name: 'From', exact: true }).waitFor();
  await axe('exports');
  await page.getByLabel('CSV, for Excel').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download', exact: true }).click(),
  ]);
  expect(
    download.suggestedFilename() === 'feedback.csv',
    `saved under the server's name: ${download.suggestedFilename()}`,
  );
  const status = page.getByTestId('export-status');
  await status.getByText(/^Saved feedback\.csv: [\d,]+ rows?, /).waitFor({ timeout: 20_000 });
  const shown = Number(/: ([\d,]+) rows?/.exec(await status.innerText())[1].replace(/,/g, ''));
  const detail = await page.getByTestId('export-progress-detail').innerText();
  const bar = page.getByRole('progressbar', { name: 'Downloaded feedback.csv' });
  await bar.waitFor();

  const bytes = readFileSync(await download.path());
  expect(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'the file starts with the UTF-8 byte order mark');
  const csv = bytes.subarray(3).toString('utf8');
  expect(csv.startsWith('id,partnershipId,'), `then the header row: ${csv.slice(0, 60)}`);
  expect(shown > 0, `the page counted rows: ${shown}`);
  expect(csvRows(csv) === shown, `the file holds the rows the page showed: ${csvRows(csv)} vs ${shown}`);
  // What the server said it would send (Export-Rows), asked directly: the page counted all of them.
  const token = await accessToken();
  const head = await fetch(`${API}/api/v1/exports/feedback?format=csv`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const promised = Number(head.headers.get('Export-Rows'));
  await head.body?.cancel();
  expect(promised === shown, `Export-Rows ${promised}, the page ${shown}`);
  const counted = /^([\d,]+) (?:of ([\d,]+) )?rows?/.exec(detail);
  expect(counted, `the progress says rows received: ${detail}`);
  if (counted[2]) {
    // Export-Rows readable (exposed by CORS): the bar's maximum is the server's number.
    expect(counted[1] === counted[2], `all rows of those promised: ${detail}`);
    expect(Number(await bar.getAttribute('max')) === promised, 'the bar ends at Export-Rows');
  }
  expect(/\d+(\.\d)? (bytes|KB|MB)$/.test(detail), `the size downloaded: ${detail}`);
  await axe('exports after a download');
  await shot('70-exports');
});

await test('exports: dates the wrong way round are shown in an error summary linking to the field', async () => {
  await fillDate('export-from', '2026-04-02');
  await fillDate('export-to', '2026-04-01');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const summary = page.locator('.nhsuk-error-summary');
  await summary.getByRole('link', { name: 'To must not be before from' }).waitFor();
  await page.locator('#export-to-error').waitFor();
  await axe('exports with an error');
  await shot('71-exports-error');
  await summary.getByRole('link', { name: 'To must not be before from' }).click();
  expect((await focusedId()) === 'export-to-day', `the link moves to the field: ${await focusedId()}`);
});

await test('exports: the data dictionary shows each dataset’s fields and where its keys point', async () => {
  await page.getByRole('link', { name: 'Data dictionary', exact: true }).click();
  await heading('Data dictionary');
  await page.getByText(/Counts of people from 1 to \d+ are withheld/).waitFor();
  const feedback = page.locator('#dataset-feedback');
  await feedback.getByRole('heading', { level: 2, name: /^Feedback/ }).waitFor();
  await feedback.getByRole('table', { name: 'Fields of Feedback' }).waitFor();
  await feedback.getByRole('cell', { name: 'receivedOn' }).waitFor();
  await feedback.getByText('From and to filter on the day it was received (receivedOn)').waitFor();
  await axe('data dictionary');
  await shot('72-data-dictionary');
  await feedback.locator('a[href="#dataset-partnerships"]').click();
  await page.waitForURL(/#dataset-partnerships$/);
  await page.locator('#dataset-partnerships').getByRole('table', { name: 'Fields of Partnerships' }).waitFor();
  // The exports page links to one dataset's entry, which the dictionary opens at.
  await page.getByRole('link', { name: 'Back to exports' }).click();
  await heading('Exports');
  await page.getByRole('link', { name: /What its fields mean/ }).click();
  await page.waitForURL(/\/exports\/dictionary#dataset-/);
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('dataset-'));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
});

const webhookUrl = 'https://hooks.example.org/tandem';
const webhookDescription = `Browser test webhook ${stamp}`;
let webhookSecret = '';

await test('webhooks: an admin adds one (errors at their fields first) and sees its secret once', async () => {
  await switchUser('lewisham-admin');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Webhooks' }).click();
  await heading('Webhooks');
  await page.getByRole('heading', { level: 2, name: 'Add a webhook' }).waitFor();
  await page.getByRole('group', { name: 'Outcome', exact: true }).waitFor();
  await axe('webhooks');
  await shot('73-webhooks');
  // Nothing filled in: the server's errors, in a summary that takes focus and next to the fields.
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await page.locator('.nhsuk-error-summary').waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('nhsuk-error-summary'));
  await page.locator('#webhook-url-error').waitFor();
  await page.locator('#webhook-event-types-error').waitFor();
  await axe('webhook form with errors');
  await page.getByLabel('URL', { exact: true }).fill(webhookUrl);
  await page.getByLabel('All events of outcome', { exact: true }).check();
  await page.getByLabel('A meeting: cancelled', { exact: true }).check();
  await page.getByLabel('Description (optional)').fill(webhookDescription);
  await page.getByRole('button', { name: 'Add webhook' }).click();
  const secret = page.getByTestId('signing-secret');
  await secret.waitFor();
  const text = await secret.innerText();
  expect(text.includes('Keep this secret now: it is never shown again'), `the secret's warning: ${text}`);
  webhookSecret = /whsec_[A-Za-z0-9+/=]+/.exec(text)?.[0] ?? '';
  expect(webhookSecret !== '', `a whsec_ secret is shown: ${text}`);
  // The form is empty again, and the list holds the new subscription.
  expect((await page.getByLabel('URL', { exact: true }).inputValue()) === '', 'the form is emptied');
  await page.getByRole('cell', { name: new RegExp(webhookDescription) }).waitFor();
  await axe('webhooks with a new secret');
  await shot('74-webhook-secret');
});

await test('webhooks: its page shows no secret; disable and enable it, rotate its secret, delete it', async () => {
  await page.getByRole('link', { name: /Open the webhook/ }).click();
  await heading(webhookUrl);
  expect((await page.getByTestId('signing-secret').count()) === 0, 'no secret on the subscription page');
  expect(!(await page.locator('body').innerText()).includes(webhookSecret), 'the secret is not shown again');
  await page.getByRole('heading', { level: 2, name: 'Deliveries' }).waitFor();
  await page.getByText('outcome.*', { exact: true }).first().waitFor();
  await page.getByText(webhookDescription).waitFor();
  await page.getByLabel('Status', { exact: true }).selectOption('FAILED');
  await page.waitForURL(/status=FAILED/);
  await settled();
  await axe('webhook');
  await shot('75-webhook');

  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  await page.getByRole('button', { name: 'Enable', exact: true }).waitFor();
  await page.getByText(/^Disabled by /).waitFor();
  await page.getByText('Enable the webhook to replay its deliveries.').waitFor();
  await axe('disabled webhook');
  await page.getByRole('button', { name: 'Enable', exact: true }).click();
  await page.getByRole('button', { name: 'Disable', exact: true }).waitFor();
  await page.locator('.nhsuk-summary-list').getByText('Active', { exact: true }).waitFor();

  await page.getByRole('button', { name: 'Rotate secret' }).click();
  const rotated = page.getByTestId('signing-secret');
  await rotated.waitFor();
  const newSecret = /whsec_[A-Za-z0-9+/=]+/.exec(await rotated.innerText())?.[0] ?? '';
  expect(newSecret !== '' && newSecret !== webhookSecret, `a new secret: ${newSecret}`);
  await axe('webhook with a rotated secret');

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: /Delete this webhook/ }).waitFor();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await heading('Webhooks');
  await settled();
  await page.getByRole('heading', { level: 2, name: 'Add a webhook' }).waitFor();
  await page
    .locator('.tandem-loading')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
  expect((await page.getByText(webhookDescription).count()) === 0, 'the deleted webhook is not listed');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
});

const notifiedAction = `Bring the leaflets to the stall ${stamp}`;

/** The header's unread count, as its link reads to a screen reader: "Notifications (3 unread)", 0 for "Notifications". */
async function unreadInHeader() {
  const text = (await page.getByTestId('notifications-link').innerText()).replace(/\s+/g, ' ').trim();
  return Number(/\((\d+)/.exec(text)?.[1] ?? 0);
}

await test('notifications: staff give the member an action; the member sees it counted, reads it, and chooses how to hear', async () => {
  await switchUser('lewisham-staff');
  const staff = { Authorization: `Bearer ${await accessToken()}`, 'Content-Type': 'application/json' };
  const found = await fetch(`${API}/api/v1/partnerships?q=${encodeURIComponent('Lewisham People')}`, {
    headers: staff,
  });
  const lpp = (await found.json()).items.find((p) => p.name === "Lewisham People's Partnership");
  expect(lpp, 'the demo partnership is listed');
  const people = await (
    await fetch(`${API}/api/v1/people?q=${encodeURIComponent('Sam Wilson')}`, { headers: staff })
  ).json();
  const sam = people.items.find((p) => p.displayName === 'Sam Wilson');
  expect(sam, 'the person lewisham-member is linked to is in the directory');
  const meeting = await fetch(`${API}/api/v1/meetings`, {
    method: 'POST',
    headers: staff,
    body: JSON.stringify({
      partnershipId: lpp.id,
      title: `Notifications test meeting ${stamp}`,
      startsAt: `${meetingDate}T10:00:00Z`,
      endsAt: `${meetingDate}T12:00:00Z`,
      format: 'IN_PERSON',
      venue: 'Lewisham Civic Centre',
    }),
  });
  expect(meeting.status === 201, `meeting created: ${meeting.status}`);
  const action = await fetch(`${API}/api/v1/meetings/${(await meeting.json()).id}/actions`, {
    method: 'POST',
    headers: staff,
    body: JSON.stringify({ description: notifiedAction, ownerPersonId: sam.id, dueOn: meetingDate }),
  });
  expect(action.status === 201, `action created: ${action.status} ${await action.text()}`);

  await switchUser('lewisham-member');
  // The outbox dispatcher makes the notification within seconds: wait for it, then load the page afresh.
  const member = { Authorization: `Bearer ${await accessToken()}` };
  let arrived = false;
  for (let i = 0; i < 30 && !arrived; i++) {
    const list = await (await fetch(`${API}/api/v1/notifications?unread=true&size=50`, { headers: member })).json();
    arrived = (list.items ?? []).some((n) => n.title.includes(notifiedAction));
    if (!arrived) await page.waitForTimeout(1_000);
  }
  expect(arrived, 'the notification of the action was made');
  await page.reload();
  await page.getByRole('link', { name: /^Notifications \(\d+\s*unread\s*\)$/ }).waitFor({ timeout: 15_000 });
  const before = await unreadInHeader();
  expect(before >= 1, `the header counts it: ${before}`);
  await axe('home with unread notifications');

  await page.getByTestId('notifications-link').click();
  await heading('Notifications');
  const item = page.locator('li.tandem-notification', { hasText: notifiedAction });
  await item.getByText('Unread', { exact: true }).waitFor();
  await item.getByText('Actions given to you', { exact: false }).waitFor();
  await item.getByText("Lewisham People's Partnership", { exact: false }).waitFor();
  await axe('notification centre');
  await shot('80-notifications');
  await item.getByRole('button', { name: /^Mark as read/ }).click();
  await page.waitForFunction(
    (count) => {
      const text = document.querySelector('[data-testid="notifications-link"]')?.textContent ?? '';
      return Number(/\((\d+)/.exec(text)?.[1] ?? 0) === count;
    },
    before - 1,
    { timeout: 15_000 },
  );
  await item.getByRole('button', { name: /^Mark as read/ }).waitFor({ state: 'detached' });
  expect((await item.getByText('Unread', { exact: true }).count()) === 0, 'it is no longer marked unread');
  await axe('notification centre after reading one');
  // The list refetches after the mark; a click while it re-renders can be lost.
  await settled();
  await page.getByLabel('Unread only').check();
  await page.waitForURL(/unread=true/);
  await settled();
  // Not among the unread: it leaves the list once the filtered page has loaded.
  await page
    .locator('li.tandem-notification', { hasText: notifiedAction })
    .waitFor({ state: 'detached', timeout: 15_000 });
  await axe('unread notifications only');

  await page.getByRole('link', { name: 'Choose what Tandem tells you, and how' }).click();
  await heading('What Tandem tells you');
  const actions = page.getByRole('group', { name: 'Actions given to you' });
  await actions.waitFor();
  // Sam Wilson has no email address in the demo data: the page says why nothing is mailed, and offers only Tandem.
  await page.getByTestId('cannot-email').waitFor();
  expect(await actions.getByLabel('Email me at once').isDisabled(), 'no email choice without an address');
  await axe('notification preferences');
  await shot('81-notification-preferences');
  await actions.getByLabel('Only in Tandem').check();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await page.getByText('Your choices are saved.').waitFor();
  await axe('notification preferences saved');
  await page.reload();
  await heading('What Tandem tells you');
  expect(
    await page.getByRole('group', { name: 'Actions given to you' }).getByLabel('Only in Tandem').isChecked(),
    'the choice is kept',
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
});

/** The feed at a subscription link, fetched as a calendar program does: plain HTTP, no token. */
async function fetchFeed(url) {
  const response = await fetch(API + new URL(url).pathname, { headers: { Accept: 'text/calendar' } });
  return { status: response.status, body: await response.text() };
}

await test('calendar-feed: a member subscribes to the partnership, the feed answers without a token, then revoke stops it', async () => {
  await switchUser('lewisham-member');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Partnerships', exact: true }).click();
  await heading('Partnerships');
  await page.getByRole('link', { name: "Lewisham People's Partnership" }).first().click();
  await heading("Lewisham People's Partnership");
  const panel = page.getByTestId('subscribe-panel');
  await panel.getByRole('heading', { level: 2, name: 'Subscribe in your calendar' }).waitFor();
  expect(
    (await panel.innerText()).includes('Anyone with the link can see these meetings as you can'),
    'the panel says what the link gives away',
  );
  await axe('partnership with the subscribe panel');
  await panel.getByRole('button', { name: 'Get a subscription link' }).click();
  const link = page.getByTestId('calendar-feed-url');
  await link.waitFor();
  const webcal = (await link.getAttribute('href')) ?? '';
  const url = (await link.getAttribute('data-url')) ?? '';
  expect(/^webcal:\/\/.+\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/.test(webcal), `a webcal: link: ${webcal}`);
  expect((await panel.innerText()).includes('it is shown only once'), 'the link is shown once');
  await panel.getByRole('button', { name: 'Copy the link' }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: /Copied|copy it yourself/ })
    .waitFor();
  await axe('partnership with a new subscription link');
  await shot('76-calendar-feed-link');

  const feed = await fetchFeed(url);
  expect(feed.status === 200, `the feed answers without a token: ${feed.status} ${feed.body.slice(0, 200)}`);
  expect(feed.body.startsWith('BEGIN:VCALENDAR') && feed.body.includes('BEGIN:VEVENT'), 'the feed is a calendar');
  expect(feed.body.includes("X-WR-CALNAME:Lewisham People's Partnership"), 'named after the partnership');

  await page.getByRole('link', { name: 'Calendar subscriptions' }).first().click();
  await heading('Calendar subscriptions');
  const table = page.getByRole('table', { name: 'Your calendar subscriptions' });
  await table.waitFor();
  expect(!(await page.locator('body').innerText()).includes(new URL(url).pathname), 'the list shows no link');
  await axe('calendar subscriptions');
  await shot('77-calendar-subscriptions');
  const revokes = table.getByRole('button', { name: /^Revoke/ });
  const before = await revokes.count();
  await revokes.first().click();
  await page.waitForFunction(
    (count) =>
      [...document.querySelectorAll('button')].filter((b) => b.textContent?.startsWith('Revoke')).length === count - 1,
    before,
  );
  await settled();
  const revoked = await fetchFeed(url);
  expect(revoked.status === 404, `a revoked feed answers 404 at once: ${revoked.status}`);
  await axe('calendar subscriptions after revoking');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
});

// --- A member's own view (issue 14): only their partnerships, "My meetings" with answers, "My actions"
const myActionText = `Send the pharmacy survey to three neighbours ${stamp}`;

await test('my-view: staff give the demo member an action at the February 2027 meeting', async () => {
  await switchUser('lewisham-staff');
  const headers = await apiHeaders();
  const lpp = await lewishamPeoplesPartnership(headers);
  const people = await (await fetch(`${API}/api/v1/people?q=${encodeURIComponent('Sam Wilson')}`, { headers })).json();
  const sam = people.items.find((p) => p.displayName === 'Sam Wilson');
  expect(sam, 'Sam Wilson is in the directory');
  const meetings = await (
    await fetch(`${API}/api/v1/meetings?partnershipId=${lpp.id}&from=2027-02-10&to=2027-02-10`, { headers })
  ).json();
  expect(meetings.items.length === 1, `the February 2027 meeting: ${JSON.stringify(meetings)}`);
  const created = await fetch(`${API}/api/v1/meetings/${meetings.items[0].id}/actions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ description: myActionText, ownerPersonId: sam.id, dueOn: '2027-02-03' }),
  });
  expect(created.status === 201, `action created: ${created.status} ${await created.text()}`);
});

await test('my-view: the demo member sees only their partnerships, answers a meeting and marks an action done', async () => {
  await switchUser('lewisham-member');
  await heading(/Welcome/);
  await page.getByRole('heading', { name: 'Your next meeting' }).waitFor();
  await page.getByRole('heading', { name: 'Your open actions' }).waitFor();
  await page.locator('.tandem-actions__what', { hasText: myActionText }).waitFor();
  expect((await page.getByRole('heading', { name: 'Coming meetings' }).count()) === 0, "not the organisation's home");
  await axe('member home');
  await shot('90-member-home');

  await page.getByRole('link', { name: 'Partnerships', exact: true }).click();
  await heading('Partnerships');
  await page.getByRole('link', { name: "Lewisham People's Partnership", exact: true }).waitFor();
  expect(
    (await page.getByRole('link', { name: "Lewisham People's Partnership primary care hub" }).count()) === 0,
    'a partnership the member does not belong to is not listed',
  );

  await page.getByRole('link', { name: 'My meetings' }).click();
  await heading('My meetings');
  const card = page.locator('.tandem-my-meeting', { hasText: '10 February 2027' });
  await card.getByRole('button', { name: /^Send apologies/ }).click();
  await card.getByText('You sent apologies').waitFor();
  await card.getByRole('button', { name: /^I.ll attend/ }).click();
  await card.getByText('You said you will attend').waitFor();
  expect(
    (await card.getByRole('button', { name: /^I.ll attend/ }).getAttribute('aria-pressed')) === 'true',
    'the current choice is pressed',
  );
  await settled();
  await axe('my meetings');
  await shot('91-my-meetings');

  await page.getByRole('link', { name: 'My actions' }).click();
  await heading('My actions');
  const action = page.locator('.tandem-actions__item', { hasText: myActionText });
  await action.getByRole('button', { name: /^Mark as done/ }).click();
  await action.getByText('Done', { exact: true }).waitFor();
  expect((await action.getByRole('button', { name: /^Mark as done/ }).count()) === 0, 'no button once done');
  await settled();
  await axe('my actions');
  await shot('92-my-actions');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem');
});

const MAIL_API = process.env.TANDEM_TEST_MAIL_API_URL ?? 'http://127.0.0.1:8025';
const mailAddress = `browser-mail-${stamp}@example.org`;
const sentSubject = `Your invitation to the board ${stamp}`;
const failedSubject = `A reminder about the board ${stamp}`;

/** What GreenMail received for `address`: each mail's subject and raw MIME. */
async function mailbox(address) {
  const answer = await fetch(`${MAIL_API}/api/user/${address}/messages/`);
  return answer.ok ? answer.json() : [];
}

/** Waits (up to 30 s: the backend sends every few seconds) until `address` has `count` mails. */
async function awaitMail(address, count) {
  const deadline = Date.now() + 30_000;
  let mail = await mailbox(address);
  while (mail.length < count) {
    expect(Date.now() < deadline, `${count} mail(s) for ${address} within 30 s; found ${mail.length}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    mail = await mailbox(address);
  }
  return mail;
}

/**
 * Mail as a feature queues it for a person (MailQueue: recipient, their organisation, QUEUED), written into
 * the backend's database; a FAILED one stands for a mail the mail server refused.
 */
function queueMail(subject, status, lastError) {
  const psql = process.env.TANDEM_TEST_PSQL ?? 'psql';
  const database = process.env.TANDEM_TEST_BROWSER_DB;
  expect(database, 'TANDEM_TEST_BROWSER_DB names the browser backend database (bin/test sets it)');
  const text = (value) => (value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`);
  execFileSync(psql, [
    database,
    '-X',
    '-q',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `
    INSERT INTO mail_message (id, to_address, to_name, kind, subject, body_text, dedup_key, person_ids, organisation_ids,
        status, attempts, next_attempt_at, last_error, version, created_at, updated_at)
    SELECT gen_random_uuid(), p.email, p.display_name, 'browser-test', ${text(subject)}, 'Hello from the browser tests',
        ${text(`browser/${subject}`)}, ARRAY[p.id], ARRAY[p.organisation_id], ${text(status)},
        ${status === 'FAILED' ? 1 : 0}, ${status === 'QUEUED' ? 'now()' : 'NULL'}, ${text(lastError)}, 0, now(), now()
    FROM person p WHERE p.email = ${text(mailAddress)}`,
  ]);
}

await test('messages: an admin sees a sent mail, retries a failed one, and it arrives (axe at 0, 320 px too)', async () => {
  await switchUser('lewisham-admin');
  const created = await fetch(`${API}/api/v1/people`, {
    method: 'POST',
    headers: await apiHeaders(),
    body: JSON.stringify({ displayName: 'Ada Mensah', email: mailAddress }),
  });
  expect(created.status === 201, `a person with an address: ${created.status}`);
  queueMail(sentSubject, 'QUEUED', null);
  queueMail(failedSubject, 'FAILED', 'SMTP 550: 5.1.1 Mailbox unavailable');
  const first = await awaitMail(mailAddress, 1);
  expect(first[0].subject === sentSubject, `the queued mail arrived: ${first[0].subject}`);

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Messages sent' }).click();
  await heading('Messages sent');
  await page.getByRole('cell', { name: new RegExp(sentSubject) }).waitFor();
  await axe('messages sent');
  await shot('78-messages-sent');

  await page.getByLabel('Status', { exact: true }).selectOption('FAILED');
  await page.waitForURL(/status=FAILED/);
  await settled();
  await page.getByText('SMTP 550: 5.1.1 Mailbox unavailable').first().waitFor();
  // Only failed mail is listed: the sent one leaves the table once the filtered list has loaded.
  await page.getByRole('cell', { name: new RegExp(sentSubject) }).waitFor({ state: 'detached', timeout: 15_000 });
  await axe('failed messages');
  await page.getByRole('button', { name: new RegExp(`Retry ${failedSubject}`) }).click();
  await page.getByText('The message is queued to be sent again.').waitFor();
  const both = await awaitMail(mailAddress, 2);
  expect(
    both.some((mail) => mail.subject === failedSubject),
    'the retried mail arrived',
  );

  await page.getByLabel('Status', { exact: true }).selectOption('SENT');
  await page.waitForURL(/status=SENT/);
  await settled();
  await page.getByRole('cell', { name: new RegExp(failedSubject) }).waitFor();
  await page.getByRole('cell', { name: new RegExp(sentSubject) }).waitFor();
  await page.setViewportSize({ width: 320, height: 800 });
  await settled();
  await axe('messages sent at 320 px');
  await shot('79-messages-sent-320');
  await page.setViewportSize({ width: 1280, height: 900 });
});

// The everyday-path tests: one module per concern in everyday/, run in name order. Each exports a
// default async function that receives this harness (page is read through a getter: tests replace it).
const harness = {
  WEB,
  API,
  stamp,
  context,
  test,
  expect,
  axe,
  shot,
  settled,
  heading,
  signIn,
  switchUser,
  signInAsStaff,
  accessToken,
  apiHeaders,
  call,
  receiptPng,
  lewishamPeoplesPartnership,
  optionValue,
  csvRows,
  fillDate,
  fillTime,
  choose,
  get page() {
    return page;
  },
  set page(next) {
    page = next;
  },
};
const everyday = new URL('./everyday/', import.meta.url);
for (const file of readdirSync(everyday)
  .filter((name) => name.endsWith('.mjs'))
  .sort()) {
  const { default: run } = await import(new URL(file, everyday).href);
  await run(harness);
}

await test('no uncaught errors in the page', async () => {
  expect(consoleErrors.length === 0, `page errors: ${consoleErrors.join('\n')}`);
});

await browser.close();
console.log(
  pageChecks
    ? `\naxe checked ${axeChecked.length} pages: ${axeChecked.join(', ')}`
    : '\naxe scans and screenshots skipped (TANDEM_BROWSER_PAGE_CHECKS=skip)',
);
console.log(`screenshots in ${SHOTS}`);
console.log(`browser tests: ${passed} passed, ${failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
