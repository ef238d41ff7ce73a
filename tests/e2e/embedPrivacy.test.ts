// What an agency's page can see of a family's answers through the embed: the messages it gets
// and its iframe's height. Two origins, as in real use; each journey runs in two iframes side
// by side, 390 and 1024 px wide, and the host records everything it can observe.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { serveStatic } from '../../scripts/staticServer';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import type { Content } from '../../src/content/types';
import { formatAnswerText, pruneAnswers } from '../../src/domain';
import { answerSets } from '../fixtures/arbitraries';
import { test } from './support/fixture';

const WIDTHS = [390, 1024] as const;
const words = { en: loadContent(latestVersion(), 'en'), es: loadContent(latestVersion(), 'es') };
type Prefill = 'none' | 'website' | 'link';

const servers: Server[] = [];
let host = '';

beforeAll(async () => {
  const w = await serveStatic(resolve(import.meta.dirname, '../../dist'));
  const dir = mkdtempSync(join(tmpdir(), 'cpw-privacy-'));
  writeFileSync(
    join(dir, 'journey.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agency</title></head><body><script src="./journey.js"></script></body></html>`,
  );
  // The host's own script: two placeholders with the options in its address, and a log of
  // every DOM event and raw message it gets (`events[i]`, `messages`), as a curious host keeps.
  writeFileSync(
    join(dir, 'journey.js'),
    `const row = Object.assign(document.createElement('div'), { style: 'display:flex;align-items:flex-start;gap:8px' });
     for (const width of ${JSON.stringify(WIDTHS)}) {
       const el = document.createElement('div');
       el.setAttribute('data-care-path-wizard', '');
       for (const [k, v] of new URLSearchParams(location.search)) el.setAttribute('data-' + k, v);
       const box = Object.assign(document.createElement('div'), { style: 'flex:none;width:' + width + 'px' });
       box.append(el);
       row.append(box);
     }
     document.body.append(row);
     window.events = [[], []]; window.messages = [];
     const index = (el) => [...document.querySelectorAll('[data-care-path-wizard]')].indexOf(el);
     for (const t of ['ready', 'section', 'step', 'resize', 'complete']) document.addEventListener('care-path-wizard:' + t, (e) => window.events[index(e.target)].push({ type: t, detail: e.detail }));
     addEventListener('message', (e) => window.messages.push({ i: [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source), data: e.data }));
     document.body.append(Object.assign(document.createElement('script'), { src: ${JSON.stringify(`${w.url}embed.js`)} }));`,
  );
  const h = await serveStatic(dir);
  host = h.url;
  servers.push(w.server, h.server);
});

afterAll(async () => {
  for (const s of servers) s.close();
});

interface Seen {
  questions: number[];
  check: number;
  result: number;
  /** Every screen fitted in its iframe. */
  fits: boolean;
}

type Host = { events: { type: string; detail: { outcome?: string } }[][]; messages: { i: number; data: { probe?: number } }[] };
let probes = 0;

/** The iframe's height once this screen's messages have all reached the host, and the content's. */
async function settledHeight(page: Page, frame: Frame, i: number): Promise<{ height: number; content: number }> {
  const n = ++probes;
  // Messages from one window arrive in order: when this probe is in, every resize before it is.
  const content = await frame.evaluate(
    (probe) =>
      new Promise<number>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            parent.postMessage({ probe }, '*');
            done(document.getElementById('root')!.getBoundingClientRect().height);
          }),
        ),
      ),
    n,
  );
  const height = await page.waitForFunction(
    ([at, probe]) =>
      (window as unknown as Host).messages.some((m) => m.i === at && m.data?.probe === probe) &&
      document.querySelectorAll('iframe')[at]!.getBoundingClientRect().height,
    [i, n] as const,
  );
  return { height: (await height.jsonValue()) as number, content };
}

/** The step shown once it is whole: a question with its choices, or the check page. */
const nextStep = (frame: Frame, after: string) =>
  frame
    .waitForFunction((prev) => {
      const step = document.querySelector('main')?.getAttribute('data-step');
      const whole = document.querySelector('main[data-step^="question:"] .choices, main[data-step="check"] .summary-list');
      return step !== prev && whole && step;
    }, after)
    .then((h) => h.jsonValue() as Promise<string>);

/** Answers every question the wizard asks in one iframe, through to the result. */
async function drive(page: Page, frame: Frame, i: number, answers: Record<string, string[]>, w: Content, prefill: Prefill): Promise<Seen> {
  const seen: Seen = { questions: [], check: 0, result: 0, fits: true };
  const record = async () => {
    const { height, content } = await settledHeight(page, frame, i);
    // Never shorter than what it shows: nothing cut off, no inner scrollbar.
    seen.fits &&= height >= content - 1;
    return height;
  };
  if (prefill === 'none') await frame.getByRole('button', { name: w.ui.start.button }).click();
  if (prefill === 'link') await frame.getByRole('button', { name: w.ui.question.continue }).click();
  for (let step = await nextStep(frame, 'start'); step !== 'check'; ) {
    seen.questions.push(await record());
    const q = step.slice('question:'.length);
    // Clicks in the page itself: two dozen journeys in two frames through Playwright's actions
    // would take minutes. Each click is its own task, as a person's are.
    await frame.evaluate(
      async ({ q, values }) => {
        for (const v of values) {
          document.querySelector<HTMLInputElement>(`input[name="${q}"][value="${v}"]`)!.click();
          await new Promise((r) => setTimeout(r));
        }
        document.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      },
      { q, values: answers[q]! },
    );
    step = await nextStep(frame, step);
  }
  seen.check = await record();
  await frame.getByRole('button', { name: w.ui.check.confirm }).click();
  await page.waitForFunction((at) => (window as unknown as Host).events[at]!.some((e) => e.type === 'complete'), i);
  await frame.locator('main[data-step="result"] h1').waitFor();
  seen.result = await record();
  return seen;
}

describe('what an agency page can learn through the embed', () => {
  test('sees the same messages for every answer set, one height for all questions, and few check-page heights', async ({ browser }) => {
    const en = words.en;
    const sets = fc.sample(answerSets(en), { numRuns: 24, seed: 14 }).map((drawn) => pruneAnswers(en, drawn as Record<string, string[]>));
    const seen: { lang: 'en' | 'es'; prefill: Prefill; followUp: boolean; frames: Seen[]; events: string[][]; outcomes: string[] }[] = [];
    // Tall enough for both iframes whole: the two are driven at once, and a scroll for one
    // would move the other's target under the pointer.
    const context = await browser.newContext({ viewport: { width: 1440, height: 4000 } });
    try {
      for (const [n, answers] of sets.entries()) {
        const lang = n % 2 ? 'es' : 'en';
        const prefill: Prefill = n % 4 < 2 ? 'none' : n % 8 < 4 ? 'website' : 'link';
        // A website or a care team's link fills in the first one to three answers.
        const given = Object.fromEntries(Object.entries(answers).slice(0, 1 + (n % 3)));
        const text = formatAnswerText(en, given);
        const query = new URLSearchParams({
          lang,
          ...(prefill === 'website' ? { prefill: text } : {}),
          ...(prefill === 'link' ? { 'pass-fragment': '' } : {}),
        });
        const page = await context.newPage();
        try {
          await page.goto(`${host}journey.html?${query}${prefill === 'link' ? `#${text}` : ''}`);
          await page.waitForFunction(() => (window as unknown as Host).events.every((e) => e.some((x) => x.type === 'ready')));
          const frames = page.frames().filter((f) => f.url().includes('/embed.html'));
          expect(frames).toHaveLength(2);
          const result = await Promise.all(frames.map((f, i) => drive(page, f, i, answers, words[lang], prefill)));
          const log = await page.evaluate(() => {
            const { events, messages } = window as unknown as Host;
            return { events, messages };
          });
          seen.push({
            lang,
            prefill,
            // A follow-up was asked (the flight's): one more question screen than without.
            followUp: Object.keys(answers).some((q) => en.questions.find((x) => x.id === q)!.showIf),
            frames: result,
            events: log.events.map((list) => list.map((e) => e.type)),
            outcomes: log.events.map((list) => list.find((e) => e.type === 'complete')!.detail.outcome!),
          });
          for (const m of log.messages.filter((x) => x.data.probe === undefined).map((x) => JSON.stringify(x.data))) {
            expect(Object.keys(JSON.parse(m) as object).every((k) => ['type', 'height', 'outcome'].includes(k))).toBe(true);
            for (const v of Object.values(answers).flat()) expect(m).not.toContain(`"${v}"`);
          }
        } finally {
          await page.close();
        }
      }
    } finally {
      await context.close();
    }

    const distinct = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
    const summary = WIDTHS.map((width, i) => ({
      width,
      check: distinct(seen.map((s) => s.frames[i]!.check)),
      result: distinct(seen.map((s) => s.frames[i]!.result)),
      questions: {
        en: distinct(seen.filter((s) => s.lang === 'en').flatMap((s) => s.frames[i]!.questions)),
        es: distinct(seen.filter((s) => s.lang === 'es').flatMap((s) => s.frames[i]!.questions)),
      },
    }));
    const full = seen.filter((s) => s.prefill === 'none');
    const sequences = new Set(full.flatMap((s) => s.events.map((e) => e.join(' '))));
    console.info(`embed privacy: ${JSON.stringify({ summary, sequences: sequences.size })}`);
    for (const s of seen) {
      expect(s.frames.every((f) => f.fits)).toBe(true);
      // Both widths reach the same result, and the host learns it: that much it may know.
      expect(s.outcomes[0]).toBe(s.outcomes[1]);
    }
    for (const { check, questions } of summary) {
      expect(check.length).toBeLessThanOrEqual(3);
      // Language is the host's choice or the family's, not an answer: one height per language.
      expect(questions.en).toHaveLength(1);
      expect(questions.es).toHaveLength(1);
    }
    // A family that answers every question: the same messages whatever the answers, a flight or not.
    expect(new Set(full.map((s) => s.followUp))).toEqual(new Set([true, false]));
    expect([...sequences], [...sequences].join('\n')).toHaveLength(1);
  }, 300_000);
});
