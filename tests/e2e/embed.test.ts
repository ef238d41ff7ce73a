// The embed across two origins: an agency's page on one loopback port, the wizard on another
// (tests/e2e/support/agencySites.ts).
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { answersOf, journeys } from '../fixtures/journeys';
import { agencyContactAt, recommend } from '../../src/domain';
import { expectNoAxeViolations } from './support/axe';
import { openHost, sites, startAgencySites, stopAgencySites } from './support/agencySites';
import { answerIn, expectNextQuestionLeavesHostStill, frameHeight } from './support/embedFrame';
import { test } from './support/fixture';
import { content, optionLabel, questionTitle } from './support/wizardPage';

beforeAll(startAgencySites);
afterAll(stopAgencySites);

describe('embed.js on an agency page', () => {
  test.for([320, 1280])(
    'at %i px: never shorter than its content, one height for all questions, completes a journey, tells the host only the outcome',
    async (width, { browser }) => {
      const { page: p, frames } = await openHost(browser, 'one.html', width);
      try {
        const iframe = p.locator('iframe');
        expect(await iframe.getAttribute('title')).toBeTruthy();
        expect(await iframe.getAttribute('loading')).toBe('lazy');
        const frame = frames[0]!;
        await frame.getByRole('heading', { level: 1, name: content.ui.start.title }).waitFor();
        // Said so an agency is glad to host it: the answers stay with the family, first.
        expect(await frame.getByText(`This guide is offered on 127.0.0.1. Your answers stay in the guide`, { exact: false }).count()).toBe(
          1,
        );
        await expectNoAxeViolations(frame, `embedded start at ${width}`);
        const historyLength = await p.evaluate(() => history.length);
        await frame.getByRole('button', { name: content.ui.start.button }).click();

        const journey = journeys.find((j) => j.file === 'hospital-flight-home.json')!;
        const given = answersOf(journey);
        const heights = new Set<number>();
        for (const q of journey.screens) {
          await frame.getByRole('heading', { level: 1, name: questionTitle(q) }).waitFor();
          heights.add((await frameHeight(p, frame)).outer);
          if (q === 'needs') await expectNextQuestionLeavesHostStill(p, frame, given[q]!);
          else {
            // The host scrolls past the wizard's top: the next section (check) brings it back into view.
            if (q === journey.screens.at(-1)) await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
            await answerIn(frame, q, given[q]!);
          }
        }
        // Every question screen is as tall as the tallest: the height tells nothing of the answers.
        expect(heights.size).toBe(1);
        await frame.getByRole('heading', { level: 1, name: content.ui.check.title }).waitFor();
        expect(await iframe.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeGreaterThanOrEqual(-1);
        // Rounded up to a coarse rung, never by more than a quarter.
        const check = await frameHeight(p, frame);
        expect(check.outer).toBeLessThanOrEqual(1.25 * check.inner + 1);
        await expectNoAxeViolations(frame, `embedded check answers at ${width}`);
        await frame.getByRole('button', { name: content.ui.check.confirm }).click();
        const contactLink = frame.getByRole('link', { name: 'Questions? Talk to Sunrise Home Care' });
        await contactLink.waitFor();
        // Sunrise provides care management (data-contact-role) and this outcome includes it: its
        // contact is one of "What to do now", where the domain puts it (after the hospital's step),
        // in the agency's accent.
        const expectedAt = agencyContactAt(content, recommend(content, answersOf(journey)), 'care-manager');
        expect(expectedAt).toBeGreaterThan(0);
        expect(
          await contactLink.evaluate((a) => {
            const item = a.closest('li')!;
            return [item.parentElement!.matches('.now-steps'), [...item.parentElement!.children].indexOf(item)];
          }),
        ).toEqual([true, expectedAt]);
        expect(await contactLink.evaluate((a) => getComputedStyle(a).color)).toBe('rgb(11, 83, 148)');
        await expectNoAxeViolations(frame, `embedded result at ${width}`);
        await p.waitForFunction(() =>
          (window as unknown as { events: { type: string }[] }).events.some((e) => e.type === 'care-path-wizard:complete'),
        );

        const { events, messages } = await p.evaluate(() => ({
          events: (window as unknown as { events: { type: string; detail: object }[] }).events,
          messages: (window as unknown as { messages: string[] }).messages,
        }));
        expect(events.find((e) => e.type === 'care-path-wizard:complete')?.detail).toEqual({ outcome: 'both' });
        // Start → questions → check → result: one section event each, none between questions.
        expect(events.filter((e) => e.type === 'care-path-wizard:section')).toEqual(
          Array(3).fill({ type: 'care-path-wizard:section', detail: {}, index: 0 }),
        );
        for (const m of messages) {
          expect(Object.keys(JSON.parse(m)).every((k) => ['type', 'height', 'outcome'].includes(k))).toBe(true);
          for (const v of ['hospital', 'flight', 'medications', 'coordination', 'far']) expect(m).not.toContain(v);
        }
        // Steps inside the wizard add nothing to the host page's history.
        expect(await p.evaluate(() => history.length)).toBe(historyLength);
      } finally {
        await p.context().close();
      }
    },
  );

  test('ignores messages from any other window, even ones that look right', async ({ browser }) => {
    const { page: p } = await openHost(browser, 'one.html', 1280);
    try {
      const before = await p.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
      await p.evaluate((url) => {
        const f = document.createElement('iframe');
        f.src = url;
        document.body.appendChild(f);
        window.postMessage({ type: 'care-path-wizard:complete', outcome: 'from-the-host' }, '*');
      }, `${sites.third}forge.html`);
      await p.waitForTimeout(500);
      const events = await p.evaluate(() => (window as unknown as { events: { type: string }[] }).events.map((e) => e.type));
      expect(events).not.toContain('care-path-wizard:complete');
      expect(
        await p
          .locator('iframe')
          .first()
          .evaluate((el) => el.getBoundingClientRect().height),
      ).toBe(before);
    } finally {
      await p.context().close();
    }
  });

  test('works under a strict host Content-Security-Policy and passes the host fragment on', async ({ browser }) => {
    const { page: p, frames, violations } = await openHost(browser, 'csp.html#now=home&next=home&travel=none', 390);
    try {
      await frames[0]!.getByRole('heading', { level: 1, name: content.ui.arrival.welcomeTitle }).waitFor();
      await frames[0]!.getByRole('button', { name: content.ui.question.continue }).click();
      await frames[0]!.getByRole('heading', { level: 1, name: questionTitle('needs') }).waitFor();
      await frames[0]!.getByRole('button', { name: content.ui.question.back }).click();
      await frames[0]!.getByText(content.ui.prefill.careTeam).waitFor();
      expect(violations).toEqual([]);
    } finally {
      await p.context().close();
    }
  });

  test('two placeholders on one page each get their own working wizard', async ({ browser }) => {
    const { page: p, frames } = await openHost(browser, 'two.html', 1280);
    try {
      expect(frames).toHaveLength(2);
      await frames[0]!.getByRole('button', { name: content.ui.start.button }).click();
      await answerIn(frames[0]!, 'now', ['home']);
      await frames[0]!.getByRole('heading', { level: 1, name: questionTitle('next') }).waitFor();
      // The second is untouched and in its own language.
      expect(await frames[1]!.locator('html').getAttribute('lang')).toBe('es');
      expect(await frames[1]!.locator('[data-step]').getAttribute('data-step')).toBe('start');
    } finally {
      await p.context().close();
    }
  });

  test('bad options are ignored with a warning; the website prefill is kept and marked', async ({ browser }) => {
    const context = await browser.newContext();
    try {
      const p = await context.newPage();
      const warnings: string[] = [];
      p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await p.goto(`${sites.host}bad.html`);
      await p.waitForFunction(() =>
        (window as unknown as { events: { type: string }[] }).events.some((e) => e.type === 'care-path-wizard:ready'),
      );
      expect(warnings.join('\n')).toMatch(/data-accent="#ffff00"/);
      expect(warnings.join('\n')).toMatch(/data-contact="javascript:alert\(1\)"/);
      expect(warnings.join('\n')).toMatch(/data-lang="french"/);
      const frame = p.frames().find((f) => f.url().includes('embed.html'))!;
      await frame.getByRole('heading', { level: 1, name: questionTitle('next') }).waitFor();
      await frame.getByText(`“moon” is not one of the answers to “${questionTitle('next')}”.`).waitFor();
      await frame.getByRole('button', { name: content.ui.question.back }).click();
      await frame.getByText(content.ui.prefill.website).waitFor();
      // The family changes the website's answer; a reload of the host page does not undo it.
      await frame.getByLabel(optionLabel('now', 'hospital'), { exact: true }).check();
      await frame.getByRole('button', { name: content.ui.question.continue }).click();
      await frame.getByRole('heading', { level: 1, name: questionTitle('next') }).waitFor();
      await p.reload();
      await p.waitForFunction(() =>
        (window as unknown as { events: { type: string }[] }).events.some((e) => e.type === 'care-path-wizard:ready'),
      );
      const again = p.frames().find((f) => f.url().includes('embed.html'))!;
      await again.getByRole('heading', { level: 1, name: questionTitle('next') }).waitFor();
      await again.getByRole('button', { name: content.ui.question.back }).click();
      expect(await again.getByLabel(optionLabel('now', 'hospital'), { exact: true }).isChecked()).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('embed.html opened as a page of its own ignores every host option and sends the person to the wizard, keeping the answers', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const p = await context.newPage();
      const label = 'URGENT: verify your Medicare number here';
      const options = new URLSearchParams({
        origin: 'https://medicare.gov.example',
        contact: 'https://attacker.example/',
        contact_label: label,
      });
      await p.goto(`${sites.wizard}embed.html?${options}#now=home&next=home`);
      await p.waitForURL((url) => !url.pathname.endsWith('embed.html'));
      expect(new URL(p.url()).search).toBe('');
      await p.getByRole('heading', { level: 1, name: content.ui.arrival.welcomeTitle }).waitFor();
      await p.getByRole('button', { name: content.ui.question.continue }).click();
      await p.getByRole('heading', { level: 1, name: questionTitle('travel') }).waitFor();
      const text = await p.locator('body').innerText();
      expect(text).not.toContain(label);
      expect(text).not.toContain('medicare.gov.example');
      expect(await p.locator('a[href^="https://attacker.example"]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
