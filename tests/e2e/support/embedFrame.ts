// Drives the embedded wizard from its host page and checks what the host sees of it.
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { content, optionLabel, questionTitle } from './wizardPage';

/** The iframe's height and its content's, once settled: never shorter, so no inner scrollbar. */
export async function frameHeight(p: Page, frame: Frame): Promise<{ outer: number; inner: number }> {
  await p.waitForTimeout(50);
  const inner = await frame.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height));
  const outer = await p
    .locator('iframe')
    .first()
    .evaluate((el) => el.getBoundingClientRect().height);
  expect(outer).toBeGreaterThanOrEqual(inner - 1);
  expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
  return { outer, inner };
}

export async function answerIn(frame: Frame, question: string, values: readonly string[], click = true) {
  for (const v of values) await frame.getByLabel(optionLabel(question, v), { exact: true }).check();
  if (click) await frame.getByRole('button', { name: content.ui.question.continue }).click();
}

/**
 * With the next heading just above the screen, Continue focuses it but leaves the host page
 * where it is: a scroll on every question would let the host count them.
 */
export async function expectNextQuestionLeavesHostStill(p: Page, frame: Frame, values: readonly string[]) {
  await answerIn(frame, 'needs', values, false);
  await p.evaluate(() => window.scrollBy(0, document.querySelector('iframe')!.getBoundingClientRect().top + 200));
  const before = await p.evaluate(() => window.scrollY);
  // A click in the page: Playwright's own would first scroll the button into view.
  await frame.evaluate(() => document.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click());
  await frame.getByRole('heading', { level: 1, name: questionTitle('works_for') }).waitFor();
  await p.waitForTimeout(100);
  expect(await frame.evaluate(() => document.activeElement?.textContent)).toBe(questionTitle('works_for'));
  expect(await p.evaluate(() => window.scrollY)).toBe(before);
}
