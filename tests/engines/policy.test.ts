// The start page's script and styles are inline, allowed by their SHA-256 in the policy
// (ADR 0014). Safari is where most families are, so each engine is checked under the built
// `_headers` policy: the page looks as it does with no policy at all and starts, and an inline
// script or style the policy does not name is refused (so the engine does enforce it).
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/staticServer';
import { CANARY_PATH, EXTRA_PAGES, policyFor } from '../e2e/support/cspPages';
import { ENGINES, waitFor, type Tab } from './support/driver';
import { content, expectHeading, questionTitle, useEngine, withTab } from './support/engines';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
let strict: { server: Server; url: string };
beforeAll(async () => {
  strict = await serveStatic(dist, {
    pages: EXTRA_PAGES,
    headers: (path) => ({ 'content-security-policy': policyFor(path) }),
  });
});
afterAll(() => {
  strict?.server.close();
});

/** What the style sheet decides about the start page, as the engine computed it. */
const looks = (tab: Tab) =>
  tab.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    const start = style('.button--start');
    return {
      button: [start.backgroundColor, start.color, start.minHeight, start.borderRadius],
      heading: [style('h1').fontSize, style('h1').fontWeight],
      body: [style('body').fontFamily, style('body').margin],
    };
  });

describe.each(ENGINES)('the start page under its policy in %s', (name) => {
  const engine = useEngine(name);

  it('looks as it does without a policy, and Start opens question 1', () =>
    withTab(engine, async (tab) => {
      await tab.goto(inject('baseUrl'));
      await expectHeading(tab, content.ui.start.title);
      const unpoliced = await looks(tab);
      await tab.goto(strict.url);
      await expectHeading(tab, content.ui.start.title);
      expect(await looks(tab)).toEqual(unpoliced);
      // Not the browser's default button: the inline style sheet did apply.
      expect(unpoliced.button[0]).not.toMatch(/^rgba?\(0, 0, 0, 0\)$|^rgb\(2[34]\d, 2[34]\d, 2[34]\d\)$/);
      await tab.click('button', content.ui.start.button);
      await expectHeading(tab, questionTitle('now'));
      await waitFor(tab, 'the app to be live', () => document.documentElement.hasAttribute('data-ready'));
    }));

  it('refuses an inline script and style the policy does not name', () =>
    withTab(engine, async (tab) => {
      await tab.goto(new URL(CANARY_PATH, strict.url).href);
      await waitFor(tab, 'the canary page', () => document.querySelector('p')?.textContent === 'canary');
      expect(await tab.evaluate(() => document.title)).toBe('canary');
      expect(await tab.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(255, 0, 0)');
    }));
});
