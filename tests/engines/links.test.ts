// Prefilled links in every engine: the fragment is read once and removed, and a mangled link
// (bad values, broken percent-encoding, a huge tail) keeps every good answer.
import { describe, expect, inject, it } from 'vitest';
import { OTHER_ENGINES, expectNoAxeViolations, waitFor } from './support/driver';
import { answer, content, expectHeading, isChecked, optionLabel, questionTitle, useEngine, withTab } from './support/engines';

describe.each(OTHER_ENGINES)('prefilled links in %s', (name) => {
  const engine = useEngine(name);

  it('a complete link welcomes, lands on check answers with every answer marked, and leaves the address bar', () =>
    withTab(engine, async (tab) => {
      const answers = 'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&pay=yes&family=far';
      await tab.goto(`${inject('baseUrl')}#v=${content.version}&${answers}`);
      await expectHeading(tab, content.ui.arrival.welcomeTitle);
      await expectNoAxeViolations(tab, 'welcome from a care team link');
      await tab.click('button', content.ui.question.continue);
      await expectHeading(tab, content.ui.check.title);
      const tags = await tab.evaluate(
        (tag: string) =>
          Array.from(document.querySelectorAll('main *')).filter((e) => e.childElementCount === 0 && e.textContent?.trim() === tag).length,
        content.ui.check.careTeamTag,
      );
      expect(tags).toBe(8);
      expect(await tab.evaluate(() => location.hash)).toBe('');
      await expectNoAxeViolations(tab, 'check answers from a link');
      await tab.click('button', content.ui.check.confirm);
      await waitFor(tab, 'the result', () => /^Both can help/.test(document.querySelector('h1')?.textContent ?? ''));
      await expectNoAxeViolations(tab, 'result from a link');
    }));

  it('a mangled link shows one notice naming what it could not use, keeps the good answers and asks the rest', () =>
    withTab(engine, async (tab) => {
      await tab.goto(`${inject('baseUrl')}#v=1&now=moon&next=home&needs=visits,magic&colour=blue&family=%E0%A4%A&${'x'.repeat(100_000)}`);
      await tab.click('button', content.ui.question.continue);
      await expectHeading(tab, questionTitle('now'));
      const notices = await waitFor(
        tab,
        'the notice',
        (title: string) => {
          const found = Array.from(document.querySelectorAll('[role="region"]')).filter((r) => r.textContent?.includes(title));
          return found.length > 0 && found.map((r) => (r as HTMLElement).innerText);
        },
        content.ui.prefill.noticeTitle,
      );
      expect(notices).toHaveLength(1);
      const notice = (notices as string[])[0];
      expect(notice).toContain(`“moon” is not one of the answers to “${questionTitle('now')}”.`);
      expect(notice).toContain('“colour”');
      await expectNoAxeViolations(tab, 'bad-link notice');
      await answer(tab, 'now', ['home']);
      // The next answer came from the link: shown, chosen and marked for the family to confirm.
      await expectHeading(tab, questionTitle('next'));
      expect(await isChecked(tab, optionLabel('next', 'home'))).toBe(true);
      await waitFor(tab, 'the care team mark', (mark: string) => document.body.innerText.includes(mark), content.ui.prefill.careTeam);
      expect(await tab.evaluate(() => location.hash)).toBe('');
    }));
});
