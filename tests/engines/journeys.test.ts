// Start to result in every engine, one journey per outcome, axe on each screen. The full set of
// journeys runs in Chromium (tests/e2e); here the point is what differs between engines.
import { describe, expect, inject, it } from 'vitest';
import { recommend } from '../../src/domain';
import { answersOf, journeys } from '../fixtures/journeys';
import { OTHER_ENGINES, expectNoAxeViolations, waitFor } from './support/driver';
import { answer, content, expectHeading, h1, useEngine, withTab } from './support/engines';

const onePerOutcome = [...new Map(journeys.map((j) => [j.outcome, j])).values()];

describe.each(OTHER_ENGINES)('journeys in %s', (name) => {
  const engine = useEngine(name);

  it.each(onePerOutcome)('$name → $outcome', (journey) =>
    withTab(engine, async (tab) => {
      await tab.goto(inject('baseUrl'));
      await expectHeading(tab, content.ui.start.title);
      await expectNoAxeViolations(tab, 'start');
      await tab.click('button', content.ui.start.button);
      const given = answersOf(journey);
      const asked: string[] = [];
      for (const q of journey.screens) {
        await expectHeading(tab, content.questions.find((x) => x.id === q)!.title);
        asked.push(q);
        // Focus moves to the new question's heading, so a screen reader announces it.
        expect(await tab.evaluate(() => document.activeElement?.tagName)).toBe('H1');
        await expectNoAxeViolations(tab, `question ${q}`);
        await answer(tab, q, given[q]!);
      }
      expect(asked).toEqual(journey.screens);
      await expectHeading(tab, content.ui.check.title);
      await expectNoAxeViolations(tab, 'check answers');
      await tab.click('button', content.ui.check.confirm);
      const [first, second] = journey.order.map((r) => content.profiles[r]!.article);
      const expected = recommend(content, given)
        .headline.heading.replace('{first}', first!)
        .replace('{second}', second ?? '');
      await expectHeading(tab, expected);
      await expectNoAxeViolations(tab, `result ${journey.outcome}`);
    }),
  );

  it('Continue with nothing chosen shows the error, and it passes axe', () =>
    withTab(engine, async (tab) => {
      await tab.goto(inject('baseUrl'));
      await tab.click('button', content.ui.start.button);
      const question = await h1(tab);
      await tab.click('button', content.ui.question.continue);
      await waitFor(tab, 'the error summary', () => document.querySelector('[role="alert"]')?.textContent);
      expect(await tab.evaluate(() => document.title)).toMatch(/^Error: /);
      expect(await h1(tab)).toBe(question);
      await expectNoAxeViolations(tab, 'question error');
    }));
});
