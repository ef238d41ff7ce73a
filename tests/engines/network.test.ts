// When hospital Wi-Fi drops before the app or the check page arrives (ADR 0008), in every engine: the
// engines differ exactly here (a failed dynamic import stays failed in Firefox, WebKit fetches
// again). A loopback proxy drops the requests, since WebKitWebDriver cannot intercept them.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { answersOf, journeys } from '../fixtures/journeys';
import { ENGINES, expectNoAxeViolations, waitFor, type Tab } from './support/driver';
import { answer, content, expectHeading, h1, useEngine, withTab } from './support/engines';
import { startFailingProxy, type FailingProxy } from './support/failingProxy';

const GUIDANCE = /\/assets\/guidance-en-[\w-]+\.js$/;
const journey = journeys[0]!;
let proxy: FailingProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

/** Answers every question while the guidance cannot load, and lands on the failure page. */
async function reachFailure(tab: Tab): Promise<FailingProxy> {
  proxy = await startFailingProxy(inject('baseUrl'));
  proxy.fail(GUIDANCE);
  await tab.goto(proxy.url);
  await tab.click('button', content.ui.start.button);
  const given = answersOf(journey);
  for (const q of journey.screens) await answer(tab, q, given[q]!);
  await expectHeading(tab, content.ui.later.failedTitle);
  expect(proxy.dropped.some((path) => GUIDANCE.test(path))).toBe(true);
  return proxy;
}

const focused = (tab: Tab) => tab.evaluate(() => document.activeElement?.textContent ?? null);
const answerTitles = (tab: Tab) =>
  tab.evaluate(() => Array.from(document.querySelectorAll('.summary-list__key')).map((k) => k.textContent));
const questionTitles = journey.screens.map((q) => content.questions.find((x) => x.id === q)!.title);

describe.each(ENGINES)('a failed load in %s', (name) => {
  const engine = useEngine(name);

  it('keeps the answers, says so, and Try again brings the check page once the network is back', () =>
    withTab(engine, async (tab) => {
      const net = await reachFailure(tab);
      expect(await focused(tab)).toBe(content.ui.later.failedTitle);
      await expectNoAxeViolations(tab, 'the check page failed to load');
      net.fail(null);
      await tab.click('button', content.ui.later.retry);
      await expectHeading(tab, content.ui.check.title);
      expect(await focused(tab)).toBe(content.ui.check.title);
      expect(await answerTitles(tab)).toEqual(questionTitles);
      await expectNoAxeViolations(tab, 'check answers after Try again');
    }));

  it('still offline, Try again keeps the page; back online, it comes back by itself', () =>
    withTab(engine, async (tab) => {
      const net = await reachFailure(tab);
      net.fail(/./);
      await tab.click('button', content.ui.later.retry);
      await new Promise((resolve) => setTimeout(resolve, 500));
      // No browser error page: the family still sees the wizard and its message.
      expect(await h1(tab)).toBe(content.ui.later.failedTitle);
      net.fail(null);
      // No driver here can switch the engine's network state, so the test fires the event the
      // browser fires when the connection returns.
      await tab.evaluate(() => void window.dispatchEvent(new Event('online')));
      await waitFor(tab, 'the check page', (title: string) => document.querySelector('h1')?.textContent === title, content.ui.check.title);
      expect(await answerTitles(tab)).toEqual(questionTitles);
    }));

  it('the connection drops before the app arrives: a tap on Start says so, and question 1 opens by itself once it is back', () =>
    withTab(engine, async (tab) => {
      proxy = await startFailingProxy(inject('baseUrl'));
      proxy.fail(/\/assets\/[\w-]+\.js$/);
      await tab.goto(proxy.url, false);
      await waitFor(tab, 'the start page', () => document.readyState === 'complete');
      proxy.fail(/./);
      await tab.click('button', content.ui.start.button);
      await waitFor(
        tab,
        'the message that the connection dropped',
        (text: string) => document.querySelector('[role="status"]')?.textContent === text,
        content.ui.pending.failed,
      );
      await expectNoAxeViolations(tab, 'start pressed, connection gone');
      // WebKit keeps a failed preload across a reload unless it is fetched again first: without
      // that, React's chunk was never requested again and the app could not start.
      proxy.fail(null);
      await tab.evaluate(() => void window.dispatchEvent(new Event('online')));
      await expectHeading(tab, content.questions[0]!.title);
    }));
});
