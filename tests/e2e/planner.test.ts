// The planner page in Chromium: two columns with the link in view at desktop widths, one at a
// phone's, and the printed sheet read back from Chromium's PDF with poppler. PNGs of the page
// and the sheet go to screenshots/ (ignored by git) for a reviewer to look through.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { expectNoAxeViolations } from './support/axe';
import { test } from './support/fixture';
import { content, optionLabel, questionTitle } from './support/wizardPage';

const outDir = resolve(import.meta.dirname, '../../screenshots/planner');
beforeAll(() => {
  mkdirSync(outDir, { recursive: true });
});

const t = content.ui.planner;
const pick = (page: Page, q: string, o: string) =>
  page
    .getByRole('group', { name: questionTitle(q) })
    .getByLabel(optionLabel(q, o), { exact: true })
    .check();

describe('planner page layout', () => {
  // Ten patients a day (issue 24): from 1,024 px wide every answer is on one 900 px screen (the
  // layout stops growing at 1,440). The language is the family's: it changes the link, its care
  // code and the sheet; the planner's own page stays in the default language.
  test.for([
    [1024, 'en'],
    [1280, 'en'],
    [1440, 'en'],
    [1024, 'es'],
  ] as const)(
    'at %i × 900 (family language %s): every question and the whole link panel fit the window, no scrolling, every option a 44 px row',
    async ([width, lang], { openPage }) => {
      const page = await openPage({ width, height: 900 });
      await page.goto(`${inject('baseUrl')}planner.html`);
      const form = await page.locator('.planner__form').boundingBox();
      const panel = await page.getByRole('region', { name: t.linkTitle }).boundingBox();
      expect(panel!.x).toBeGreaterThanOrEqual(form!.x + form!.width);
      // The panel starts beside the page's heading, above the form's first question.
      expect(panel!.y).toBeLessThan(form!.y);
      if (lang === 'es') {
        await page.getByLabel('Español', { exact: true }).check();
        await page.locator('.print-sheet[lang="es"]').waitFor({ state: 'attached' });
      }
      // Every follow-up showing (the flight's escort, paying privately) and a long link.
      await pick(page, 'now', 'hospital');
      await pick(page, 'travel', 'flight');
      await pick(page, 'works_for', 'unsure');
      for (const need of ['coordination', 'medications', 'visits', 'rights']) await pick(page, 'needs', need);
      expect(await page.getByRole('group', { name: questionTitle('escort') }).count()).toBe(1);
      expect(await page.getByRole('group', { name: questionTitle('pay') }).count()).toBe(1);
      // Bottoms in page coordinates, so a failure reports how far down the page they reach.
      const fit = await page.evaluate(() => ({
        scrollY: window.scrollY,
        formBottom:
          window.scrollY +
          Math.max(...[...document.querySelectorAll('.planner__form fieldset')].map((f) => f.getBoundingClientRect().bottom)),
        panelBottom: window.scrollY + document.querySelector('.planner__link')!.getBoundingClientRect().bottom,
        shortestRow: Math.min(...[...document.querySelectorAll('.planner .choice')].map((c) => c.getBoundingClientRect().height)),
        shortestButton: Math.min(...[...document.querySelectorAll('.planner__link .button')].map((c) => c.getBoundingClientRect().height)),
      }));
      // Before (issue 24): 2,929 px of form, a long scroll for every patient; then columns that
      // fitted 1,280 but ended at 1,124 px at 1,024.
      const figures = JSON.stringify(fit);
      expect(fit.scrollY, `no pick scrolled the page: ${figures}`).toBe(0);
      expect(fit.formBottom, figures).toBeLessThanOrEqual(900);
      expect(fit.panelBottom, figures).toBeLessThanOrEqual(900);
      expect(fit.shortestRow).toBeGreaterThanOrEqual(44);
      expect(fit.shortestButton).toBeGreaterThanOrEqual(44);
      const link = await page.getByLabel(t.linkLabel).inputValue();
      expect(link).toContain('now=hospital&travel=flight');
      expect(link.includes('lang=es')).toBe(lang === 'es');
      await page.screenshot({ path: join(outDir, `planner-${width}-${lang}.png`) });
      await expectNoAxeViolations(page, `planner at ${width} (${lang})`);
      expect(page.errors).toEqual([]);
    },
  );

  test("sends by text or email through the device's own apps, in the family's language; Clear resets everything; a message moves no button", async ({
    openPage,
  }) => {
    const page = await openPage({ width: 1280, height: 900 });
    await page.goto(`${inject('baseUrl')}planner.html`);
    await pick(page, 'now', 'hospital');
    await page.getByLabel('Español', { exact: true }).check();
    // The family's words arrive with their language.
    await page.locator('.print-sheet[lang="es"]').waitFor({ state: 'attached' });
    const link = await page.getByLabel(t.linkLabel).inputValue();
    expect(link).toContain('lang=es');
    const es = loadContent(latestVersion(), 'es').ui.planner;
    const sms = await page.getByRole('link', { name: t.sendText }).getAttribute('href');
    const mail = await page.getByRole('link', { name: t.sendEmail }).getAttribute('href');
    // sms: and mailto: only: the link travels in the message the planner sends, never to a server.
    expect(sms).toBe(`sms:?&body=${encodeURIComponent(es.messageBody.replace('{link}', link))}`);
    expect(mail).toBe(
      `mailto:?subject=${encodeURIComponent(es.messageSubject)}&body=${encodeURIComponent(es.messageBody.replace('{link}', link))}`,
    );

    // "Link copied." appears and nothing above it moves; then Clear empties every answer and the language.
    const clear = page.getByRole('button', { name: t.clear });
    const before = await clear.boundingBox();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: t.copy }).click();
    await page.getByText(t.copied).waitFor();
    expect((await clear.boundingBox())!.y).toBe(before!.y);
    await clear.click();
    await page.getByText(t.cleared).waitFor();
    expect((await clear.boundingBox())!.y).toBe(before!.y);
    expect(await page.getByLabel('English', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel(t.linkLabel).inputValue()).toMatch(/#v=\d+$/);
    expect(page.errors).toEqual([]);
  });

  test('at 390 px: one column, the link after the form', async ({ openPage }) => {
    const page = await openPage({ width: 390, height: 844 });
    await page.goto(`${inject('baseUrl')}planner.html`);
    await pick(page, 'now', 'home');
    const form = await page.locator('.planner__form').boundingBox();
    const panel = await page.getByRole('region', { name: t.linkTitle }).boundingBox();
    expect(panel!.y).toBeGreaterThanOrEqual(form!.y + form!.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(outDir, 'planner-390.png'), fullPage: true });
    await expectNoAxeViolations(page, 'planner at 390');
  });
});

describe("the planner's own details", () => {
  test('kept on this computer only when asked, printed on the sheet, and forgotten on request', async ({ openPage }) => {
    const page = await openPage({ width: 1280, height: 900 });
    await page.goto(`${inject('baseUrl')}planner.html`);
    const open = () => page.getByText(t.detailsTitle).click();
    await open();
    await page.getByLabel(t.detailsName).fill('Dana Ruiz, RN');
    await page.getByLabel(t.detailsPhone).fill('555-0134');
    await page.getByLabel(t.detailsUnit).fill('St. Anne’s, 4 West');
    // Not asked to remember: nothing is stored, and a reload starts empty.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await open();
    expect(await page.getByLabel(t.detailsName).inputValue()).toBe('');

    await page.getByLabel(t.detailsName).fill('Dana Ruiz, RN');
    await page.getByLabel(t.detailsPhone).fill('555-0134');
    await page.getByLabel(t.detailsUnit).fill('St. Anne’s, 4 West');
    await page.getByLabel(t.remember).check();
    await page.reload();
    await open();
    expect(await page.getByLabel(t.detailsName).inputValue()).toBe('Dana Ruiz, RN');
    expect(await page.getByLabel(t.remember).isChecked()).toBe(true);
    // Clear for next patient is about the patient: the planner's details stay.
    await pick(page, 'now', 'hospital');
    await page.getByRole('button', { name: t.clear }).click();
    expect(await page.getByLabel(t.detailsUnit).inputValue()).toBe('St. Anne’s, 4 West');

    // Printed where they were handwritten, and the unit under the title.
    const file = join(outDir, 'sheet-details.pdf');
    writeFileSync(file, await page.pdf({ format: 'Letter' }));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`${t.sheetPlanner}: Dana Ruiz, RN, 555-0134`);
    expect(text).toContain(t.sheetFrom.replace('{unit}', 'St. Anne’s, 4 West'));
    expect(Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])).toBe(1);
    // The link carries the unit by name, for the family's welcome; never the planner's name or phone.
    const link = await page.getByLabel(t.linkLabel).inputValue();
    expect(link).toContain(`&unit=${encodeURIComponent('St. Anne’s, 4 West')}`);
    expect(link).not.toMatch(/Dana|0134/);

    await page.getByRole('button', { name: t.forget }).click();
    await page.getByText(t.forgotten).waitFor();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.getByLabel(t.detailsName).inputValue()).toBe('');
    await expectNoAxeViolations(page, 'planner with its details open');
    expect(page.errors).toEqual([]);
  });
});

describe('the printed sheet', () => {
  test("lists the filled answers in the family's language and the two roles, on one Letter page", async ({ openPage }) => {
    const es = loadContent(content.version, 'es');
    const page = await openPage({ width: 1280, height: 900 });
    await page.goto(`${inject('baseUrl')}planner.html`);
    await page.getByRole('radio', { name: 'Español' }).check();
    await page.locator('.print-sheet[lang="es"]').waitFor({ state: 'attached' });
    // The longest sheet: every question answered, every kind of help.
    const answers: [string, string][] = [
      ['now', 'hospital'],
      ['next', 'home'],
      ['travel', 'flight'],
      ['escort', 'yes'],
      ['works_for', 'unsure'],
      ['pay', 'no'],
      ['family', 'far'],
    ];
    for (const [q, o] of answers) await pick(page, q, o);
    for (const o of content.questions.find((q) => q.id === 'needs')!.options) await pick(page, 'needs', o.id);
    await expectNoAxeViolations(page, 'planner with every answer');
    const pdf = await page.pdf({ format: 'Letter' });
    const file = join(outDir, 'sheet-es.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(outDir, 'sheet-es')]);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(1);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const words = (s: string) => s.replace(/\s+/g, ' ');
    expect(text).toContain(words(es.ui.planner.sheetAnswers));
    for (const [q, o] of [...answers, ['needs', 'medications'] as [string, string]]) {
      const question = es.questions.find((x) => x.id === q)!;
      expect(text).toContain(words(question.title));
      expect(text).toContain(words(question.options.find((x) => x.id === o)!.label));
    }
    for (const line of es.ui.planner.sheetRoles) expect(text).toContain(words(line));
    // The free help that already applies to what the care team filled in (in the hospital,
    // rights named, money tight): the most urgent first, the fast appeal first (issue 23).
    expect(text).toContain(words(es.ui.planner.sheetFreeHelp));
    expect(text).toContain('Medicare');
    expect(text.replace(/ /g, '')).toContain('&needs=coordination,recovery,costs,insurance,medications,visits,rights,emotional');
    // The care code beside the QR code, the same as on the planner's panel, with its words
    // (spaced out on paper: poppler reads its letters apart).
    const code = await page.locator('.planner__code .care-code').innerText();
    expect(text.replace(/ /g, '')).toContain(`${es.ui.planner.sheetCode}${code}`.replace(/\s/g, ''));
    // Nothing of the planner's own page, nor its English words.
    expect(text).not.toContain(t.copy);
    expect(text).not.toContain(questionTitle('now'));
    expect(page.errors).toEqual([]);
  });
});
