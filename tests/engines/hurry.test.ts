// For people in a hurry (issue 24), in Firefox and WebKit (Safari's engine, which most families
// use); Chromium runs the same checks, and more, in tests/e2e/result.test.ts, planner.test.ts and
// careCode.test.ts. The outcome and the first step on the first phone screen at 320 × 568 and
// 390 × 844 in both languages, with phone numbers as 44 px targets; the planner at 1,280 × 900
// without scrolling, sending through sms: and mailto:; and its care code typed on the start page.
// In all three engines: the welcome's count and "Question n of total" on a care team's link.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { answersOf, journeys } from '../fixtures/journeys';
import { ENGINES, OTHER_ENGINES, type Tab, waitFor } from './support/driver';
import { answer, content as en, expectHeading, h1, optionLabel, useEngine, withTab } from './support/engines';

const es = loadContent(latestVersion(), 'es');
// PNGs of each first screen and the planner, for a person to look at (not compared).
const shots = join(import.meta.dirname, '../../test-results/hurry');
const journey = journeys.find((j) => j.file === 'hospital-flight-home.json')!;

/**
 * Answers each question screen with `given` until the check page; `onEach` first reads the
 * screen. Fails on any other screen on the way.
 */
async function answerToCheck(tab: Tab, given: Record<string, string[]>, onEach?: (title: string) => Promise<void>): Promise<void> {
  for (let title = await h1(tab); title !== en.ui.check.title; title = await h1(tab)) {
    const q = en.questions.find((x) => x.title === title);
    expect(q, `a question screen, not "${title}"`).toBeDefined();
    await onEach?.(title!);
    await answer(tab, q!.id, given[q!.id]!);
    await waitFor(tab, 'the next screen', (t: string) => document.querySelector('h1')?.textContent?.trim() !== t, title!);
  }
}

describe.each(OTHER_ENGINES)('for people in a hurry, in %s', (name) => {
  const engine = useEngine(name);

  for (const [lang, words] of [
    ['en', en],
    ['es', es],
  ] as const)
    it(`the outcome and the first step on the first screen at 320 × 568 and 390 × 844 (${lang}); phone numbers 44 px`, () =>
      withTab(
        engine,
        async (tab) => {
          await tab.goto(`${inject('baseUrl')}#${journey.answers}&lang=${lang}`);
          await tab.click('button', words.ui.question.continue);
          await tab.click('button', words.ui.check.confirm);
          await waitFor(tab, 'the result', () => document.querySelector('.now-steps li') !== null);
          for (const [width, height] of [
            [320, 568],
            [390, 844],
          ] as const) {
            await tab.setViewport(width, height);
            const m = await tab.evaluate(() => {
              window.scrollTo(0, 0);
              const bottom = (s: string) => document.querySelector(s)!.getBoundingClientRect().bottom + window.scrollY;
              return {
                panel: bottom('main .panel'),
                step: bottom('main .now-steps li'),
                inner: window.innerHeight,
                tel: [...document.querySelectorAll('main a[href^="tel:"]')].map((a) => a.getBoundingClientRect().height),
              };
            });
            expect(m.panel).toBeLessThan(m.step);
            expect(m.step, `first step ends at ${m.step} px of a ${m.inner} px screen (${width} px wide)`).toBeLessThanOrEqual(m.inner);
            expect(m.tel.length).toBeGreaterThan(0);
            for (const h of m.tel) expect(h).toBeGreaterThanOrEqual(44);
            mkdirSync(shots, { recursive: true });
            writeFileSync(join(shots, `${name}-result-${lang}-${width}.png`), await tab.screenshot());
          }
        },
        { width: 390, height: 844 },
      ));

  it('the planner fits 1,280 × 900, sends by sms: and mailto:, and its care code, typed on the start page, leads to the check page', () =>
    withTab(
      engine,
      async (tab) => {
        const t = en.ui.planner;
        await tab.goto(`${inject('baseUrl')}planner.html`, false);
        await expectHeading(tab, t.title);
        for (const [q, o] of [
          ['now', 'hospital'],
          ['travel', 'flight'],
          // A label no other question shares ("I'm not sure" is the flight's too).
          ['works_for', 'family'],
        ] as const)
          await tab.click('label', optionLabel(q, o));
        await waitFor(tab, 'the flight and pay follow-ups', () => document.querySelectorAll('.planner__form fieldset').length === 8);
        const fit = await tab.evaluate(() => ({
          scrollY: window.scrollY,
          form: Math.max(...[...document.querySelectorAll('.planner__form fieldset')].map((f) => f.getBoundingClientRect().bottom)),
          panel: document.querySelector('.planner__link')!.getBoundingClientRect().bottom,
          row: Math.min(...[...document.querySelectorAll('.planner .choice')].map((c) => c.getBoundingClientRect().height)),
          sms: document.querySelector('a[href^="sms:"]')?.getAttribute('href') ?? '',
          mail: document.querySelector('a[href^="mailto:"]')?.getAttribute('href') ?? '',
          link: (document.querySelector('#planner-link') as HTMLTextAreaElement).value,
          code: document.querySelector('.planner__code .care-code')!.textContent!,
        }));
        expect(fit.scrollY).toBe(0);
        expect(fit.form).toBeLessThanOrEqual(900);
        expect(fit.panel).toBeLessThanOrEqual(900);
        expect(fit.row).toBeGreaterThanOrEqual(44);
        expect(fit.sms).toBe(`sms:?&body=${encodeURIComponent(t.messageBody.replace('{link}', fit.link))}`);
        expect(fit.mail.startsWith(`mailto:?subject=${encodeURIComponent(t.messageSubject)}&body=`)).toBe(true);
        mkdirSync(shots, { recursive: true });
        writeFileSync(join(shots, `${name}-planner-1280.png`), await tab.screenshot());

        await tab.goto(inject('baseUrl'));
        await tab.click('text', en.ui.start.codeSummary);
        await waitFor(tab, 'the code field', () => document.querySelector('.code-entry input') !== null);
        await tab.evaluate((code: string) => {
          (document.querySelector('.code-entry input') as HTMLInputElement).value = code;
        }, fit.code.toLowerCase());
        await tab.click('button', en.ui.code.button);
        await expectHeading(tab, en.ui.arrival.welcomeTitle);
        await tab.click('button', en.ui.question.continue);
        // The care team left 'next' open: the family is asked it first.
        await expectHeading(tab, en.questions.find((q) => q.id === 'next')!.title);
        // Then on to the check page: the family answers what is left (the care team's answers
        // stay as the planner chose them). Pressing Continue on a care team's answer confirms it;
        // the one the family never passed (where the person is now) stays marked as theirs.
        await answerToCheck(tab, { ...answersOf(journey), works_for: ['family'] });
        const marked = await tab.evaluate(
          (tag: string) =>
            [...document.querySelectorAll('main .summary-list > div')]
              .filter((row) => [...row.querySelectorAll('*')].some((e) => e.children.length === 0 && e.textContent?.trim() === tag))
              .map((row) => row.querySelector('dt')?.textContent?.trim()),
          en.ui.check.careTeamTag,
        );
        expect(marked).toEqual([en.questions.find((q) => q.id === 'now')!.title]);
      },
      { width: 1280, height: 900 },
    ));
});

describe.each(ENGINES)('counting the questions, in %s', (name) => {
  const engine = useEngine(name);

  it('a care team\'s welcome counts every question the family will see, and "Question n of total" counts up to its total, which never changes', () =>
    withTab(engine, async (tab) => {
      // The care team filled in two answers. The family's own answer (a flight) brings a
      // follow-up: it was counted from the start, so no total goes up.
      await tab.goto(`${inject('baseUrl')}#v=3&now=hospital&next=home`);
      await expectHeading(tab, en.ui.arrival.welcomeTitle);
      const [before, after] = en.ui.arrival.welcomeLeft.split('{count}') as [string, string];
      const promised = Number(
        await waitFor(
          tab,
          'the welcome count',
          (b: string, a: string) => {
            const text = document.querySelector('main')!.textContent!;
            const at = text.indexOf(b);
            return at >= 0 && text.slice(at + b.length, text.indexOf(a, at + b.length));
          },
          before,
          after,
        ),
      );
      await tab.click('button', en.ui.question.continue);
      const [p1, p2] = en.ui.question.progress.split(/\{n\}|\{total\}/);
      const seen: [number, number][] = [];
      await answerToCheck(tab, answersOf(journey), async (title) => {
        const text = await tab.evaluate(() => document.querySelector('main')!.textContent!);
        const m = text.match(new RegExp(`${p1}(\\d+)${p2}(\\d+)`));
        expect(m, `"${title}" shows its number`).not.toBeNull();
        seen.push([Number(m![1]), Number(m![2])]);
      });
      // The first question, answered by the care team, stays one Back away: the family starts
      // at "Question 2 of 8", and the count goes up by one to the last, its total never moving.
      const total = seen[0]![1];
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect(seen, JSON.stringify(seen)).toEqual(seen.map((_, i) => [total - seen.length + 1 + i, total]));
      expect(promised, `the welcome promised ${promised}, the family saw ${seen.length}`).toBe(seen.length);
    }));
});
