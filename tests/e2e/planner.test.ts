// The planner page in Chromium: two columns with the link in view at desktop widths, one at a
// phone's, and the printed sheet read back from Chromium's PDF with poppler. PNGs of the page
// and the sheet go to screenshots/ (ignored by git) for a reviewer to look through.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject } from 'vitest';
import { loadContent } from '../../src/content/loadFromFiles';
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

/** The part of an element inside the window, as a fraction of its height (1: all of it). */
const inView = (page: Page, name: string, role: 'button' | 'textbox') =>
  page.getByRole(role, { name, exact: true }).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
  });

describe('planner page layout', () => {
  test('at 1,280 px: two columns, and the link, Copy and Print stay in view at the bottom of the form', async ({ openPage }) => {
    const page = await openPage({ width: 1280, height: 900 });
    await page.goto(`${inject('baseUrl')}planner.html`);
    const form = await page.locator('.planner__form').boundingBox();
    const panel = await page.getByRole('region', { name: t.linkTitle }).boundingBox();
    expect(panel!.x).toBeGreaterThanOrEqual(form!.x + form!.width);
    expect(Math.abs(panel!.y - form!.y)).toBeLessThan(5);
    await pick(page, 'now', 'hospital');
    await pick(page, 'travel', 'flight');
    await pick(page, 'needs', 'medications');
    // The last question, scrolled to the bottom of the window.
    await page.getByRole('group', { name: questionTitle('family') }).evaluate((el) => el.scrollIntoView({ block: 'end' }));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    expect(await inView(page, t.linkLabel, 'textbox')).toBe(true);
    expect(await inView(page, t.copy, 'button')).toBe(true);
    expect(await inView(page, t.print, 'button')).toBe(true);
    expect(await page.getByLabel(t.linkLabel).inputValue()).toContain('now=hospital&travel=flight&needs=medications');
    await page.screenshot({ path: join(outDir, 'planner-1280-bottom.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(outDir, 'planner-1280.png'), fullPage: true });
    await expectNoAxeViolations(page, 'planner at 1280');
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
    // Nothing of the planner's own page, nor its English words.
    expect(text).not.toContain(t.copy);
    expect(text).not.toContain(questionTitle('now'));
    expect(page.errors).toEqual([]);
  });
});
