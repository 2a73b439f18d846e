// Choosers at real size: bin/test seeds 1,000 people ("Seeded Person 0001".."1000") in the
// Lewisham ICB, 300 meetings ("Seeded meeting 001".."300") of Lewisham People's Partnership and
// 500 claims waiting (bin/lib/seed-directory.sql). A chooser that stopped at 200 would lose the
// last of each; these find them by searching the server.

export default async function run(h) {
  const { WEB, API, test, expect, axe, heading, choose } = h;

  /** The seeded meeting numbered `n` (001..300), read through the API. */
  async function seededMeeting(n) {
    const title = `Seeded meeting ${String(n).padStart(3, '0')}`;
    const answer = await fetch(`${API}/api/v1/meetings?q=${encodeURIComponent(title)}`, {
      headers: await h.apiHeaders(),
    });
    const meeting = (await answer.json()).items?.find((m) => m.title === title);
    expect(meeting, `${title} is seeded`);
    return meeting;
  }

  async function peopleNamed(name) {
    const answer = await fetch(`${API}/api/v1/people?q=${encodeURIComponent(name)}&size=50`, {
      headers: await h.apiHeaders(),
    });
    return ((await answer.json()).items ?? []).filter((p) => p.displayName === name);
  }

  await test('choosers: register the 1,000th person at the 300th meeting with the keyboard only', async () => {
    await h.switchUser('lewisham-staff');
    const meeting = await seededMeeting(300);
    await h.page.goto(`${WEB}/meetings/${meeting.id}/register`);
    await heading(/Seeded meeting 300/);
    const page = h.page;
    await page.locator('#register-person').focus();
    await page.keyboard.type('Seeded Person 1000');
    const listbox = page.locator('#register-person-listbox');
    await listbox.getByRole('option', { name: 'Seeded Person 1000' }).waitFor();
    expect(
      (await page.locator('#register-person').getAttribute('aria-expanded')) === 'true',
      'the combobox says its list is open',
    );
    await axe('register with the person chooser open');
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('#register-person').getAttribute('aria-activedescendant');
    expect(active === 'register-person-option-0', `the first match is active: ${active}`);
    await page.keyboard.press('Enter');
    expect(
      (await page.locator('#register-person').inputValue()) === 'Seeded Person 1000',
      'the chosen name stays in the field',
    );
    // Tab on to "Add someone new", then to "Add as attended".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const row = page.locator('.tandem-register__row', { hasText: 'Seeded Person 1000' });
    await row.waitFor();
    await axe('register after adding the 1,000th person');
  });

  await test('choosers: "Add someone new" warns of a similar name and makes no duplicate silently (320 px)', async () => {
    await h.switchUser('lewisham-staff');
    const meeting = await seededMeeting(299);
    const page = h.page;
    await page.setViewportSize({ width: 320, height: 740 });
    try {
      await page.goto(`${WEB}/meetings/${meeting.id}/register`);
      await heading(/Seeded meeting 299/);
      await page.getByRole('button', { name: 'Add someone new' }).click();
      await page.getByLabel('Their name').fill('Seeded Person 0999');
      const warning = page.locator('.nhsuk-warning-callout');
      await warning.getByText('A person with a similar name already exists: Seeded Person 0999').waitFor();
      await axe('someone new with a similar name warning (320 px)');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow <= 0, `no sideways scrolling at 320 px (overflow ${overflow}px)`);
      await page.getByRole('button', { name: 'Add as attended' }).click();
      await page
        .getByText(/similar name already exists: choose them/)
        .first()
        .waitFor();
      expect((await peopleNamed('Seeded Person 0999')).length === 1, 'no second Seeded Person 0999 was made');
      await axe('someone new refused as a likely duplicate (320 px)');
      await warning.getByRole('button', { name: /Choose Seeded Person 0999/ }).click();
      expect(
        (await page.locator('#register-person').inputValue()) === 'Seeded Person 0999',
        'the existing person is chosen instead',
      );
      await page.getByRole('button', { name: 'Add as attended' }).click();
      await page.locator('.tandem-register__row', { hasText: 'Seeded Person 0999' }).waitFor();
      expect((await peopleNamed('Seeded Person 0999')).length === 1, 'still one Seeded Person 0999');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  await test('choosers: choose an action owner from past the 200th person', async () => {
    await h.switchUser('lewisham-staff');
    const meeting = await seededMeeting(300);
    const page = h.page;
    await page.goto(`${WEB}/meetings/${meeting.id}`);
    await heading(/Seeded meeting 300/);
    await page.getByText('Record an action').click();
    await page.getByLabel('What needs doing').fill('Send the seeded papers');
    await choose('#action-owner', 'Person 0998', 'Seeded Person 0998');
    await axe('action form with an owner chosen');
    await page.getByRole('button', { name: 'Record action' }).click();
    const action = page.locator('li', { hasText: 'Send the seeded papers' }).last();
    await action.getByText(/Seeded Person 0998/).waitFor();
  });

  await test('choosers: add a member from the far end of the directory', async () => {
    await h.switchUser('lewisham-staff');
    const lpp = await h.lewishamPeoplesPartnership(await h.apiHeaders());
    const page = h.page;
    await page.goto(`${WEB}/partnerships/${lpp.id}`);
    await heading("Lewisham People's Partnership");
    await page.getByText('Add a member').click();
    await choose('Person', 'Seeded Person 0777');
    await axe('add member with a person chosen');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('cell', { name: 'Seeded Person 0777', exact: true }).waitFor();
  });

  await test('choosers: an activity is linked to the oldest of 300 meetings, its partnership chosen by search', async () => {
    await h.switchUser('lewisham-staff');
    const oldest = await seededMeeting(1);
    const page = h.page;
    await page.goto(`${WEB}/activities/new`);
    await heading('Add an activity');
    await choose('#activity-partnership', "Lewisham People's", "Lewisham People's Partnership");
    await page.locator('#activity-kind').selectOption('MEETING');
    await page.locator('#activity-meeting').fill('Seeded meeting');
    await page.locator('#activity-meeting-status', { hasText: /matches/ }).waitFor();
    const status = await page.locator('#activity-meeting-status').innerText();
    expect(/300 matches, showing the first 10/.test(status), `the live count tells there are more: ${status}`);
    await axe('activity form with the meeting chooser open');
    await choose('#activity-meeting', 'Seeded meeting 001');
    await page.locator('#activity-title').fill('Seeded oldest meeting activity');
    await page.getByRole('button', { name: 'Add activity' }).click();
    await heading('Activities');
    const answer = await fetch(`${API}/api/v1/activities?q=${encodeURIComponent('Seeded oldest meeting activity')}`, {
      headers: await h.apiHeaders(),
    });
    const saved = (await answer.json()).items?.[0];
    expect(saved?.meetingId === oldest.id, `the activity is linked to Seeded meeting 001: ${saved?.meetingId}`);
  });

  await test('choosers: the people list pages to the 1,000th person', async () => {
    await h.switchUser('lewisham-staff');
    const page = h.page;
    await page.getByRole('link', { name: 'People', exact: true }).first().click();
    await heading('People');
    await axe('people list');
    await page.getByLabel('Search people by name, affiliation or email').fill('Seeded Person');
    await page.getByLabel('Search people by name, affiliation or email').press('Enter');
    await page.getByText('1000 records, page 1 of 50').waitFor();
    await page.goto(`${WEB}/people?q=Seeded+Person&page=49`);
    await page.getByText('1000 records, page 49 of 50').waitFor();
    await page.getByRole('link', { name: /Next/ }).click();
    await page.getByText('1000 records, page 50 of 50').waitFor();
    await page.getByRole('cell', { name: 'Seeded Person 1000' }).first().waitFor();
    await axe('people list, last page');
  });
}
