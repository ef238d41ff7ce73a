// Every journey fixture, start to result, in the production build; axe on every screen.
import { describe, expect, inject } from 'vitest';
import { recommend } from '../../src/domain';
import { answersOf, journeys } from '../fixtures/journeys';
import { expectNoAxeViolations } from './support/axe';
import { test } from './support/fixture';
import { answer, content, expectHeading, h1, questionTitle, shownQuestion } from './support/wizardPage';

describe('journeys in Chromium', () => {
  test.for(journeys)('$name → $outcome', async (j, { openPage }) => {
    const page = await openPage({ width: 390, height: 844 });
    await page.goto(inject('baseUrl'));
    await expectHeading(page, content.ui.start.title);
    await expectNoAxeViolations(page, 'start');
    await page.getByRole('button', { name: content.ui.start.button }).click();

    const given = answersOf(j);
    const asked: string[] = [];
    for (let q = await shownQuestion(page); q; q = await shownQuestion(page)) {
      asked.push(q);
      // Focus lands on the new question's heading, so it is announced.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await expectNoAxeViolations(page, `question ${q}`);
      const before = await h1(page);
      await answer(page, q, given[q]!);
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
    }
    expect(asked).toEqual(j.screens);

    await expectHeading(page, content.ui.check.title);
    await expectNoAxeViolations(page, 'check answers');
    await page.getByRole('button', { name: content.ui.check.confirm }).click();

    const heading = await page.locator('h1').innerText();
    // The words come from the content the domain picks them from; the journey fixes which outcome.
    const expected = recommend(content, given).headline.heading;
    const [first, second] = j.order.map((r) => content.profiles[r]!.article);
    expect(heading).toBe(expected.replace('{first}', first!).replace('{second}', second ?? ''));
    expect(heading).toMatch(j.outcome === 'both' ? new RegExp(`^.*${first}.*${second}`) : new RegExp(first!, 'i'));
    await expectNoAxeViolations(page, `result ${j.outcome}`);
    expect(page.errors).toEqual([]);
  });

  test('shows the error state, and passes axe with it', async ({ openPage }) => {
    const page = await openPage();
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: content.ui.start.button }).click();
    await page.getByRole('button', { name: content.ui.question.continue }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    await expectNoAxeViolations(page, 'question error');
  });
});

describe('browser history and reload', () => {
  test('Back and Forward move between steps without losing answers', async ({ openPage }) => {
    const page = await openPage();
    const url = inject('baseUrl');
    await page.goto(url);
    await page.getByRole('button', { name: content.ui.start.button }).click();
    await answer(page, 'now', ['hospital']);
    await expectHeading(page, questionTitle('next'));
    await answer(page, 'next', ['home']);
    await expectHeading(page, questionTitle('travel'));

    await page.goBack();
    await expectHeading(page, questionTitle('next'));
    expect(await page.getByLabel('At home', { exact: true }).isChecked()).toBe(true);
    await page.goBack();
    await expectHeading(page, questionTitle('now'));
    await page.goBack();
    await expectHeading(page, content.ui.start.title);
    await page.goForward();
    await expectHeading(page, questionTitle('now'));
    await page.goForward();
    await page.goForward();
    await expectHeading(page, questionTitle('travel'));
    // The page never left, and the URL never carried a step or an answer.
    expect(page.url()).toBe(url);
    expect(page.errors).toEqual([]);
  });

  test('a reload keeps progress, then Change on check answers comes back there', async ({ openPage }) => {
    const page = await openPage();
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: content.ui.start.button }).click();
    await answer(page, 'now', ['home']);
    await expectHeading(page, questionTitle('next'));
    await answer(page, 'next', ['home']);
    await expectHeading(page, questionTitle('travel'));
    await page.reload();
    await expectHeading(page, questionTitle('travel'));
    await answer(page, 'travel', ['none']);
    await expectHeading(page, questionTitle('needs'));
    await answer(page, 'needs', ['visits', 'medications']);
    await answer(page, 'works_for', ['family']);
    await answer(page, 'pay', ['yes']);
    await answer(page, 'family', ['far']);
    await expectHeading(page, content.ui.check.title);
    await page.reload();
    await expectHeading(page, content.ui.check.title);
    await page.getByRole('button', { name: `Change your answer to: ${questionTitle('travel')}` }).click();
    await expectHeading(page, questionTitle('travel'));
    await answer(page, 'travel', ['flight']);
    await expectHeading(page, questionTitle('escort'));
    await answer(page, 'escort', ['yes']);
    await expectHeading(page, content.ui.check.title);
    await page.getByRole('button', { name: content.ui.check.confirm }).click();
    await page.getByText('Ask about a medical escort', { exact: true }).waitFor();
    await page.reload();
    await page.getByText('Ask about a medical escort', { exact: true }).waitFor();
    expect(page.errors).toEqual([]);
  });
});
