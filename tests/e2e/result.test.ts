// The result a family acts on in ten seconds on a phone: at 390 × 844 and 320 × 568, the outcome
// and the first thing to do are on the first screen, a link to call or visit within two, and the whole result (details closed) is at most 4 screens,
// in English and in Spanish. axe checks it with every detail closed and open.
import { describe, expect, inject } from 'vitest';
import { journeys } from '../fixtures/journeys';
import { expectNoAxeViolations } from './support/axe';
import { type OpenPage, test } from './support/fixture';

const SCREEN = { width: 390, height: 844 };
const SMALL = { width: 320, height: 568 };

/** A care team's link, through its welcome and check answers, to the result. */
async function openResult(openPage: OpenPage, answers: string, lang: string) {
  const page = await openPage(SCREEN);
  await page.goto(`${inject('baseUrl')}#${answers}&lang=${lang}`);
  await page.locator('[data-step-heading]').first().waitFor();
  await page.locator('button.button').first().click();
  await page.locator('.summary-list').waitFor();
  await page.locator('button.button:not(.button--secondary)').last().click();
  await page.locator('.now-steps').waitFor();
  return page;
}

describe.each(['en', 'es'])('the result at 390 px (%s)', (lang) => {
  test.for(journeys)(
    '$name: the outcome and the first thing to do in the first screen at 390 and 320 px, at most 4 screens',
    async (j, { openPage }) => {
      const page = await openResult(openPage, j.answers, lang);
      const measured = await page.evaluate(() => {
        const main = document.querySelector('main')!;
        const sources = [...main.querySelectorAll('details')].find((d) => d.querySelector('h3 + ul a'));
        const links = [...main.querySelectorAll<HTMLAnchorElement>('a[href^="https:"], a[href^="tel:"]')].filter(
          (a) => !a.closest('details:not([open])') && !sources?.contains(a),
        );
        const firstStep = main.querySelector('.now-steps li');
        return {
          // The first step of "What to do now" whole on the first screen (issue 24): "ask the
          // hospital's team" needs no link to be acted on; a phone number or site in it counts too.
          firstStepBottom: firstStep ? firstStep.getBoundingClientRect().bottom + window.scrollY : Infinity,
          firstLinkBottom: links.length ? links[0]!.getBoundingClientRect().bottom + window.scrollY : Infinity,
          height: document.documentElement.scrollHeight,
          openDetails: main.querySelectorAll('details[open]').length,
        };
      });
      expect(measured.openDetails).toBe(0);
      expect(measured.firstStepBottom).toBeLessThanOrEqual(SCREEN.height);
      // Something to call or visit within the first two screens.
      expect(measured.firstLinkBottom).toBeLessThanOrEqual(2 * SCREEN.height);
      expect(measured.height / SCREEN.height).toBeLessThanOrEqual(4);

      // The smallest phone still in use (320 × 568, an iPhone SE): the outcome and the first
      // thing to do are still on the first screen.
      await page.setViewportSize(SMALL);
      const small = await page.evaluate(() => ({
        firstStepBottom: document.querySelector('main .now-steps li')!.getBoundingClientRect().bottom + window.scrollY,
        panelBottom: document.querySelector('main .panel')!.getBoundingClientRect().bottom + window.scrollY,
      }));
      expect(small.panelBottom).toBeLessThan(small.firstStepBottom);
      expect(small.firstStepBottom, 'the first step ends below the first 320 × 568 screen').toBeLessThanOrEqual(SMALL.height);
      expect(page.errors).toEqual([]);
    },
  );

  test('every phone number is a 44 px button on one line, with a handset that says "call"', async ({ openPage }) => {
    const page = await openResult(openPage, journeys.find((x) => x.file === 'hospital-flight-home.json')!.answers, lang);
    const lines = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="tel:"]')].map(
        (a) =>
          [
            a.textContent,
            a.getClientRects().length,
            a.getBoundingClientRect().height,
            a.querySelector('svg')?.getBoundingClientRect().width ?? 0,
            Number.parseFloat(getComputedStyle(a).borderTopWidth),
          ] as const,
      ),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const [number, count, height, icon, border] of lines) {
      expect(count, `${number} is split across lines`).toBe(1);
      // Drawn as a button (a border round it), with a handset before the number.
      expect(border, `${number} has no border`).toBeGreaterThanOrEqual(1);
      expect(icon, `${number} has no handset`).toBeGreaterThanOrEqual(12);
      // A target an older hand can press with confidence (issue 24).
      expect(height, `${number} is ${height} px high`).toBeGreaterThanOrEqual(44);
    }
  });

  test('passes axe with every detail closed, then open', async ({ openPage }) => {
    const j = journeys.find((x) => x.file === 'hospital-flight-home.json')!;
    const page = await openResult(openPage, j.answers, lang);
    await expectNoAxeViolations(page, `result, details closed (${lang})`);
    for (const summary of await page.locator('main summary').all()) await summary.click();
    expect(await page.locator('main details:not([open])').count()).toBe(0);
    await expectNoAxeViolations(page, `result, details open (${lang})`);
  });

  test('sharing where the clipboard is blocked: the link shows selected in a field, and axe passes', async ({ openPage }) => {
    const j = journeys.find((x) => x.file === 'home-with-family-far.json')!;
    const page = await openPage(SCREEN);
    await page.goto(`${inject('baseUrl')}#${j.answers}&lang=${lang}&shared=1`);
    await page.locator('.now-steps').waitFor();
    // Hospital browsers often block the clipboard: here, every write is refused.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('blocked', 'NotAllowedError')) },
      });
    });
    await page.locator('.share button').click();
    const field = page.locator('#share-link');
    await field.waitFor();
    expect(await field.inputValue()).toMatch(/#v=\d+&now=home&.*&shared=1/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('share-link');
    await expectNoAxeViolations(page, `share fallback (${lang})`);
  });
});
