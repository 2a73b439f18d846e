// Meetings at real size (issue 13, items 2 and 3): a workshop's unnamed attendees count in the
// headcount everywhere, and publishing notes goes through a preview of exactly what the public
// will read, naming only the people who consented to be named in a role.

/** Letters for the run's stamp, so that names are whole words that differ between runs. */
function lettersOf(digits) {
  return digits.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
}

export default async function run(h) {
  const { WEB, API, stamp, expect } = h;
  const surname = (base) => `${base}-${lettersOf(stamp.slice(-6))}`;
  const presenter = `Anna ${surname('Geyer')}`;
  const chair = `Priya ${surname('Shah')}`;
  const guest = `Omar ${surname('Said')}`;
  const title = `Visual recording workshop ${stamp}`;
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
  let meetingId = '';
  let partnershipId = '';
  let previewText = '';

  const call = async (method, path, body) => {
    const response = await fetch(`${API}${path}`, {
      method,
      headers: await h.apiHeaders(),
      body: body && JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    expect(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  await h.test('meetings: 47 unnamed attendees and 3 on the register make 50 people attended', async () => {
    await h.switchUser('lewisham-staff');
    const lpp = await h.lewishamPeoplesPartnership(await h.apiHeaders());
    partnershipId = lpp.id;
    const meeting = await call('POST', '/api/v1/meetings', {
      partnershipId,
      title,
      startsAt: `${yesterday}T13:00:00Z`,
      endsAt: `${yesterday}T16:00:00Z`,
      format: 'IN_PERSON',
      venue: 'Lewisham Library',
      summary: `The visual recording was made by ${presenter} of New Possibilities. ${chair} thanked everyone.`,
    });
    meetingId = meeting.id;
    for (const name of [presenter, chair, guest]) {
      const person = await call('POST', '/api/v1/people', { displayName: name });
      await call('POST', `/api/v1/meetings/${meetingId}/attendance`, { personId: person.id, status: 'ATTENDED' });
    }
    await call('POST', `/api/v1/meetings/${meetingId}/agenda-items`, {
      kind: 'ITEM',
      title: 'What matters to you',
      notes: `${presenter} drew the discussion; ${chair} asked about waiting times.`,
    });
    for (const [docTitle, kind] of [
      ['Visual recording of the workshop', 'VISUAL_RECORDING'],
      ['Draft minutes for the steering group', 'MINUTES'],
    ]) {
      await call('POST', `/api/v1/meetings/${meetingId}/documents`, {
        title: docTitle,
        url: `https://example.org/${kind.toLowerCase()}-${stamp}.pdf`,
        kind,
      });
    }
    const latest = await call('GET', `/api/v1/meetings/${meetingId}`);
    await call('POST', `/api/v1/meetings/${meetingId}/mark-held`, { version: latest.version });

    await h.page.goto(`${WEB}/meetings/${meetingId}`);
    await h.heading(new RegExp(title));
    await h.page.getByText('3 people attended').first().waitFor();
    await h.axe('meeting with unnamed attendees to count');

    const layMembers = h.page.getByLabel('Lay members and residents');
    await layMembers.fill('-3');
    await h.page.getByRole('button', { name: 'Save unnamed attendees' }).click();
    await h.page.locator('#unnamed-layMembers-error').getByText('Enter a whole number, 0 or more').waitFor();
    await h.axe('unnamed attendees with an error at the field');

    await layMembers.fill('40');
    await h.page.getByLabel('Health and care professionals').fill('7');
    await h.page.getByRole('button', { name: 'Save unnamed attendees' }).click();
    await h.page.getByText('50 people attended (3 on the register, 47 not named)').first().waitFor();
    const saved = await call('GET', `/api/v1/meetings/${meetingId}`);
    expect(saved.attendanceCounts.headcount === 50, `headcount ${JSON.stringify(saved.attendanceCounts)}`);
    await h.axe('meeting with 50 people attended');

    await h.page.setViewportSize({ width: 320, height: 740 });
    await h.page.getByLabel('Service users').waitFor();
    await h.axe('unnamed attendees form (320 px)');
    await h.shot('20-meetings-unnamed-attendees-320');
    await h.page.setViewportSize({ width: 1280, height: 900 });
  });

  await h.test('meetings: a presenter named publicly with consent; the preview names only them', async () => {
    await h.page.getByText(`Name ${presenter} publicly`).click();
    const form = h.page.locator('details', { hasText: `Name ${presenter} publicly` });
    await form.getByRole('button', { name: 'Name publicly' }).click();
    await form.getByText('Select how they gave their consent').first().waitFor();
    await form.getByLabel('Role to name them in').fill('Presenter for New Possibilities');
    await form.getByLabel('In writing').check();
    await form.getByRole('button', { name: 'Name publicly' }).click();
    await form
      .locator('.nhsuk-error-message')
      .getByText(/must be true/)
      .waitFor();
    await h.axe('public naming refused without consent');
    await form.getByLabel(`${presenter} agreed to be named publicly in this role`).check();
    await form.getByRole('button', { name: 'Name publicly' }).click();
    await h.page.getByText(`is named publicly as Presenter for New Possibilities`).waitFor();

    const documents = h.page.locator('section[aria-labelledby="documents-heading"]');
    await documents.getByText('Visual recording of the workshop').first().waitFor();
    await documents
      .getByRole('button', { name: /^Show on the public page\s*:\s*Visual recording of the workshop/ })
      .click();
    await h.page
      .getByRole('button', { name: /^Stop showing on the public page\s*:\s*Visual recording of the workshop/ })
      .waitFor();
    await h.axe('meeting with a person named publicly and a public document');

    await h.page.getByRole('button', { name: 'Preview public notes' }).click();
    const preview = h.page.locator('.tandem-public-preview .tandem-public-meeting');
    await preview.waitFor();
    await preview.getByText(`The visual recording was made by ${presenter} of New Possibilities.`).waitFor();
    await preview.getByText(`${presenter}, Presenter for New Possibilities`).waitFor();
    await preview.getByText('50 people attended').waitFor();
    await preview.getByRole('link', { name: 'Visual recording of the workshop' }).waitFor();
    previewText = await preview.innerText();
    expect(!previewText.includes(chair) && !previewText.includes('Priya'), `the preview does not name ${chair}`);
    expect(!previewText.includes(guest), `the preview does not name ${guest}`);
    expect(previewText.includes('A participant thanked everyone.'), `other names read "a participant": ${previewText}`);
    expect(!previewText.includes('Draft minutes'), 'the private document is not in the preview');
    await h.axe('public notes preview');
    await h.shot('20-meetings-public-preview');
  });

  await h.test(
    'meetings: published, the public page shows what the preview showed and the public document',
    async () => {
      await h.page.getByRole('button', { name: 'Publish notes' }).click();
      await h.page.getByRole('button', { name: 'Unpublish notes' }).waitFor();
      await h.axe('meeting with published notes and named presenter');

      const signedIn = h.page;
      const publicContext = await h.context
        .browser()
        .newContext({ viewport: { width: 320, height: 740 }, locale: 'en-GB' });
      h.page = await publicContext.newPage();
      h.page.setDefaultTimeout(10_000);
      try {
        await h.page.goto(`${WEB}/public/partnerships/${partnershipId}`);
        await h.heading('You said, we did');
        const card = h.page.locator('.tandem-public-meeting', { hasText: title });
        await card.waitFor();
        await card.getByText('50 people attended').waitFor();
        const publicText = await card.innerText();
        expect(publicText === previewText, `the public page matches the preview:\n${publicText}\n---\n${previewText}`);
        const link = card.getByRole('link', { name: 'Visual recording of the workshop' });
        expect((await link.getAttribute('href'))?.includes(stamp), 'the public document links to its file');
        expect((await card.getByText('Draft minutes').count()) === 0, 'the private document is not listed');
        await h.axe('public page with a named presenter and a public document (320 px)');
        await h.shot('20-meetings-public-notes-320');
      } finally {
        await publicContext.close();
        h.page = signedIn;
      }
    },
  );
}
