// Spanish in Chromium: chosen by link or browser, switched mid-way, checked by axe.
import { expect, inject } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { expectNoAxeViolations } from './support/axe';
import { test } from './support/fixture';
import { content as en, expectHeading, passWelcome } from './support/wizardPage';

const es = loadContent(latestVersion(), 'es');

test('a Spanish-speaking browser gets Spanish; a switch mid-way keeps the answers', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await expectHeading(page, es.ui.start.title);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    // Only the chosen language's content was fetched.
    expect(requested.some((p) => /\/assets\/es-[\w-]+\.js$/.test(p))).toBe(true);
    expect(requested.some((p) => /\/assets\/en-[\w-]+\.js$/.test(p))).toBe(false);
    await expectNoAxeViolations(page, 'start in Spanish');
    await page.getByRole('button', { name: es.ui.start.button }).click();
    await page.getByLabel(es.questions[0]!.options[1]!.label, { exact: true }).check();
    await page.getByRole('button', { name: es.ui.question.continue }).click();
    await expectHeading(page, es.questions[1]!.title);
    await expectNoAxeViolations(page, 'question in Spanish');
    await page.getByRole('button', { name: 'English' }).click();
    await expectHeading(page, en.questions[1]!.title);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: en.ui.question.back }).click();
    expect(await page.getByLabel(en.questions[0]!.options[1]!.label, { exact: true }).isChecked()).toBe(true);
  } finally {
    await context.close();
  }
});

test('lang=es in a complete link opens check answers in Spanish, and the result passes axe', async ({ openPage }) => {
  const page = await openPage();
  await page.goto(
    `${inject('baseUrl')}#lang=es&now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&pay=yes&family=far`,
  );
  await expectHeading(page, es.ui.arrival.welcomeTitle);
  await expectNoAxeViolations(page, 'welcome in Spanish');
  await passWelcome(page, es);
  await expectHeading(page, es.ui.check.title);
  await expectNoAxeViolations(page, 'check answers in Spanish');
  await page.getByRole('button', { name: es.ui.check.confirm }).click();
  await page.locator('h1').waitFor();
  expect(await page.locator('h1').innerText()).toContain(es.profiles['case-manager']!.article);
  await expectNoAxeViolations(page, 'result in Spanish');
  expect(page.errors).toEqual([]);
});
