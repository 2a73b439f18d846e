// The story's links (issue 13, item 7): a workshop held at a meeting, feedback from Healthwatch
// Central West London tagged with two themes, an outcome made from it that carries its themes,
// cites the meeting's decision and names a responsible organisation that is not registered.
// Each link is seen on both ends, and the public outcome says where it came from.
export default async function run(h) {
  const { WEB, API, stamp, test, expect, axe, shot, heading } = h;
  const workshop = `Links workshop ${stamp}`;
  const meetingTitle = `Links meeting ${stamp}`;
  const themeA = `Links letters ${stamp}`;
  const themeB = `Links booking ${stamp}`;
  const said = `Links feedback ${stamp}: the letter did not say I could book online`;
  const youSaid = `Links outcome ${stamp}: letters did not explain how to book`;
  const healthwatch = 'Healthwatch Central West London';
  const responsible = `Central London Community Healthcare ${stamp}`;
  const story = { lpp: null, meetingId: '', decisionId: '', themeA: '', feedbackId: '', outcomePath: '' };

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

  await test('links: a Workshop activity linked to a meeting shows on the meeting’s page', async () => {
    await h.signInAsStaff();
    story.lpp = await h.lewishamPeoplesPartnership(await h.apiHeaders());
    // The meeting and its decision come through the API (their dates are not what this tests).
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const meeting = await call('POST', '/api/v1/meetings', {
      partnershipId: story.lpp.id,
      title: meetingTitle,
      startsAt: `${yesterday}T17:00:00Z`,
      endsAt: `${yesterday}T18:30:00Z`,
      format: 'ONLINE',
      onlineLink: 'https://meet.example.org/links',
    });
    story.meetingId = meeting.id;
    const item = await call('POST', `/api/v1/meetings/${meeting.id}/agenda-items`, {
      kind: 'ITEM',
      title: `GP letters ${stamp}`,
      decisions: [{ text: `Every practice sends one plain letter ${stamp}` }],
    });
    story.decisionId = item.decisions[0].id;
    story.themeA = (await call('POST', '/api/v1/themes', { kind: 'THEME', name: themeA })).id;
    await call('POST', '/api/v1/themes', { kind: 'THEME', name: themeB });

    await h.page.goto(`${WEB}/activities/new?partnershipId=${story.lpp.id}`);
    await heading('Add an activity');
    await h.page.locator('#activity-kind').selectOption('WORKSHOP');
    await h.choose('#activity-meeting', meetingTitle);
    await h.page.locator('#activity-title').fill(workshop);
    await axe('activity form linking a workshop to a meeting');
    await h.page.getByRole('button', { name: 'Add activity' }).click();
    await heading('Activities');

    await h.page.goto(`${WEB}/meetings/${meeting.id}`);
    await heading(new RegExp(meetingTitle));
    await h.page.getByRole('heading', { name: 'Activities and outcomes' }).waitFor();
    await h.page.getByRole('list', { name: 'Activities linked to this meeting' }).getByText(workshop).waitFor();
    await h.page.getByText('No outcome cites a decision of this meeting.').waitFor();
    await axe('meeting with a linked activity');
  });

  await test('links: feedback from Healthwatch Central West London, tagged with two themes, names where it came from', async () => {
    await h.page.goto(`${WEB}/feedback/new`);
    await heading('Record feedback');
    // The partnership first: the themes offered are those of its owner's tree.
    await h.choose('#feedback-partnership', story.lpp.name);
    await h.choose('#feedback-activity', workshop);
    await h.page.locator('#feedback-text').fill(said);
    for (const theme of [themeA, themeB]) {
      await h.page.locator('#feedback-themes').fill(theme);
      await h.page.getByRole('option', { name: new RegExp(theme) }).waitFor();
      await h.page.keyboard.press('Enter');
      await h.page.getByRole('button', { name: `Remove ${theme}` }).waitFor();
    }
    await h.page.locator('#feedback-origin-name').fill(healthwatch);
    await axe('record feedback from an organisation that is not registered');
    await h.page.getByRole('button', { name: 'Save and add another' }).click();
    const saved = h.page.getByRole('link', { name: 'View the item just saved' });
    await saved.waitFor();
    story.feedbackId = (await saved.getAttribute('href')).split('/').pop();
    // Where it came from is kept for the next item, the organisation too.
    expect((await h.page.locator('#feedback-origin-name').inputValue()) === healthwatch, 'the organisation is kept');
    await saved.click();
    await heading('Feedback');
    await h.page.locator('.nhsuk-summary-list__row', { hasText: 'Came from' }).getByText(healthwatch).first().waitFor();
    await axe('feedback naming the organisation it came from');
  });

  await test('links: an outcome made from it carries its themes, cites the decision and names who is responsible', async () => {
    await h.page.goto(`${WEB}/outcomes/new?partnershipId=${story.lpp.id}&feedbackIds=${story.feedbackId}`);
    await heading('Record an outcome');
    for (const theme of [themeA, themeB]) {
      await h.page.getByRole('button', { name: `Remove ${theme}` }).waitFor();
    }
    await h.page.locator('#outcome-you-said').fill(youSaid);
    await h.page.locator('#outcome-we-did').fill('Practices now say on every letter how to book online.');
    await h.choose('#outcome-meeting', meetingTitle);
    await h.page.locator(`#outcome-decision option[value="${story.decisionId}"]`).waitFor({ state: 'attached' });
    await h.page.locator('#outcome-decision').selectOption(story.decisionId);
    await h.page.locator('#outcome-responsible-name').fill(responsible);
    await h.page.getByLabel("Publish on the partnership's public page").check();
    await axe('outcome form with decision and a typed responsible organisation');
    await shot('40-links-outcome-form');
    await h.page.getByRole('button', { name: 'Record outcome' }).click();
    await heading(/^Outcome/);
    story.outcomePath = new URL(h.page.url()).pathname;
    const facts = h.page.locator('.nhsuk-summary-list').first();
    await facts.getByText(responsible).first().waitFor();
    await facts
      .getByRole('link', { name: new RegExp(meetingTitle) })
      .first()
      .waitFor();
    await h.page.locator('blockquote', { hasText: said }).first().waitFor();
    await axe('outcome with its links');

    await h.page.goto(`${WEB}/meetings/${story.meetingId}`);
    await heading(new RegExp(meetingTitle));
    await h.page
      .getByRole('list', { name: "Outcomes of this meeting's decisions" })
      .getByRole('link', { name: youSaid })
      .waitFor();
    await axe('meeting with a linked outcome');

    await h.page.goto(`${WEB}/themes/${story.themeA}`);
    await heading(new RegExp(themeA));
    await h.page.getByRole('heading', { name: 'Outcomes about it' }).waitFor();
    await h.page.getByRole('link', { name: youSaid }).click();
    await heading(/^Outcome/);
    expect(new URL(h.page.url()).pathname === story.outcomePath, 'the theme links to the outcome');
    await h.page.goto(`${WEB}/themes/${story.themeA}`);
    await heading(new RegExp(themeA));
    await axe('theme with outcomes about it');
  });

  await test('links: a registered organisation’s page lists the feedback from it', async () => {
    const found = await call('GET', `/api/v1/organisations?q=${encodeURIComponent('Healthwatch Lewisham')}`);
    const registered = found.items.find((o) => o.name === 'Healthwatch Lewisham');
    expect(registered, 'Healthwatch Lewisham is registered');
    const text = `Links feedback ${stamp}: passed on by Healthwatch Lewisham`;
    const today = new Date().toISOString().slice(0, 10);
    await call('POST', '/api/v1/feedback', {
      partnershipId: story.lpp.id,
      text,
      receivedOn: today,
      originOrganisationId: registered.id,
    });
    await h.page.goto(`${WEB}/organisations?q=${encodeURIComponent('Healthwatch Lewisham')}`);
    await heading('Organisations');
    await h.page.getByRole('link', { name: 'Healthwatch Lewisham', exact: true }).click();
    await heading('Healthwatch Lewisham');
    await h.page.getByRole('heading', { name: 'Feedback from it' }).waitFor();
    await h.page.getByText(text).first().waitFor();
    await h.page.getByRole('heading', { name: 'Outcomes it is responsible for' }).waitFor();
    await axe('organisation with the feedback from it');
  });

  await test('links: the public outcome says where it came from, and names nobody', async () => {
    const meeting = await call('GET', `/api/v1/meetings/${story.meetingId}`);
    await call('POST', `/api/v1/meetings/${story.meetingId}/mark-held`, { version: meeting.version });
    await call('POST', `/api/v1/meetings/${story.meetingId}/publish-notes`, { version: meeting.version + 1 });
    await h.page.setViewportSize({ width: 320, height: 740 });
    try {
      await h.page.goto(`${WEB}/public/partnerships/${story.lpp.id}`);
      await heading('You said, we did');
      const card = h.page.locator('.tandem-public-outcome', { hasText: youSaid });
      await card.waitFor();
      const origin = card.locator('.nhsuk-summary-list__row', { hasText: 'Where this came from' });
      await origin.getByText(`What people told us at ${workshop}`).waitFor();
      await origin.getByText(new RegExp(`Decided at ${meetingTitle}`)).waitFor();
      await card.getByText(responsible).first().waitFor();
      await card.getByText(new RegExp(themeA)).first().waitFor();
      const shown = await card.innerText();
      expect(!shown.includes(healthwatch), 'the organisation feedback came from is not public');
      expect(!shown.includes(said), 'the feedback itself is not public');
      await axe('public outcome saying where it came from (320 px)');
      await shot('40-links-public-outcome-320');
    } finally {
      await h.page.setViewportSize({ width: 1280, height: 900 });
    }
  });
}
