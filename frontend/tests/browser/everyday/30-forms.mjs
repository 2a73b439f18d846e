// Dates, times and numbers as typed, in a browser set to another locale and time zone: a date is
// entered day, month, year; a time is 24-hour UK time; nothing typed is dropped or guessed, and
// every field a form saves comes back as it was typed.

/** The values a form shows, by input id (text, select and checkbox alike). */
async function valuesOf(page, ids) {
  const shown = {};
  for (const id of ids) {
    const input = page.locator(`#${id}`);
    shown[id] = (await input.getAttribute('type')) === 'checkbox' ? await input.isChecked() : await input.inputValue();
  }
  return shown;
}

/** Waits (a while) until a field shows `value`: a chooser shows its choice's name once looked up. */
async function waitForValue(page, id, value) {
  await page
    .waitForFunction(([i, v]) => document.getElementById(i)?.value === v, [id, value], { timeout: 10000 })
    .catch(() => undefined);
}

function sameValues(expect, shown, typed, what) {
  for (const [id, value] of Object.entries(typed)) {
    expect(shown[id] === value, `${what}: #${id} shows ${JSON.stringify(shown[id])}, typed ${JSON.stringify(value)}`);
  }
}

export default async function run(h) {
  const { WEB, API, stamp, test, expect, axe, shot, heading, settled } = h;
  const mainPage = h.page;
  // An en-US browser in New York: a native date field would read 02/09/2020 as 9 February, and
  // times would follow the browser's clock.
  const usContext = await h.context.browser().newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'America/New_York',
  });
  h.page = await usContext.newPage();
  h.page.setDefaultTimeout(10_000);
  let lpp;

  try {
    await test('forms: in an en-US browser a meeting on 2 9 2020 at 13:45 is 2 September 2020 at 13:45 London time', async () => {
      await h.signIn('lewisham-staff');
      const page = h.page;
      expect((await page.evaluate(() => navigator.language)) === 'en-US', 'the browser is en-US');
      lpp = await h.lewishamPeoplesPartnership(await h.apiHeaders());
      await page.goto(`${WEB}/meetings/new?partnershipId=${lpp.id}`);
      await heading('Plan a meeting');
      const typed = {
        'meeting-title': `Forms test meeting ${stamp}`,
        'meeting-date-day': '2',
        'meeting-date-month': '9',
        'meeting-date-year': '2020',
        'meeting-start': '13:45',
        'meeting-end': '16:00',
        'meeting-venue': 'Lewisham Civic Centre (Committee Room 3)',
        'meeting-link': 'https://meet.example.org/forms-test',
      };
      await page.locator('#meeting-title').fill(typed['meeting-title']);
      await h.fillDate('meeting-date', '2020-09-02');
      await h.fillTime('meeting-start', '13:45');
      await h.fillTime('meeting-end', '16:00');
      await page.getByLabel('In person and online').check();
      await page.locator('#meeting-venue').fill(typed['meeting-venue']);
      await page.locator('#meeting-link').fill(typed['meeting-link']);
      await page.getByRole('group', { name: 'Date' }).getByText('For example, 2 9 2020').waitFor();
      await axe('meeting form with the date in day, month and year boxes (en-US browser)');
      await shot('30-forms-meeting-date-boxes');
      await page.getByRole('button', { name: 'Create meeting' }).click();
      await heading(typed['meeting-title']);
      await page
        .getByText(/2 September 2020/)
        .first()
        .waitFor();
      await page
        .getByText(/13:45 to 16:00/)
        .first()
        .waitFor();
      await axe('meeting entered in an en-US browser');
      const meetingUrl = page.url();

      // Round trip: every field comes back as typed; then the fields only an edit has.
      await page.goto(`${meetingUrl}/edit`);
      await heading(/^Edit /);
      sameValues(expect, await valuesOf(page, Object.keys(typed)), typed, 'the meeting as saved');
      await page.getByLabel('Chatham House rule').check({ force: true });
      await page.locator('#meeting-summary').fill('We agreed the terms of reference.');
      await h.fillTime('meeting-end', '16:30');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await heading(typed['meeting-title']);
      await page.goto(`${meetingUrl}/edit`);
      await heading(/^Edit /);
      const edited = {
        ...typed,
        'meeting-end': '16:30',
        'meeting-summary': 'We agreed the terms of reference.',
      };
      await waitForValue(page, 'meeting-holder', lpp.name);
      const shown = await valuesOf(page, [...Object.keys(edited), 'meeting-holder']);
      sameValues(expect, shown, edited, 'the meeting as edited');
      expect(shown['meeting-holder'] === lpp.name, `held by: ${shown['meeting-holder']}`);
      expect(await page.getByLabel('Chatham House rule').isChecked(), 'Chatham House rule kept');
    });

    await test('forms: an impossible date and "over 50" as reach are named at their fields, and nothing is saved', async () => {
      const page = h.page;
      const title = `Forms test activity ${stamp}`;
      await page.goto(`${WEB}/activities/new?partnershipId=${lpp.id}`);
      await heading('Add an activity');
      await page.locator('#activity-title').fill(title);
      await h.fillDate('activity-date', '2021-02-31');
      await page.locator('#activity-reach-people').fill('over 50');
      const posts = [];
      const onRequest = (request) => {
        if (request.method() === 'POST' && request.url().includes('/api/v1/activities')) posts.push(request.url());
      };
      page.on('request', onRequest);
      await page.getByRole('button', { name: 'Add activity' }).click();
      const summary = page.locator('.nhsuk-error-summary');
      await summary.getByRole('link', { name: 'Date must be a real date' }).waitFor();
      await summary.getByRole('link', { name: 'Enter people reached as a whole number, like 50' }).waitFor();
      await page.locator('#activity-date-error', { hasText: 'Date must be a real date' }).waitFor();
      await page
        .locator('#activity-reach-people-error', { hasText: 'Enter people reached as a whole number, like 50' })
        .waitFor();
      expect(
        (await page.locator('#activity-reach-people').inputValue()) === 'over 50',
        'what was typed stays in the field',
      );
      await axe('activity form with a date and a count it cannot read');
      await shot('30-forms-activity-errors');
      await page.setViewportSize({ width: 320, height: 800 });
      await settled();
      await axe('activity form errors at 320 px');
      await shot('30-forms-activity-errors-320');
      await page.setViewportSize({ width: 1280, height: 900 });
      await summary.getByRole('link', { name: 'Enter people reached as a whole number, like 50' }).click();
      expect(
        (await page.evaluate(() => document.activeElement?.id)) === 'activity-reach-people',
        'the summary link moves to the count',
      );
      page.off('request', onRequest);
      expect(posts.length === 0, `nothing was sent: ${posts.join(', ')}`);
      const listed = await fetch(`${API}/api/v1/activities?partnershipId=${lpp.id}&size=200`, {
        headers: await h.apiHeaders(),
      });
      expect(!(await listed.json()).items.some((a) => a.title === title), 'no activity was saved');

      // Corrected, it saves; and every field comes back as typed.
      const typed = {
        'activity-partnership': lpp.name,
        'activity-kind': 'SURVEY',
        'activity-title': title,
        'activity-date-day': '2',
        'activity-date-month': '9',
        'activity-date-year': '2020',
        'activity-area': 'Deptford',
        'activity-audience': 'Carers and young people',
        'activity-reach-people': '50',
        'activity-reach-carers': '7',
        'activity-reach-youngPeople': '12',
        'activity-reach-ethnicMinorityGroups': '20',
        'activity-reach-peopleWithDisability': '4',
      };
      await page.locator('#activity-kind').selectOption('SURVEY');
      await h.fillDate('activity-date', '2020-09-02');
      for (const id of [
        'activity-area',
        'activity-audience',
        ...Object.keys(typed).filter((k) => k.includes('reach')),
      ]) {
        await page.locator(`#${id}`).fill(typed[id]);
      }
      const saved = page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/activities',
      );
      await page.getByRole('button', { name: 'Add activity' }).click();
      const created = await (await saved).json();
      expect(created.heldOn === '2020-09-02', `held on ${created.heldOn}`);
      await heading('Activities');
      await page.goto(`${WEB}/activities/${created.id}/edit`);
      await heading(/^Edit /);
      await waitForValue(page, 'activity-partnership', lpp.name);
      sameValues(expect, await valuesOf(page, Object.keys(typed)), typed, 'the activity as saved');
    });

    await test('forms: new feedback asks for its partnership; from a partnership page it is chosen', async () => {
      const page = h.page;
      await page.goto(`${WEB}/feedback/new`);
      await heading('Record feedback');
      expect((await page.locator('#feedback-partnership').inputValue()) === '', 'no partnership is chosen for you');
      await page.locator('#feedback-text').fill(`Forms test feedback ${stamp}`);
      await page.getByRole('button', { name: 'Save and add another' }).click();
      await page
        .locator('.nhsuk-error-summary')
        .getByRole('link', { name: 'Choose the partnership the feedback is for' })
        .waitFor();
      await page
        .locator('#feedback-partnership-error', { hasText: 'Choose the partnership the feedback is for' })
        .waitFor();
      expect((await page.getByRole('status').innerText()).trim() === '', 'nothing was recorded');
      await axe('record feedback without a partnership');
      await shot('30-forms-feedback-partnership');

      await page.goto(`${WEB}/partnerships/${lpp.id}`);
      await heading("Lewisham People's Partnership");
      await page.getByRole('link', { name: "Record feedback for Lewisham People's Partnership" }).click();
      await heading('Record feedback');
      await waitForValue(page, 'feedback-partnership', lpp.name);
      expect((await page.locator('#feedback-partnership').inputValue()) === lpp.name, 'the partnership is chosen');
      await page.locator('#feedback-text').fill(`Forms test feedback ${stamp}`);
      await h.fillDate('feedback-date', '2020-09-02');
      const saved = page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/feedback',
      );
      await page.getByRole('button', { name: 'Save and add another' }).click();
      const created = await (await saved).json();
      expect(created.partnershipId === lpp.id, `filed under ${created.partnershipId}`);
      expect(created.receivedOn === '2020-09-02', `received on ${created.receivedOn}`);
      await page.getByRole('status').filter({ hasText: '1 recorded' }).waitFor();
      await axe('feedback recorded from the partnership page');
    });

    await test('forms: an outcome’s dates and choices come back as typed', async () => {
      const page = h.page;
      await page.goto(`${WEB}/outcomes/new?partnershipId=${lpp.id}`);
      await heading('Record an outcome');
      const responsible = 'NHS South East London ICB (Lewisham)';
      const typed = {
        'outcome-you-said': `Forms test: evening clinics ${stamp}`,
        'outcome-we-did': 'Two evening clinics a week from January',
        'outcome-responsible': responsible,
        'outcome-due-day': '31',
        'outcome-due-month': '3',
        'outcome-due-year': '2030',
        'outcome-completed-day': '2',
        'outcome-completed-month': '9',
        'outcome-completed-year': '2020',
      };
      await page.locator('#outcome-you-said').fill(typed['outcome-you-said']);
      await page.locator('#outcome-we-did').fill(typed['outcome-we-did']);
      await h.choose('#outcome-responsible', 'South East London', responsible);
      await h.fillDate('outcome-due', '2030-03-31');
      await h.fillDate('outcome-completed', '2020-09-02');
      await axe('outcome form with its dates in boxes');
      await page.getByRole('button', { name: 'Record outcome' }).click();
      await page.waitForURL(/\/outcomes\/[0-9a-f-]{36}$/);
      await settled();
      await page.goto(`${page.url()}/edit`);
      await heading('Edit outcome');
      await page.locator('#outcome-you-said').waitFor();
      // The chooser shows the organisation's name once it has looked it up.
      await page.waitForFunction((name) => document.querySelector('#outcome-responsible')?.value === name, responsible);
      sameValues(expect, await valuesOf(page, Object.keys(typed)), typed, 'the outcome as saved');
    });
  } finally {
    h.page = mainPage;
    await usContext.close();
  }
}
