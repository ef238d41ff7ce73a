// Prefilled links and the planner page in Chromium, watching every request the page makes.
import type { BrowserContext, Request } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { loadContent } from '../../src/content/loadFromFiles';
import { expectNoAxeViolations } from './support/axe';
import { waitForApp } from './support/browser';
import { type OpenPage, test } from './support/fixture';
import { answer, content, expectHeading, optionLabel, passWelcome, questionTitle } from './support/wizardPage';

const requests: { url: string; referer: string | undefined; body: string | null }[] = [];
const watch = (context: BrowserContext) =>
  context.on('request', (r: Request) => requests.push({ url: r.url(), referer: r.headers().referer, body: r.postData() }));

async function open(openPage: OpenPage, fragment: string, width = 390) {
  const page = await openPage({ width, height: 844 });
  watch(page.context());
  await page.goto(`${inject('baseUrl')}${fragment}`);
  return page;
}

describe('prefilled links', () => {
  test('a complete link lands on check answers with every answer marked, and leaves the address bar', async ({ openPage }) => {
    const page = await open(
      openPage,
      `#v=${content.version}&now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&pay=yes&family=far`,
    );
    await page.getByText(content.ui.arrival.welcomeDone).waitFor();
    await expectNoAxeViolations(page, 'welcome from a care team link');
    await passWelcome(page);
    await expectHeading(page, content.ui.check.title);
    expect(await page.getByText(content.ui.check.careTeamTag).count()).toBe(8);
    expect(await page.getByRole('heading', { name: content.ui.prefill.migratedTitle }).count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
    await expectNoAxeViolations(page, 'check answers from a link');
    await page.getByRole('button', { name: content.ui.check.confirm }).click();
    await page.getByRole('heading', { level: 1, name: /Both can help/ }).waitFor();
    expect(page.errors).toEqual([]);
  });

  test('a link made under content version 1 opens under the current version and says the guidance changed', async ({ openPage }) => {
    expect(content.version).toBeGreaterThan(1);
    const page = await open(
      openPage,
      '#v=1&now=facility&next=facility&travel=regular&needs=coordination,recovery,costs,emotional&works_for=facility&family=far',
    );
    await passWelcome(page);
    await expectHeading(page, content.ui.check.title);
    await page.getByRole('heading', { name: content.ui.prefill.migratedTitle }).waitFor();
    await page.getByText(content.ui.prefill.migrated).waitFor();
    await expectNoAxeViolations(page, 'check answers from a version 1 link');
    await page.getByRole('button', { name: content.ui.check.confirm }).click();
    // Version 1 said "both" here; the current rule gives the facility's case manager alone.
    await page.getByRole('heading', { level: 1, name: 'A case manager is the best fit' }).waitFor();
    expect(page.errors).toEqual([]);
  });

  test('a partial link lands on the first unanswered question', async ({ openPage }) => {
    const page = await open(openPage, '#now=Hospital&TRAVEL=flight');
    await passWelcome(page);
    await expectHeading(page, questionTitle('next'));
    await expectNoAxeViolations(page, 'question after a partial link');
    await answer(page, 'next', ['home']);
    await expectHeading(page, questionTitle('travel'));
    expect(await page.getByLabel(optionLabel('travel', 'flight'), { exact: true }).isChecked()).toBe(true);
    await page.getByText(content.ui.prefill.careTeam).waitFor();
  });

  test('a link with bad values shows one notice, keeps the good answers and asks the rest', async ({ openPage }) => {
    const page = await open(openPage, `#v=1&now=moon&next=home&needs=visits,magic&colour=blue&family=%E0%A4%A&${'x'.repeat(100_000)}`);
    await passWelcome(page);
    await expectHeading(page, questionTitle('now'));
    const notice = page.getByRole('region', { name: content.ui.prefill.noticeTitle });
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain(`“moon” is not one of the answers to “${questionTitle('now')}”.`);
    expect(text).toContain('“colour”');
    await expectNoAxeViolations(page, 'bad-link notice');
    await answer(page, 'now', ['home']);
    // The next question came from the link: the family sees it, marked, to confirm it.
    await expectHeading(page, questionTitle('next'));
    await page.getByText(content.ui.prefill.careTeam).waitFor();
    expect(page.errors).toEqual([]);
  });

  test('a link from an unknown version of the guide says so, and keeps what still fits', async ({ openPage }) => {
    const page = await open(openPage, '#v=0&now=home&next=home&travel=none');
    await passWelcome(page);
    await expectHeading(page, questionTitle('needs'));
    await page.getByText(content.ui.prefill.problems.unknownVersion).waitFor();
  });
});

describe('links a family shares, and links over saved answers', () => {
  test('a shared link opened in a second browser lands on the result, marked as shared', async ({ openPage }) => {
    const first = await open(openPage, '');
    await first.getByRole('button', { name: content.ui.start.button }).click();
    for (const [q, v] of Object.entries({
      now: ['hospital'],
      next: ['home'],
      travel: ['none'],
      needs: ['costs'],
      works_for: ['facility'],
      family: ['far'],
    })) {
      await answer(first, q, v);
    }
    await first.getByRole('button', { name: content.ui.check.confirm }).click();
    await first.locator('.now-steps').waitFor();
    await first.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await first.getByRole('button', { name: content.ui.share.copyButton }).click();
    await first.getByText(content.ui.share.copied).waitFor();
    const link = await first.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/&shared=1$/);
    const heading = await first.locator('h1').innerText();

    const second = await openPage({ width: 390, height: 844 });
    await second.goto(link);
    await second.getByText(content.ui.share.sharedNote).waitFor();
    expect(await second.locator('h1').innerText()).toBe(heading);
    await expectNoAxeViolations(second, 'result from a shared link');
    await second.getByRole('button', { name: content.ui.result.changeAnswers }).first().click();
    await expectHeading(second, content.ui.check.title);
    expect(await second.getByText(content.ui.check.sharedTag).count()).toBe(6);
    expect(await second.getByText(content.ui.check.careTeamTag).count()).toBe(0);
  });

  test('a link over saved answers asks before it changes anything', async ({ openPage }) => {
    const page = await open(openPage, '#now=home&next=home&travel=none&needs=visits&works_for=family&pay=yes&family=far&shared=1');
    await page.locator('.now-steps').waitFor();
    await page.evaluate(() => {
      window.location.hash = '#now=hospital&needs=rights';
    });
    await expectHeading(page, content.ui.arrival.conflictTitle);
    await expectNoAxeViolations(page, 'link over saved answers');
    await page.getByRole('button', { name: content.ui.arrival.keepMine }).click();
    await page.locator('.now-steps').waitFor();
    expect(await page.locator('h1').innerText()).toBe('A care manager is the best fit');
  });
});

describe("planner page in the family's language", () => {
  test('choosing Spanish puts lang=es in the link and prints the sheet in Spanish', async ({ openPage }) => {
    const page = await openPage({ width: 1280, height: 900 });
    await page.goto(`${inject('baseUrl')}planner.html`);
    await page.getByRole('radio', { name: 'Español' }).check();
    await page.locator('.print-sheet[lang="es"]').waitFor({ state: 'attached' });
    const field = page.getByLabel(content.ui.planner.linkLabel);
    await expect.poll(() => field.inputValue()).toMatch(/#v=\d+&lang=es$/);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    expect(await sheet.getAttribute('lang')).toBe('es');
    expect(await sheet.innerText()).toContain(loadContent(content.version, 'es').ui.planner.sheetTitle);
    await page.emulateMedia({ media: null });
    await expectNoAxeViolations(page, 'planner with the family language');
    expect(page.errors).toEqual([]);
  });
});

describe('planner page to family journey', () => {
  test('a planner picks answers, copies the link, and the family finishes from it', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      watch(context);
      const planner = await context.newPage();
      await planner.goto(inject('baseUrl'));
      await waitForApp(planner);
      await planner.getByRole('link', { name: content.ui.start.plannerLink }).click();
      await waitForApp(planner);
      await planner.getByRole('heading', { level: 1, name: content.ui.planner.title }).waitFor();
      await expectNoAxeViolations(planner, 'planner');
      const group = (q: string) => planner.getByRole('group', { name: questionTitle(q) });
      await group('now').getByLabel(optionLabel('now', 'hospital'), { exact: true }).check();
      await group('next').getByLabel(optionLabel('next', 'home'), { exact: true }).check();
      await group('travel').getByLabel(optionLabel('travel', 'flight'), { exact: true }).check();
      await group('escort').getByLabel(optionLabel('escort', 'yes'), { exact: true }).check();
      await planner.getByRole('button', { name: content.ui.planner.copy }).click();
      await planner.getByText(content.ui.planner.copied).waitFor();
      const link = await planner.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(`${inject('baseUrl')}#v=${content.version}&now=hospital&next=home&travel=flight&escort=yes`);
      await expectNoAxeViolations(planner, 'planner with answers');

      const family = await context.newPage();
      await family.goto(link);
      await waitForApp(family);
      await passWelcome(family);
      await expectHeading(family, questionTitle('needs'));
      await answer(family, 'needs', ['medications']);
      await answer(family, 'works_for', ['family']);
      await answer(family, 'pay', ['yes']);
      await answer(family, 'family', ['far']);
      await expectHeading(family, content.ui.check.title);
      expect(await family.getByText(content.ui.check.careTeamTag).count()).toBe(4);
      await family.getByRole('button', { name: content.ui.check.confirm }).click();
      await family.getByText('Ask about a medical escort', { exact: true }).waitFor();

      await planner.getByRole('button', { name: content.ui.planner.clear }).click();
      expect(await planner.getByLabel(content.ui.planner.linkLabel).inputValue()).toBe(`${inject('baseUrl')}#v=${content.version}`);
      expect(await planner.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    } finally {
      await context.close();
    }
  });
});

describe('privacy', () => {
  test('no request any page made carries an answer', () => {
    expect(requests.length).toBeGreaterThan(5);
    const answerWords = content.questions.flatMap((q) => [`${q.id}=`, ...q.options.map((o) => `=${o.id}`)]);
    const origin = new URL(inject('baseUrl')).origin;
    for (const r of requests) {
      expect(new URL(r.url).origin, r.url).toBe(origin);
      expect(r.url, r.url).not.toContain('#');
      for (const word of answerWords) {
        expect(r.url.toLowerCase(), r.url).not.toContain(word);
        expect(r.referer ?? '', r.url).not.toContain(word);
        expect(r.body ?? '', r.url).not.toContain(word);
      }
    }
  });
});
