// The hidden-frame probe from a hostile review (issue 20, docs/adr/0010), played in every
// engine. A family answers in the agency's visible embed. The agency's own script then adds
// invisible iframes of the same placeholder (same `n`, so the same saved progress) with a
// guessed answer in the fragment, and records every message each one posts. Before the fix a
// guess that matched what the family saved showed the care team's welcome and one that did not
// showed "You already have answers saved here", at another height: one probe per option read
// every answer. Now every guess must give one and the same sequence, and the family's frame,
// reloaded, must still show its result.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/staticServer';
import { answersOf, type Journey, journeys } from '../fixtures/journeys';
import { ENGINES, waitFor, type Tab } from './support/driver';
import { content, expectHeading, useEngine, withTab } from './support/engines';

// Two families whose answers differ on every question: each guess matches at most one of them.
const families = [
  journeys.find((j) => j.file === 'hospital-flight-home.json')!.answers,
  'now=facility&next=facility&travel=regular&needs=costs,rights&works_for=family&pay=yes&family=nearby',
];

/** One guess per option of every question (a follow-up with what it follows). */
const optionGuesses = content.questions.flatMap((q) =>
  q.options.map((o) => {
    const shown = Object.entries(q.showIf ?? {})
      .map(([k, v]) => `${k}=${v[0]}&`)
      .join('');
    return `${shown}${q.id}=${o.id}`;
  }),
);
/** And each family's whole set, which lands a probe on another welcome than a partial guess. */
const guesses = [...optionGuesses, ...families];

let host: { server: Server; url: string };
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cpw-engines-probe-'));
  writeFileSync(
    join(dir, 'agency.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agency</title></head><body>
<h1>Sunrise Home Care</h1>
<div data-care-path-wizard></div>
<script>document.querySelector('[data-care-path-wizard]').setAttribute('data-prefill', decodeURIComponent(location.hash.slice(1)))</script>
<script src="./probe.js"></script><script src="${inject('baseUrl')}embed.js" async></script></body></html>`,
  );
  // The agency's script: what it hears from the family's frame, and a probe that adds a hidden
  // frame of the same placeholder, logs every message that frame posts until it has been quiet
  // for a while, then removes it.
  writeFileSync(
    join(dir, 'probe.js'),
    `window.heard = [];
     for (const t of ['ready', 'section', 'resize', 'complete']) document.addEventListener('care-path-wizard:' + t, (e) => window.heard.push({ type: t, detail: e.detail }));
     const logs = new Map();
     addEventListener('message', (e) => { const log = logs.get(e.source); if (log) { log.push(e.data); log.at = Date.now(); } });
     window.probe = (wizard, guess) => new Promise((done) => {
       const frame = document.createElement('iframe');
       frame.src = wizard + 'embed.html?origin=' + encodeURIComponent(location.origin) + '&n=0#v=${content.version}&' + guess;
       frame.style.cssText = 'position:fixed;left:0;top:0;width:390px;height:400px;border:0;opacity:0;pointer-events:none';
       document.body.append(frame);
       const log = []; log.at = Date.now(); logs.set(frame.contentWindow, log);
       const started = Date.now();
       const tick = setInterval(() => {
         const ready = log.some((m) => m && m.type === 'care-path-wizard:ready');
         if ((ready && Date.now() - log.at > 1800) || Date.now() - started > 20000) {
           clearInterval(tick); frame.remove();
           done(log.map((m) => [m.type, m.height ?? m.outcome ?? ''].join(' ')).join(' | ') || '(nothing)');
         }
       }, 100);
     });
     window.probeAll = (wizard, list) => Promise.all(list.map((g) => window.probe(wizard, g)));`,
  );
  host = await serveStatic(dir);
});
afterAll(() => {
  host?.server.close();
});

type Heard = { type: string; detail: { outcome?: string } }[];
const heardOutcome = (tab: Tab) =>
  waitFor(tab, 'the complete event', () => {
    const outcomes = (window as unknown as { heard: Heard }).heard.filter((e) => e.type === 'complete').map((e) => e.detail.outcome);
    return outcomes.length > 0 && outcomes;
  });

/** The family answers (here: checks what the website filled in), then the host probes. */
async function probeFamily(tab: Tab, answers: string): Promise<string[]> {
  await tab.goto(`${host.url}agency.html#${encodeURIComponent(answers)}`);
  await waitFor(tab, 'the ready event', () => (window as unknown as { heard: Heard }).heard.some((e) => e.type === 'ready'));
  await tab.frame('iframe');
  await expectHeading(tab, content.ui.check.title);
  await tab.click('button', content.ui.check.confirm);
  await waitFor(tab, 'the result', () => document.querySelector('main')?.getAttribute('data-step') === 'result');
  await tab.frame(null);
  const outcome = await heardOutcome(tab);
  const before = await tab.evaluate(() => ({ y: window.scrollY, focus: document.activeElement?.tagName }));

  const seen: string[] = [];
  // A few at a time: dozens of frames at once are more than a small machine's WebKit likes.
  for (let i = 0; i < guesses.length; i += 16) {
    seen.push(
      ...(await tab.evaluate(
        (wizard: string, list: string[]) =>
          (window as unknown as { probeAll: (w: string, l: string[]) => Promise<string[]> }).probeAll(wizard, list),
        inject('baseUrl'),
        guesses.slice(i, i + 16),
      )),
    );
  }
  // No probe moved the host page or took its focus.
  expect(await tab.evaluate(() => ({ y: window.scrollY, focus: document.activeElement?.tagName }))).toEqual(before);

  // The family's own frame, reloaded, still shows its result: no probe replaced its progress.
  await tab.evaluate(() => {
    const frame = document.querySelector('iframe')!;
    (window as unknown as { heard: Heard }).heard.length = 0;
    // A reload, as the family's browser does when the host page's frame is reloaded.
    frame.setAttribute('src', frame.getAttribute('src')!);
  });
  expect(await heardOutcome(tab)).toEqual(outcome);
  await tab.frame('iframe');
  await waitFor(tab, 'the result again', () => document.querySelector('main')?.getAttribute('data-step') === 'result');
  return seen;
}

describe.each(ENGINES)('a host probing the embed with hidden frames in %s', (name) => {
  const engine = useEngine(name);

  it('sees the same sequence whether a guess matches the family’s answers or not, and the family keeps its result', async () => {
    // The family answers as the first family; the guesses include both families' whole answer
    // sets, so each kind of guess is tried matching and not matching.
    let seen: string[] = [];
    await withTab(engine, async (tab) => {
      seen = await probeFamily(tab, families[0]!);
    });
    const oneOption = seen.slice(0, optionGuesses.length);
    const [matching, other] = seen.slice(optionGuesses.length);
    console.info(
      `embed probe (${name}): ${new Set(oneOption).size} distinct sequence(s) over the ${optionGuesses.length} one-option guesses; whole sets, matching and not: ${JSON.stringify([matching, other])}`,
    );
    // Every one-option guess, matching or not: one sequence.
    expect(new Set(oneOption).size, 'the host could tell one-option guesses apart').toBe(1);
    // The family's whole set and another family's: the same sequence.
    expect(matching).toBe(other);
  }, 240_000);
});

describe('the probe list', () => {
  it('guesses every option of every question, each family’s answers among them', () => {
    for (const family of families)
      for (const [q, values] of Object.entries(answersOf({ answers: family } as Journey)))
        for (const v of values) expect(optionGuesses.some((g) => g.split('&').includes(`${q}=${v}`))).toBe(true);
    expect(optionGuesses.length).toBe(content.questions.reduce((n, q) => n + q.options.length, 0));
  });
});
