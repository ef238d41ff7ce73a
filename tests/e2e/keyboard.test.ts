// A whole journey by keyboard alone, with a visible focus indicator on each stop.
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { recommend } from '../../src/domain';
import { answersOf, journeys } from '../fixtures/journeys';
import { test } from './support/fixture';
import { content, expectHeading, optionLabel, questionTitle, shownQuestion } from './support/wizardPage';

/** Presses Tab until the focused element has this accessible text; fails after 30 stops. */
async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

async function focusedText(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return (label ?? el?.textContent ?? '').trim();
  });
}

/** Radios: Tab into the group, then arrows move and select. Checkboxes: Tab, then Space. */
async function choose(page: Page, question: string, value: string) {
  const q = content.questions.find((x) => x.id === question)!;
  if (q.kind === 'multiple') {
    await tabTo(page, optionLabel(question, value));
    await expectVisibleFocus(page);
    await page.keyboard.press('Space');
    return;
  }
  const labels = q.options.map((o) => o.label);
  for (let i = 0; i < 30 && !labels.includes(await focusedText(page)); i++) await page.keyboard.press('Tab');
  for (let i = 0; i < labels.length && (await focusedText(page)) !== optionLabel(question, value); i++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await focusedText(page)).toBe(optionLabel(question, value));
  await expectVisibleFocus(page);
  if (!(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked))) await page.keyboard.press('Space');
}

/** The focused element looks different from its unfocused self: not colour of text alone. */
async function expectVisibleFocus(page: Page) {
  const indicator = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const target = el.matches('input') ? (document.querySelector(`label[for="${el.id}"]`) as HTMLElement) : el;
    const style = getComputedStyle(target, el.matches('input') ? '::before' : null);
    return { shadow: style.boxShadow, outline: style.outlineStyle, background: style.backgroundColor };
  });
  expect(indicator.shadow !== 'none' || indicator.outline !== 'none').toBe(true);
}

test('start to result and back through Change, keyboard only', async ({ openPage }) => {
  const page = await openPage();
  await page.goto(inject('baseUrl'));
  await tabTo(page, content.ui.start.button);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  const journey = journeys.find((j) => j.file === 'hospital-flight-home.json')!;
  const given = answersOf(journey);
  for (let q = await shownQuestion(page); q; q = await shownQuestion(page)) {
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    for (const value of given[q]!) await choose(page, q, value);
    await tabTo(page, content.ui.question.continue);
    await expectVisibleFocus(page);
    const title = questionTitle(q);
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, title);
  }
  await expectHeading(page, content.ui.check.title);
  await tabTo(page, `${content.ui.check.change} your answer to: ${questionTitle('works_for')}`);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expectHeading(page, questionTitle('works_for'));
  await choose(page, 'works_for', 'facility');
  await tabTo(page, content.ui.question.continue);
  await page.keyboard.press('Enter');
  await expectHeading(page, content.ui.check.title);
  expect(await page.getByText(optionLabel('works_for', 'facility'), { exact: true }).count()).toBe(1);
  await tabTo(page, content.ui.check.confirm);
  await page.keyboard.press('Enter');
  // Choosing the facility's own staff tips this journey to the case manager alone (and the
  // question about paying privately is no longer asked).
  const { pay: _, ...unpaid } = given;
  const changed = recommend(content, { ...unpaid, works_for: ['facility'] });
  expect(changed.outcome).toBe('case-manager');
  await page.getByRole('heading', { level: 1, name: changed.headline.heading }).waitFor();
  expect(page.errors).toEqual([]);
});
