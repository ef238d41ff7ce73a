// Drives the wizard in Chromium by what a person sees: headings, labels and button names.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { latestVersion, loadContent } from '../../../src/content/loadFromFiles';

export const content = loadContent(latestVersion(), 'en');

export const questionTitle = (id: string) => content.questions.find((q) => q.id === id)!.title;
export const optionLabel = (question: string, option: string) =>
  content.questions.find((q) => q.id === question)!.options.find((o) => o.id === option)!.label;

export async function h1(page: Page): Promise<string> {
  return (await page.locator('h1').innerText()).trim();
}

/** The question id shown now, or null on any other screen. */
export async function shownQuestion(page: Page): Promise<string | null> {
  const text = await h1(page);
  return content.questions.find((q) => q.title === text)?.id ?? null;
}

export async function expectHeading(page: Page, text: string) {
  await page.locator('h1', { hasText: text }).waitFor();
  expect(await h1(page)).toBe(text);
}

export async function answer(page: Page, question: string, values: readonly string[]) {
  for (const v of values) await page.getByLabel(optionLabel(question, v), { exact: true }).check();
  await page.getByRole('button', { name: content.ui.question.continue }).click();
}

/** A care team's link first says who started this; Continue goes on to where it lands. */
export async function passWelcome(page: Page, words: typeof content = content): Promise<void> {
  await page.getByRole('heading', { level: 1, name: words.ui.arrival.welcomeTitle }).waitFor();
  await page.getByRole('button', { name: words.ui.question.continue }).click();
}
