// Period filters and totals: activities (count, reach per category), feedback per theme rolled up the tree, and
// outcomes across partnerships. Each test makes its records through the API with known dates and figures, sets
// the period in the page, and checks what is counted and that what lies outside the period is not.

/** Sets a period in a DateRangeFields (`<idPrefix>-from`, `<idPrefix>-to`; dates as YYYY-MM-DD). The one place that fills one. */
async function fillPeriod(h, idPrefix, from, to) {
  await h.fillDate(`${idPrefix}-from`, from);
  await h.fillDate(`${idPrefix}-to`, to);
}

/** Today in London, as YYYY-MM-DD. */
function londonToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

async function post(h, path, body) {
  const response = await fetch(`${h.API}${path}`, {
    method: 'POST',
    headers: await h.apiHeaders(),
    body: JSON.stringify(body),
  });
  h.expect(response.ok, `POST ${path}: ${response.status} ${await response.clone().text()}`);
  return response.json();
}

/** The value of a summary-list row (its key's text) inside `container`. */
async function summaryValue(container, key) {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = container.locator('.nhsuk-summary-list__row').filter({
    has: container.page().locator('.nhsuk-summary-list__key', { hasText: new RegExp(`^${escaped}$`) }),
  });
  return (await row.locator('.nhsuk-summary-list__value').innerText()).trim();
}

/**
 * Waits (up to 15 s) until the summary list shows every expected value: a new period keeps the old figures on screen
 * while the new ones load, and settled() does not wait for a request made after the page has loaded.
 */
async function expectSummary(h, container, expected) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const wrong = [];
    for (const [key, value] of Object.entries(expected)) {
      const actual = await summaryValue(container, key).catch(() => undefined);
      if (actual !== value) wrong.push(`${key}: expected “${value}”, got “${actual}”`);
    }
    if (wrong.length === 0) return;
    h.expect(Date.now() < deadline, wrong.join('; '));
    await h.page.waitForTimeout(250);
  }
}

/** Waits (up to 15 s) until the page's table has `count` rows. */
async function expectRows(h, count) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const rows = await h.page.locator('table tbody tr').count();
    if (rows === count) return;
    h.expect(Date.now() < deadline, `expected ${count} rows in the table, found ${rows}`);
    await h.page.waitForTimeout(250);
  }
}

export default async function run(h) {
  await h.test(
    'totals: the activities list adds up the activities and reach of a period, leaving out the days outside',
    async () => {
      await h.signInAsStaff();
      const partnership = await post(h, '/api/v1/partnerships', { name: `Totals partnership ${h.stamp}` });
      const activity = (heldOn, reach) =>
        post(h, '/api/v1/activities', {
          partnershipId: partnership.id,
          kind: 'WORKSHOP',
          title: `Totals workshop ${heldOn}`,
          heldOn,
          reach,
        });
      // The financial year 2025/26: its first and last days count, the days either side do not.
      await activity('2025-04-01', { people: 40, carers: 6, youngPeople: 3 });
      await activity('2026-03-31', { people: 25, ethnicMinorityGroups: 9, peopleWithDisability: 2 });
      await activity('2025-10-15', null);
      await activity('2025-03-31', { people: 1000, carers: 100 });
      await activity('2026-04-01', { people: 1000, carers: 100 });

      await h.page.goto(`${h.WEB}/activities?partnershipId=${partnership.id}`);
      await h.heading('Activities');
      await h.page.getByRole('heading', { level: 2, name: 'Totals for a period' }).waitFor();
      await fillPeriod(h, 'activity-filter', '2025-04-01', '2026-03-31');
      await h.page.getByRole('button', { name: 'Show activities' }).click();
      await h.page.waitForURL(/from=2025-04-01/);
      await h.settled();
      const totals = h.page.getByTestId('activity-totals');
      await expectSummary(h, totals, {
        Activities: '3',
        'People reached (total)': '65 (1 without a figure)',
        Carers: '6',
        'Young people': '3',
        'People from ethnic minority groups': '9',
        'Disabled people': '2',
      });
      await expectRows(h, 3);
      await h.axe('activities with totals for a period');

      await fillPeriod(h, 'activity-filter', '2026-04-01', '2026-04-30');
      await h.page.getByRole('button', { name: 'Show activities' }).click();
      await h.page.waitForURL(/from=2026-04-01/);
      await h.settled();
      await expectSummary(h, totals, { Activities: '1', 'People reached (total)': '1,000', Carers: '100' });
    },
  );

  await h.test(
    'totals: the themes page counts a period’s feedback per theme and once for each theme above it',
    async () => {
      await h.signInAsStaff();
      const partnership = await post(h, '/api/v1/partnerships', { name: `Totals feedback partnership ${h.stamp}` });
      const theme = (kind, name, parentId) => post(h, '/api/v1/themes', { kind, name: `${name} ${h.stamp}`, parentId });
      const area = await theme('FOCUS_AREA', 'Totals focus area');
      const ambition = await theme('AMBITION', 'Totals ambition', area.id);
      const access = await theme('THEME', 'Totals access', ambition.id);
      const letters = await theme('THEME', 'Totals letters', ambition.id);
      const feedback = (receivedOn, themeIds) =>
        post(h, '/api/v1/feedback', {
          partnershipId: partnership.id,
          text: `Totals feedback ${receivedOn}`,
          receivedOn,
          themeIds,
        });
      // A year long before the demo data: 2012, both ends in.
      await feedback('2012-01-01', [access.id, letters.id]);
      await feedback('2012-06-10', [access.id]);
      await feedback('2012-12-31', [ambition.id]);
      await feedback('2011-12-31', [access.id]);
      await feedback('2013-01-01', [letters.id]);

      await h.page.goto(`${h.WEB}/themes`);
      await h.heading('Themes');
      await fillPeriod(h, 'theme-period', '2012-01-01', '2012-12-31');
      await h.page.getByRole('button', { name: 'Count feedback' }).click();
      const summary = h.page.getByTestId('theme-period-summary');
      await summary.filter({ hasText: '2012' }).waitFor();
      await h.settled();
      const tree = h.page.getByRole('list', { name: 'Feedback per theme in the period' });
      const countOf = async (t) =>
        (await tree.locator(`li[data-theme-id="${t.id}"] > .tandem-theme-tree__count`).innerText()).trim();
      const expected = [
        [area, 'Focus area, 3 feedback items (0 tagged with it directly)'],
        [ambition, 'Ambition, 3 feedback items (1 tagged with it directly)'],
        [access, 'Theme, 2 feedback items'],
        [letters, 'Theme, 1 feedback item'],
      ];
      for (const [t, text] of expected) {
        const actual = await countOf(t);
        h.expect(actual === text, `${t.name}: expected “${text}”, got “${actual}”`);
      }
      await h.axe('themes with feedback in a period');

      await fillPeriod(h, 'theme-period', '2013-01-01', '2013-01-31');
      await h.page.getByRole('button', { name: 'Count feedback' }).click();
      await summary.filter({ hasText: '2013' }).waitFor();
      await h.settled();
      const lettersIn2013 = await countOf(letters);
      h.expect(lettersIn2013 === 'Theme, 1 feedback item', `letters in January 2013: ${lettersIn2013}`);
      const accessIn2013 = await tree.locator(`li[data-theme-id="${access.id}"]`).count();
      h.expect(accessIn2013 === 0, 'a theme with no feedback in the period is left out');
    },
  );

  await h.test('totals: all outcomes lists and counts the outcomes recorded in a period, by status', async () => {
    await h.signInAsStaff();
    const partnership = await post(h, '/api/v1/partnerships', { name: `Totals outcomes partnership ${h.stamp}` });
    const outcome = (youSaid) =>
      post(h, '/api/v1/outcomes', { partnershipId: partnership.id, youSaid: `${youSaid} ${h.stamp}` });
    const done = await outcome('Totals: letters are confusing');
    await outcome('Totals: the surgery phone is always busy');
    const notPossible = await outcome('Totals: open on Sundays');
    await post(h, `/api/v1/outcomes/${done.id}/status`, { status: 'DONE', version: done.version });
    await post(h, `/api/v1/outcomes/${notPossible.id}/status`, {
      status: 'NOT_POSSIBLE',
      reason: 'No funding',
      version: notPossible.version,
    });

    await h.page.goto(`${h.WEB}/outcomes`);
    await h.heading('Outcomes');
    await h.page.getByRole('link', { name: /All outcomes across partnerships/ }).click();
    await h.heading('All outcomes');
    await h.page.goto(`${h.WEB}/outcomes/all?partnershipId=${partnership.id}`);
    await h.heading('All outcomes');
    const today = londonToday();
    await fillPeriod(h, 'all-outcomes', today, today);
    await h.page.getByRole('button', { name: 'Show outcomes' }).click();
    await h.page.waitForURL(/from=/);
    await h.settled();
    const totals = h.page.getByTestId('outcome-totals');
    await expectSummary(h, totals, {
      'Outcomes recorded': '3',
      'Under consideration': '1',
      'In progress': '0',
      Done: '1',
      'Not possible': '1',
      Published: '0',
    });
    await h.axe('all outcomes with totals for a period');

    await h.page.locator('#all-outcomes-status').selectOption('DONE');
    await h.page.getByRole('button', { name: 'Show outcomes' }).click();
    await h.page.waitForURL(/status=DONE/);
    await h.settled();
    await expectRows(h, 1);
    const listed = await h.page.locator('table tbody tr').allInnerTexts();
    h.expect(
      listed.length === 1 && listed[0].includes('letters are confusing'),
      `only the done one: ${listed.join(' | ')}`,
    );

    // A period before they were recorded counts none of them.
    await h.page.locator('#all-outcomes-status').selectOption('');
    await fillPeriod(h, 'all-outcomes', '2020-01-01', '2020-12-31');
    await h.page.getByRole('button', { name: 'Show outcomes' }).click();
    await h.page.waitForURL(/from=2020-01-01/);
    await h.settled();
    await expectSummary(h, totals, { 'Outcomes recorded': '0', Done: '0' });
    await h.page.getByText('No outcomes match.').waitFor();
  });
}
