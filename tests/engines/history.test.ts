// The browser's own Back, Forward and reload in every engine: steps live in history state and
// progress in session storage (ADR 0002), which each engine keeps in its own way.
import { describe, expect, inject, it } from 'vitest';
import { ENGINES, waitFor } from './support/driver';
import { answer, content, expectHeading, isChecked, optionLabel, questionTitle, useEngine, withTab } from './support/engines';

describe.each(ENGINES)('history and reload in %s', (name) => {
  const engine = useEngine(name);

  it('Back and Forward move between steps without losing answers or changing the address', () =>
    withTab(engine, async (tab) => {
      const url = inject('baseUrl');
      await tab.goto(url);
      await tab.click('button', content.ui.start.button);
      await answer(tab, 'now', ['hospital']);
      await expectHeading(tab, questionTitle('next'));
      await answer(tab, 'next', ['home']);
      await expectHeading(tab, questionTitle('travel'));

      await tab.back();
      await expectHeading(tab, questionTitle('next'));
      expect(await isChecked(tab, optionLabel('next', 'home'))).toBe(true);
      await tab.back();
      await expectHeading(tab, questionTitle('now'));
      expect(await isChecked(tab, optionLabel('now', 'hospital'))).toBe(true);
      await tab.back();
      await expectHeading(tab, content.ui.start.title);
      await tab.forward();
      await expectHeading(tab, questionTitle('now'));
      await tab.forward();
      await expectHeading(tab, questionTitle('next'));
      await tab.forward();
      await expectHeading(tab, questionTitle('travel'));
      expect(await tab.evaluate(() => location.href)).toBe(url);
    }));

  it('a reload keeps the step and the answers, on a question and on the result', () =>
    withTab(engine, async (tab) => {
      await tab.goto(inject('baseUrl'));
      await tab.click('button', content.ui.start.button);
      await answer(tab, 'now', ['home']);
      await answer(tab, 'next', ['home']);
      await expectHeading(tab, questionTitle('travel'));
      await tab.reload();
      await expectHeading(tab, questionTitle('travel'));
      await answer(tab, 'travel', ['flight']);
      await answer(tab, 'escort', ['yes']);
      await answer(tab, 'needs', ['visits', 'medications']);
      await answer(tab, 'works_for', ['family']);
      await answer(tab, 'pay', ['yes']);
      await answer(tab, 'family', ['far']);
      await expectHeading(tab, content.ui.check.title);
      await tab.reload();
      await expectHeading(tab, content.ui.check.title);
      await tab.click('button', content.ui.check.confirm);
      const escort = () => waitFor(tab, 'the medical escort advice', () => document.body.innerText.includes('Ask about a medical escort'));
      await escort();
      await tab.reload();
      await escort();
      // After the reload, Back still returns to the check page.
      await tab.back();
      await expectHeading(tab, content.ui.check.title);
    }));
});
