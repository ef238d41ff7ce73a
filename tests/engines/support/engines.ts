// What every engines test file shares: one browser per engine and file, a fresh tab per test,
// closed whatever happens, and a screenshot of the tab as it was when a test failed
// (test-results/engines/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { content } from '../../e2e/support/wizardPage';
import { waitFor, type Engine, type EngineName, type Tab } from './driver';
import { launchPuppeteer } from './puppeteerEngine';
import { launchWebKit } from './webkitEngine';

export { content };

const shots = join(import.meta.dirname, '../../../test-results/engines');

export function launchEngine(name: EngineName): Promise<Engine> {
  return name === 'webkit' ? launchWebKit() : launchPuppeteer(name);
}

/** Launches `name` for this describe block; `open()` gives a tab that closes after the test. */
export function useEngine(name: EngineName) {
  let engine: Engine | undefined;
  let failure: unknown;
  beforeAll(async () => {
    // Kept for each test to throw: a failing hook would only mark the tests skipped.
    try {
      engine = await launchEngine(name);
    } catch (error) {
      failure = error;
    }
  });
  afterAll(async () => {
    await engine?.close();
  });
  return {
    async open(viewport?: { width: number; height: number }): Promise<Tab> {
      if (!engine) throw failure ?? new Error(`${name} did not start`);
      return engine.newTab(viewport);
    },
  };
}

/** Runs `body` in a fresh tab, closed afterwards; a failure leaves a screenshot behind. */
export async function withTab(
  engine: ReturnType<typeof useEngine>,
  body: (tab: Tab) => Promise<void>,
  viewport?: { width: number; height: number },
): Promise<void> {
  const tab = watched(await engine.open(viewport));
  try {
    await body(tab);
  } catch (error) {
    mkdirSync(shots, { recursive: true });
    const name = `${tab.engine}-${expect.getState().currentTestName ?? 'test'}`.replace(/\W+/g, '-').slice(0, 100);
    await tab
      .frame(null)
      .then(() => tab.screenshot())
      .then(
        (png) => writeFileSync(join(shots, `${name}.png`), png),
        () => undefined,
      );
    throw error;
  } finally {
    await tab.close();
  }
}

/** The tab, with each driver call failing by name after 45 s: a hung call then says where it
 * hung (once seen in WebKit under load), instead of only the test's timeout. */
function watched(tab: Tab): Tab {
  return new Proxy(tab, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        let timer: NodeJS.Timeout | undefined;
        const hung = new Promise<never>((_, reject) => {
          const what = `${String(key)}(${args
            .filter((a) => typeof a === 'string')
            .join(', ')
            .slice(0, 80)})`;
          timer = setTimeout(() => reject(new Error(`${tab.engine}: ${what} did not return in 45 s`)), 45_000);
        });
        return Promise.race([(value as (...a: unknown[]) => Promise<unknown>).apply(target, args), hung]).finally(() =>
          clearTimeout(timer),
        );
      };
    },
  });
}

export const h1 = (tab: Tab) => tab.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? null);

export async function expectHeading(tab: Tab, text: string): Promise<void> {
  await waitFor(tab, `the heading "${text}"`, (t: string) => document.querySelector('h1')?.textContent?.trim() === t, text).catch(
    async () => expect(await h1(tab), `${tab.engine}: heading`).toBe(text),
  );
}

export { optionLabel, questionTitle } from '../../e2e/support/wizardPage';

/** Whether the choice labelled `label` is checked now. */
export const isChecked = (tab: Tab, label: string) =>
  tab.evaluate(
    (l: string) =>
      Array.from(document.querySelectorAll('label')).some(
        (x) => x.textContent?.trim() === l && (x.control as HTMLInputElement | null)?.checked,
      ),
    label,
  );

/** Chooses `values` on question `question` (if not chosen already) and presses Continue. */
export async function answer(tab: Tab, question: string, values: readonly string[], words = content): Promise<void> {
  const q = words.questions.find((x) => x.id === question)!;
  for (const v of values) {
    const label = q.options.find((o) => o.id === v)!.label;
    if (!(await isChecked(tab, label))) await tab.click('label', label);
  }
  await tab.click('button', words.ui.question.continue);
}
