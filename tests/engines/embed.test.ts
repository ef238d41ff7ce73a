// The embed in every engine: an agency page on one loopback origin, the wizard in an iframe
// from another (as tests/e2e/embed.test.ts sets it up). Cross-origin frames are where the
// engines' drivers and postMessage handling differ most.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/staticServer';
import { answersOf, journeys } from '../fixtures/journeys';
import { ENGINES, expectNoAxeViolations, waitFor, type Tab } from './support/driver';
import { answer, content, expectHeading, questionTitle, useEngine, withTab } from './support/engines';

let host: { server: Server; url: string };
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cpw-engines-host-'));
  writeFileSync(
    join(dir, 'agency.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agency</title></head><body>
<h1>Sunrise Home Care</h1><div style="height: 900px"></div>
<div data-care-path-wizard data-accent="#0b5394" data-contact="https://agency.example/contact" data-contact-label="Questions? Talk to Sunrise Home Care"></div>
<script src="./listen.js"></script><script src="${inject('baseUrl')}embed.js" async></script></body></html>`,
  );
  // The agency's type size (data-size), which the wizard takes inside its frame.
  for (const size of ['small', 'large'])
    writeFileSync(
      join(dir, `size-${size}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agency</title></head><body><h1>Sunrise Home Care</h1>
<div data-care-path-wizard data-size="${size}"></div>
<script src="./listen.js"></script><script src="${inject('baseUrl')}embed.js" async></script></body></html>`,
    );
  // Records what the host page hears, as an agency's analytics would.
  writeFileSync(
    join(dir, 'listen.js'),
    `window.heard = [];
     for (const t of ['ready', 'section', 'resize', 'complete']) document.addEventListener('care-path-wizard:' + t, (e) => window.heard.push({ type: t, detail: e.detail }));`,
  );
  host = await serveStatic(dir);
});
afterAll(() => {
  host?.server.close();
});

type Heard = { type: string; detail: unknown }[];
const heard = (tab: Tab) => tab.evaluate(() => (window as unknown as { heard: Heard }).heard);

describe.each(ENGINES)('the embed in %s', (name) => {
  const engine = useEngine(name);

  it('completes a journey inside the iframe on another origin; the host hears only the outcome', () =>
    withTab(engine, async (tab) => {
      await tab.goto(`${host.url}agency.html`);
      // The iframe loads lazily; WebKit waits until it is close to the screen, so scroll to it
      // as a person would.
      await tab.evaluate(() => document.querySelector('[data-care-path-wizard]')!.scrollIntoView());
      await waitFor(tab, 'the ready event', () => (window as unknown as { heard: Heard }).heard.some((e) => e.type === 'ready'));
      const historyLength = await tab.evaluate(() => history.length);
      await tab.frame('iframe');
      await expectHeading(tab, content.ui.start.title);
      await expectNoAxeViolations(tab, 'embedded start');
      await tab.click('button', content.ui.start.button);
      const journey = journeys.find((j) => j.file === 'hospital-flight-home.json')!;
      const given = answersOf(journey);
      for (const q of journey.screens) {
        await expectHeading(tab, questionTitle(q));
        await answer(tab, q, given[q]!);
      }
      await expectHeading(tab, content.ui.check.title);
      await expectNoAxeViolations(tab, 'embedded check answers');
      await tab.click('button', content.ui.check.confirm);
      await waitFor(tab, 'the agency contact link', () =>
        Array.from(document.links).some((a) => a.textContent === 'Questions? Talk to Sunrise Home Care'),
      );
      await expectNoAxeViolations(tab, 'embedded result');
      const inner = await tab.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height));

      await tab.frame(null);
      await waitFor(tab, 'the complete event', () => (window as unknown as { heard: Heard }).heard.some((e) => e.type === 'complete'));
      const events = await heard(tab);
      expect(events.find((e) => e.type === 'complete')?.detail).toEqual({ outcome: journey.outcome });
      // Start → questions → check → result: one section each, none between questions (ADR 10).
      expect(events.filter((e) => e.type === 'section').length).toBe(3);
      expect(JSON.stringify(events)).not.toMatch(/hospital|flight|medications|coordination/);
      // The iframe is never shorter than the result (no inner scrollbar), rounded up to a coarse
      // step that hides how long it is: at most a quarter taller (ADR 10).
      const outer = await tab.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
      expect(outer).toBeGreaterThanOrEqual(inner - 2);
      expect(outer).toBeLessThanOrEqual(1.25 * inner + 2);
      // Steps inside the wizard add nothing to the agency page's history.
      expect(await tab.evaluate(() => history.length)).toBe(historyLength);
    }));

  // Every question screen is as tall as the tallest question (ADR 10), so what the tallest
  // leaves blank under the others is the price an agency's page pays on every screen. A list of
  // eight kinds of help in one column made that 200-320 px at 1,280 px; in two columns it is
  // under 160. At 390 px the list cannot go in two columns, and the price stays.
  it.each([
    [1280, 160],
    [390, 440],
  ])('at %i px, no question leaves more than %i px blank under it in the frame', (width, most) =>
    withTab(
      engine,
      async (tab) => {
        await tab.goto(`${host.url}agency.html`);
        await tab.evaluate(() => document.querySelector('[data-care-path-wizard]')!.scrollIntoView());
        await waitFor(tab, 'the ready event', () => (window as unknown as { heard: Heard }).heard.some((e) => e.type === 'ready'));
        await tab.frame('iframe');
        // The start page is drawn before the app runs: press Start once it does.
        await waitFor(tab, 'the wizard to start', () => document.documentElement.hasAttribute('data-ready'));
        await tab.click('button', content.ui.start.button);
        const journey = journeys.find((j) => j.file === 'hospital-flight-home.json')!;
        const given = answersOf(journey);
        const blank: Record<string, number> = {};
        for (const q of journey.screens) {
          await expectHeading(tab, questionTitle(q));
          // Inside the frame, its own viewport is the height the host gave it; the host sets it
          // a moment after the questions begin, and keeps it for all of them.
          // (waitFor returns only once the check is truthy: a size, never `false`.)
          const first = Object.keys(blank).length === 0;
          const seen = (await waitFor(
            tab,
            'the frame to fit the question',
            async (settle: boolean) => {
              if (settle) await new Promise((r) => setTimeout(r, 250));
              const inner = Math.ceil(document.getElementById('root')!.getBoundingClientRect().height);
              return innerHeight >= inner - 1 && { frame: innerHeight, inner };
            },
            first,
          )) as { frame: number; inner: number };
          blank[q] = seen.frame - seen.inner;
          await answer(tab, q, given[q]!);
        }
        expect(Object.keys(blank)).toContain('needs');
        for (const [q, px] of Object.entries(blank)) expect(px, `${q}: ${JSON.stringify(blank)}`).toBeLessThanOrEqual(most);
      },
      { width, height: 900 },
    ),
  );

  // Chromium checks every size and the warning for a wrong one (tests/e2e/embedLook.test.ts);
  // here, that the frame's own engine applies what the agency chose.
  it.each([
    ['small', 15, 24],
    ['large', 19, 40],
  ] as const)('takes data-size="%s": body text %i px, heading %i px, Start still 44 px high', (size, body, heading) =>
    withTab(
      engine,
      async (tab) => {
        await tab.goto(`${host.url}size-${size}.html`);
        await waitFor(tab, 'the ready event', () => (window as unknown as { heard: Heard }).heard.some((e) => e.type === 'ready'));
        await tab.frame('iframe');
        await expectHeading(tab, content.ui.start.title);
        const seen = await tab.evaluate(() => ({
          body: parseFloat(getComputedStyle(document.body).fontSize),
          h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
          start: document.querySelector('.button--start')!.getBoundingClientRect().height,
        }));
        expect(seen).toMatchObject({ body, h1: heading });
        expect(seen.start).toBeGreaterThanOrEqual(44);
      },
      { width: 1280, height: 800 },
    ),
  );
});
