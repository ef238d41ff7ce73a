// The offline worker's kill switch with a tab of the guide open, in every engine that has service
// workers (docs/deploy.md, ADR 12). The worker controls a tab mid-journey, the host deploys the
// kill-switch build, the browser fetches its sw.js, and the family reloads: the page must come
// back at once, and the caches must go. (A review saw the reload hang on a blank
// page for 10–60 s in Chromium while the retiring worker activated.) The kill build's page says
// which it is, so the test can tell the network's page from the old cache's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, waitFor, type Tab } from './support/driver';
import { content, expectHeading, questionTitle, useEngine, withTab } from './support/engines';
import { killSwitchSite, type KillSwitchSite } from './support/killSwitchSite';

/** A reload that hangs is what a family sees as a blank page; 2 s is the most we allow. */
const RELOAD_MS = 2_000;
/** The hang came in about half the runs, around the retiring worker's activation; the check that
 * it never activates catches the cause every time, and two rounds (fresh profiles) the symptom. */
const ROUNDS = 2;

let site: KillSwitchSite;
beforeAll(async () => {
  site = await killSwitchSite();
}, 120_000);
afterAll(() => site?.close());

/** Reloads and returns how long until the page showed `title` again. */
async function timedReload(tab: Tab, title: string): Promise<number> {
  const started = Date.now();
  await tab.reload();
  await expectHeading(tab, title);
  return Date.now() - started;
}

/** One round; returns the reloads' times, or null where the engine has no service workers. */
async function round(tab: Tab): Promise<number[] | null> {
  site.reset();
  await tab.goto(site.url);
  if (!(await tab.evaluate(() => 'serviceWorker' in navigator && window.isSecureContext))) return null;
  await tab.click('button', content.ui.start.button);
  const question = questionTitle('now');
  await expectHeading(tab, question);
  await waitFor(tab, 'the worker to control the page', () => navigator.serviceWorker.controller?.state === 'activated');
  // Every state the retiring worker passes through, as the open page sees it.
  await tab.evaluate(() =>
    navigator.serviceWorker.getRegistration().then((r) => {
      r!.onupdatefound = () => {
        const w = r!.installing!;
        (window as unknown as { retiring: string[] }).retiring = [w.state];
        w.onstatechange = () => (window as unknown as { retiring: string[] }).retiring.push(w.state);
      };
    }),
  );
  site.retire();
  // The browser fetches the new sw.js (as it does on a visit) and installs it.
  await tab.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  // The caches go while it installs, and it never activates: an activation waits for the old
  // worker's requests in flight, and a reload that met it hung (the old kill switch, which
  // activated at once to clear the caches: this line failed on it in every engine).
  await waitFor(tab, 'the caches to go', async () => (await caches.keys()).every((k) => !k.startsWith('care-path-wizard:')));
  const states = await tab.evaluate(() => (window as unknown as { retiring?: string[] }).retiring ?? []);
  expect(states[0], `${tab.engine}: the retiring worker was found`).toBe('installing');
  expect(states, `${tab.engine}: the retiring worker's states`).not.toContain('activating');
  // The family reloads straight away, and again.
  const times = [await timedReload(tab, question), await timedReload(tab, question)];
  // The registration goes too, unless an old page still open registers sw.js again meanwhile (a
  // reload that came before the caches went, served the old page): then it goes when the tab
  // does. Either way the pages now come from the network.
  times.push(await timedReload(tab, question));
  expect(await tab.evaluate(() => !!document.querySelector('meta[name="deploy"]')), `${tab.engine}: the kill build's page`).toBe(true);
  return times;
}

describe.each(ENGINES)('the offline kill switch in %s', (name) => {
  const engine = useEngine(name);

  it('a tab open under the worker reloads to a working page at once after the retiring sw.js is fetched, and the caches go', async () => {
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await withTab(engine, async (tab) => {
        const got = await round(tab);
        if (got) times.push(...got);
        else console.warn(`${name}: no service workers here; the kill switch has nothing to retire`);
      });
    }
    console.info(`${name}: reloads after the retiring sw.js was fetched: ${times.join(' ms, ')} ms`);
    for (const ms of times) expect(ms, `${name}: reload to a working page`).toBeLessThan(RELOAD_MS);
  });
});
