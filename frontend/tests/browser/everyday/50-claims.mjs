/**
 * Claims on the everyday path: a lay member's claim starts with the involvement payment, declining it is their
 * explicit choice, a receipt is added to a line already on the claim and a missing one is named at the line in
 * plain words; finance see whether the claimant attended, filter and page the queue, download the payment run and
 * see what was paid in a financial year.
 */
export default async function run(h) {
  const { WEB, stamp, test, expect, axe, shot, settled, heading, switchUser, apiHeaders, call, csvRows, receiptPng } =
    h;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const meetingTitle = `Everyday claims meeting ${stamp}`;
  const pagerName = `Pager ${stamp}`;
  let meetingId = '';
  let claimReference = '';

  await test('claims: staff hold yesterday’s meeting, the member on its register, and 21 claims to page', async () => {
    await switchUser('lewisham-member');
    const member = await call(await apiHeaders(), 'GET', '/api/v1/claimants/me');
    expect(member.personId, 'the demo member is linked to a person');
    await switchUser('lewisham-staff');
    const headers = await apiHeaders();
    const lpp = await h.lewishamPeoplesPartnership(headers);
    const meeting = await call(headers, 'POST', '/api/v1/meetings', {
      partnershipId: lpp.id,
      title: meetingTitle,
      startsAt: `${yesterday}T10:00:00Z`,
      endsAt: `${yesterday}T12:00:00Z`,
      format: 'IN_PERSON',
      venue: 'Lewisham Civic Centre',
    });
    meetingId = meeting.id;
    await call(headers, 'POST', `/api/v1/meetings/${meetingId}/attendance`, {
      personId: member.personId,
      status: 'ATTENDED',
      mode: 'IN_PERSON',
    });
    // More claims than one page of the queue holds (20), each for its own person.
    for (let i = 1; i <= 21; i++) {
      const person = await call(headers, 'POST', '/api/v1/people', { displayName: `${pagerName} ${i}` });
      await call(headers, 'POST', '/api/v1/claims', { claimantPersonId: person.id, meetingId });
    }
  });

  await test('claims: a lay member’s new claim starts with the involvement payment; declining it is explicit (320 px)', async () => {
    await switchUser('lewisham-member');
    await h.page.setViewportSize({ width: 320, height: 740 });
    try {
      const page = h.page;
      await page.goto(`${WEB}/claims/new`);
      await heading('Make a claim');
      await h.choose('#claim-meeting', meetingTitle);
      await page.getByText('Your claim starts with the involvement payment').waitFor();
      await axe('new claim with the involvement payment (320 px)');
      await shot('50-claims-start-320');
      await page.getByRole('button', { name: 'Continue' }).click();
      await heading(/^Claim /);
      claimReference = (await page.getByRole('heading', { level: 1 }).innerText()).replace(/^Claim\s+(\S+).*$/s, '$1');
      // A two-hour meeting: the policy's half day, GBP 75.
      await page.locator('#claim-total', { hasText: '£75.00' }).waitFor();
      expect(
        await page.getByText('The involvement payment for your time is on this claim.').isVisible(),
        'it is on the claim',
      );
      await settled();
      await axe('claim with the involvement payment (320 px)');
      await page.getByRole('button', { name: 'I do not want the involvement payment' }).click();
      await page.getByText('You said that you do not want the involvement payment.').waitFor();
      await page.locator('#claim-total', { hasText: '£0.00' }).waitFor();
      await settled();
      await axe('involvement payment declined (320 px)');
      await shot('51-claims-declined-320');
    } finally {
      await h.page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  await test('claims: a missing receipt is named at its line in plain words, and added to the line on the claim', async () => {
    const page = h.page;
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      await page.locator('#line-category').selectOption('TAXI');
      await page.locator('#line-amount').fill('24.00');
      await page.locator('#line-reason').fill('No step-free route');
      await page.getByRole('button', { name: 'Add to claim' }).click();
      await page.locator('#claim-total', { hasText: '£24.00' }).waitFor();
      await page.getByRole('button', { name: 'Submit claim' }).click();
      const message = page.locator('.nhsuk-error-message', { hasText: 'Add a receipt for the taxi on' });
      await message.first().waitFor();
      expect(
        (await message.first().innerText()).includes('receipts are needed for expenses over £20.00'),
        'the rule is worded for the claimant',
      );
      expect((await page.getByText('Someone else changed this').count()) === 0, 'not told of a conflict');
      const summaryLink = page.locator('.nhsuk-error-summary a', { hasText: 'Add a receipt for the taxi' });
      expect((await summaryLink.count()) === 1, 'the summary links to the line');
      await settled();
      await axe('missing receipt at its line (375 px)');
      await shot('52-claims-receipt-missing-375');
      await page.getByLabel('Add a receipt for Taxi').setInputFiles({
        name: 'taxi.png',
        mimeType: 'image/png',
        buffer: receiptPng,
      });
      await page.getByRole('button', { name: /Download receipt taxi\.png/ }).waitFor();
      await settled();
      await axe('receipt added to the line (375 px)');
      await page.getByRole('button', { name: 'Submit claim' }).click();
      await page.locator('h1 .nhsuk-tag', { hasText: 'Submitted' }).waitFor();
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  await test('claims: finance see the claimant attended, filter the queue by claimant and page it', async () => {
    await switchUser('lewisham-finance');
    const page = h.page;
    await page.goto(`${WEB}/claims/finance`);
    await heading('Claims to approve and pay');
    // Hundreds wait (the seeded directory): the member's claim is found by their name.
    await page.locator('#queue-claimant').fill('Sam Wilson');
    await page.getByRole('button', { name: 'Show claims' }).click();
    await page.getByRole('link', { name: claimReference, exact: true }).first().click();
    await heading(new RegExp(`Claim ${claimReference}`));
    await page.locator('#claim-attendance', { hasText: 'Attended' }).waitFor();
    await axe('claim with attendance');
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.locator('h1 .nhsuk-tag', { hasText: 'Approved' }).waitFor();

    await page.goto(`${WEB}/claims/finance`);
    await heading('Claims to approve and pay');
    await page.locator('#queue-status').selectOption('ANY');
    await page.locator('#queue-claimant').fill(pagerName);
    await page.getByRole('button', { name: 'Show claims' }).click();
    await page.getByText('21 claims, page 1 of 2').waitFor();
    const rows = page.locator('table', { has: page.locator('caption', { hasText: /^Claims$/ }) }).locator('tbody tr');
    expect((await rows.count()) === 20, `a page of 20: ${await rows.count()}`);
    await axe('queue filtered by claimant');
    await shot('53-claims-queue-filtered');
    await page.getByRole('link', { name: /Next/ }).click();
    await page.getByText('21 claims, page 2 of 2').waitFor();
    expect(page.url().includes('claimant='), 'the filter stays in the address');
    expect((await rows.count()) === 1, `the last one on page 2: ${await rows.count()}`);
    await axe('queue page 2');
  });

  await test('claims: finance download the payment run and see what was paid in a financial year', async () => {
    const page = h.page;
    await page.goto(`${WEB}/claims/finance`);
    await heading('Claims to approve and pay');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download payment run (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename().endsWith('.csv'), `a CSV: ${file.suggestedFilename()}`);
    const text = (await import('node:fs')).readFileSync(await file.path(), 'utf8');
    const approved = await call(await apiHeaders(), 'GET', '/api/v1/claims?status=APPROVED&size=1');
    // The header, a row per approved claim, the total row.
    expect(csvRows(text) === approved.totalItems + 1, `rows: ${csvRows(text)} for ${approved.totalItems} approved`);
    expect(text.includes(claimReference), 'the approved claim is in the payment run');

    await page.getByLabel(`Pay claim ${claimReference}`).check();
    await page.locator('#pay-reference').fill(`BACS-E-${stamp}`);
    await page.getByRole('button', { name: 'Mark as paid' }).click();
    await page.getByRole('link', { name: claimReference, exact: true }).waitFor({ state: 'detached' });
    const paid = page.locator('table', { has: page.locator('caption', { hasText: /^Paid in / }) });
    // The totals are fetched again after the payment: wait for them rather than read the table as it was.
    await paid
      .getByText('£24.00')
      .first()
      .waitFor()
      .catch(() => {});
    expect(
      (await paid.innerText()).includes('£24.00'),
      `the taxi paid shows in its category: ${await paid.innerText()}`,
    );
    await axe('paid in this financial year');
    await page.locator('#paid-year').selectOption({ index: 6 });
    await page.getByText(/^Nothing was paid in \d{4}-\d{2}\.$/).waitFor();
    await settled();
    await axe('paid in a financial year');
    await shot('54-claims-paid-in-year');
  });
}
