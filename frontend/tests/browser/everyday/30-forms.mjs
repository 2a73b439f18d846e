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

/** Clicks the button named `button` and answers the record that the POST to `path` it sends created. */
async function createdBy(page, button, path) {
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === path);
  await page.getByRole('button', { name: button }).click();
  return (await saved).json();
}

/**
 * On the edit form of a record named `name` that shows `typed`: ticks Archived and saves, loads the record's page
 * afresh, opens the form again (`edit`) and checks that every field, and the tick, were kept.
 */
async function archiveAndCheck(h, name, edit, typed) {
  const { page, expect, heading } = h;
  expect(!(await page.getByLabel('Archived').isChecked()), `${name}: not archived yet`);
  await page.getByLabel('Archived').check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await heading(new RegExp(`^${name}`));
  await page.reload();
  await heading(new RegExp(`^${name}`));
  await edit();
  sameValues(expect, await valuesOf(page, Object.keys(typed)), typed, `${name} as archived`);
  expect(await page.getByLabel('Archived').isChecked(), `${name}: archived kept`);
}

function sameValues(expect, shown, typed, what) {
  for (const [id, value] of Object.entries(typed)) {
    expect(shown[id] === value, `${what}: #${id} shows ${JSON.stringify(shown[id])}, typed ${JSON.stringify(value)}`);
  }
}

export default async function run(h) {
  const { WEB, API, stamp, test, expect, axe, shot, heading, settled, call } = h;

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
      const created = await createdBy(page, 'Add activity', '/api/v1/activities');
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
      const created = await createdBy(page, 'Save and add another', '/api/v1/feedback');
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

    // Round trips of the other forms: every field is filled, saved, the page loaded afresh, and every
    // field shows what was typed. Each makes its own records, named with this run's stamp.
    const unique = `${stamp}-${Date.now()}`;
    const board = {
      'board-name': `Forms test board ${unique}`,
      'board-description': 'Where the health and care partners agree priorities.\n\nMeets quarterly.',
      'board-website': 'https://www.example.org/forms-test-board',
    };
    let boardToReportTo = '';
    let settingsPartnership;

    await test('forms: a board’s every field comes back as typed, and so does archiving it', async () => {
      const page = h.page;
      await page.goto(`${WEB}/boards/new`);
      await heading('Create a board');
      for (const [id, value] of Object.entries(board)) await page.locator(`#${id}`).fill(value);
      await page.getByLabel('Statutory body').check();
      const created = await createdBy(page, 'Create board', '/api/v1/boards');
      await heading(board['board-name']);
      const edit = async () => {
        await page.goto(`${WEB}/boards/${created.id}/edit`);
        await heading(`Edit ${board['board-name']}`);
      };
      await edit();
      sameValues(expect, await valuesOf(page, Object.keys(board)), board, 'the board as saved');
      expect(await page.getByLabel('Statutory body').isChecked(), 'statutory body kept');
      await archiveAndCheck(h, board['board-name'], edit, board);
      expect(await page.getByLabel('Statutory body').isChecked(), 'statutory body still kept');
    });

    await test('forms: a partnership’s every field, its parent and its boards come back as typed', async () => {
      const page = h.page;
      const headers = await h.apiHeaders();
      const parent = await call(headers, 'POST', '/api/v1/partnerships', { name: `Forms test parent ${unique}` });
      const other = await call(headers, 'POST', '/api/v1/boards', { name: `Forms test reporting board ${unique}` });
      boardToReportTo = other.name;
      const typed = {
        'partnership-name': `Forms test partnership ${unique}`,
        'partnership-description': 'A hub of the parent, for the south of the borough.',
        'partnership-terms': 'We meet every two months.\n\nWe aim for consensus; the chair decides when we cannot.',
        'partnership-criteria': 'People see their views influence decisions\nMeetings are open to all',
        'partnership-website': 'https://www.example.org/forms-test-partnership',
        'partnership-parent': parent.name,
      };
      await page.goto(`${WEB}/partnerships/new`);
      await heading('Create a partnership');
      for (const id of Object.keys(typed).filter((k) => k !== 'partnership-parent')) {
        await page.locator(`#${id}`).fill(typed[id]);
      }
      await h.choose('#partnership-parent', parent.name);
      await h.choose('#partnership-add-board', boardToReportTo);
      await page.getByRole('button', { name: `Remove ${boardToReportTo}` }).waitFor();
      const created = await createdBy(page, 'Create partnership', '/api/v1/partnerships');
      await heading(typed['partnership-name']);
      const edit = async () => {
        await page.goto(`${WEB}/partnerships/${created.id}/edit`);
        await heading(`Edit ${typed['partnership-name']}`);
        await waitForValue(page, 'partnership-parent', parent.name);
        await page.getByRole('button', { name: `Remove ${boardToReportTo}` }).waitFor();
      };
      await edit();
      sameValues(expect, await valuesOf(page, Object.keys(typed)), typed, 'the partnership as saved');
      await archiveAndCheck(h, typed['partnership-name'], edit, typed);
    });

    await test('forms: someone new added as a member keeps their name, who they are with, role and title', async () => {
      const page = h.page;
      const headers = await h.apiHeaders();
      settingsPartnership = await call(headers, 'POST', '/api/v1/partnerships', {
        name: `Forms test members and money ${unique}`,
      });
      const name = `Forms test person ${unique}`;
      const affiliation = 'Deptford Carers Forum';
      await page.goto(`${WEB}/partnerships/${settingsPartnership.id}`);
      await heading(settingsPartnership.name);
      await page.getByText('Add a member').click();
      await page.getByRole('button', { name: 'Add someone new' }).click();
      expect(
        (await h.page.evaluate(() => document.activeElement?.id)) === 'member-person-new-name',
        'focus is on their name',
      );
      await page.keyboard.type(name);
      await page.locator('#member-person-new-affiliation').fill(affiliation);
      await page.locator('#member-role').selectOption('VICE_CHAIR');
      await page.locator('#member-title').fill('Carers’ lead');
      await page.getByRole('button', { name: 'Add member' }).click();
      await page.getByRole('cell', { name, exact: true }).waitFor();
      await page.reload();
      await heading(settingsPartnership.name);
      const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
      await row.getByText('Carers’ lead (Vice chair)').waitFor();
      await page.goto(`${WEB}/people?q=${encodeURIComponent(name)}`);
      await heading('People');
      const person = page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
      await person.getByRole('cell', { name: affiliation, exact: true }).waitFor();
    });

    await test('forms: a claim’s notes, an expense line and a mileage line come back as typed', async () => {
      const page = h.page;
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      await h.switchUser('lewisham-member');
      const member = await call(await h.apiHeaders(), 'GET', '/api/v1/claimants/me');
      await h.switchUser('lewisham-staff');
      const headers = await h.apiHeaders();
      const meeting = await call(headers, 'POST', '/api/v1/meetings', {
        partnershipId: lpp.id,
        title: `Forms test claim meeting ${unique}`,
        startsAt: `${yesterday}T10:00:00Z`,
        endsAt: `${yesterday}T12:00:00Z`,
        format: 'IN_PERSON',
        venue: 'Lewisham Civic Centre',
      });
      await call(headers, 'POST', `/api/v1/meetings/${meeting.id}/attendance`, {
        personId: member.personId,
        status: 'ATTENDED',
        mode: 'IN_PERSON',
      });
      await h.switchUser('lewisham-member');
      await page.goto(`${WEB}/claims/new`);
      await heading('Make a claim');
      await h.choose('#claim-meeting', meeting.title);
      const notes = 'I came by taxi as the lift at the station was out of order.';
      await page.locator('#claim-notes').fill(notes);
      await page.getByRole('button', { name: 'Continue' }).click();
      await heading(/^Claim /);
      await page.locator('#line-category').selectOption('TAXI');
      await page.locator('#line-amount').fill('18.40');
      await page.locator('#line-description').fill('Lewisham station to the Civic Centre');
      await page.locator('#line-reason').fill('The lift at the station was out of order');
      await page
        .locator('#line-receipt')
        .setInputFiles({ name: 'forms-taxi.png', mimeType: 'image/png', buffer: h.receiptPng });
      await page.getByRole('button', { name: 'Add to claim' }).click();
      await page.getByRole('button', { name: /Download receipt forms-taxi\.png/ }).waitFor();
      await page.locator('#line-category').selectOption('MILEAGE');
      await page.locator('#line-miles').fill('12.4');
      await page.locator('#line-description').fill('Deptford to Lewisham and back');
      await page.getByRole('button', { name: 'Add to claim' }).click();
      await page.getByText(/12\.4 miles at/).waitFor();
      await page.reload();
      await heading(/^Claim /);
      await page.getByText(notes).waitFor();
      const lines = page.locator('table', { has: page.locator('caption', { hasText: 'What is claimed' }) });
      const taxi = lines.getByRole('row').filter({ hasText: 'Taxi' });
      const taxiText = await taxi.innerText();
      for (const shown of [
        'Lewisham station to the Civic Centre',
        'Reason: The lift at the station was out of order',
        '£18.40',
      ]) {
        expect(taxiText.includes(shown), `the taxi line shows ${shown}: ${taxiText}`);
      }
      await taxi.getByRole('button', { name: /Download receipt forms-taxi\.png/ }).waitFor();
      const mileage = await lines.getByRole('row').filter({ hasText: 'Mileage' }).innerText();
      for (const shown of ['12.4 miles at £0.45 a mile', 'Deptford to Lewisham and back', '£5.58']) {
        expect(mileage.includes(shown), `the mileage line shows ${shown}: ${mileage}`);
      }
    });

    await test('forms: a reimbursement policy’s every field comes back as typed', async () => {
      const page = h.page;
      await h.switchUser('lewisham-admin');
      const typed = {
        'policy-partnership': settingsPartnership.name,
        'policy-from-day': '1',
        'policy-from-month': '4',
        'policy-from-year': '2029',
        'policy-half-day': '80.00',
        'policy-full-day': '160.00',
        'policy-hourly': '20.50',
        'policy-mileage': '45',
        'policy-receipts': '20.00',
        'policy-deadline': '28',
        'policy-benefits': '1500.00',
        'policy-notes': 'Agreed by the partnership board.\nReviewed every April.',
      };
      const off = ['Taxi', 'Carer or childcare cover'];
      await page.goto(`${WEB}/claims/policies/new`);
      await heading('Add a reimbursement policy');
      await h.choose('#policy-partnership', settingsPartnership.name);
      await h.fillDate('policy-from', '2029-04-01');
      for (const id of Object.keys(typed).filter((k) => !k.startsWith('policy-from') && k !== 'policy-partnership')) {
        await page.locator(`#${id}`).fill(typed[id]);
      }
      const categories = page.locator('#policy-categories');
      for (const label of off) await categories.getByLabel(label, { exact: true }).uncheck();
      const created = await createdBy(page, 'Create policy', '/api/v1/reimbursement-policies');
      await heading('Policies and budgets');
      await page.goto(`${WEB}/claims/policies/${created.id}/edit`);
      await heading('Edit reimbursement policy');
      await waitForValue(page, 'policy-partnership', settingsPartnership.name);
      sameValues(expect, await valuesOf(page, Object.keys(typed)), typed, 'the policy as saved');
      for (const box of await categories.getByRole('checkbox').all()) {
        const label = (await page.locator(`label[for="${await box.getAttribute('id')}"]`).innerText()).trim();
        expect(
          (await box.isChecked()) === !off.includes(label),
          `${label} is ${off.includes(label) ? 'not ' : ''}allowed`,
        );
      }
    });

    await test('forms: a budget’s every field comes back as typed', async () => {
      const page = h.page;
      const typed = {
        'budget-partnership': settingsPartnership.name,
        'budget-year': '2029-30',
        'budget-allocated': '12000.50',
        'budget-notes': 'Includes the carers’ cover pilot.',
      };
      await page.goto(`${WEB}/claims/budgets/new`);
      await heading('Add a budget');
      await h.choose('#budget-partnership', settingsPartnership.name);
      for (const id of ['budget-year', 'budget-allocated', 'budget-notes'])
        await page.locator(`#${id}`).fill(typed[id]);
      const created = await createdBy(page, 'Create budget', '/api/v1/budgets');
      await heading('Policies and budgets');
      await page.goto(`${WEB}/claims/budgets/${created.id}/edit`);
      await heading('Edit budget');
      await waitForValue(page, 'budget-partnership', settingsPartnership.name);
      sameValues(expect, await valuesOf(page, Object.keys(typed)), typed, 'the budget as saved');
    });

    await test('forms: an organisation’s every field comes back as typed', async () => {
      const page = h.page;
      await h.switchUser('platform-admin');
      const typed = {
        'organisation-code': `forms-${unique}`,
        'organisation-name': `Forms test organisation ${unique}`,
        'organisation-kind': 'HEALTHWATCH',
        'organisation-website': 'https://www.example.org/forms-test-organisation',
      };
      await page.goto(`${WEB}/organisations/new`);
      await heading('Register an organisation');
      await page.locator('#organisation-code').fill(typed['organisation-code']);
      await page.locator('#organisation-name').fill(typed['organisation-name']);
      await page.locator('#organisation-kind').selectOption(typed['organisation-kind']);
      await page.locator('#organisation-website').fill(typed['organisation-website']);
      const created = await createdBy(page, 'Register organisation', '/api/v1/organisations');
      await heading('Organisations');
      await page.goto(`${WEB}/organisations/${created.id}/edit`);
      await heading(`Edit ${typed['organisation-name']}`);
      // The code is fixed once registered: shown, not a field.
      await page.getByText(typed['organisation-code'], { exact: true }).waitFor();
      const { ['organisation-code']: _code, ...fields } = typed;
      sameValues(expect, await valuesOf(page, Object.keys(fields)), fields, 'the organisation as saved');
    });
  } finally {
    h.page = mainPage;
    await usContext.close();
  }
}
