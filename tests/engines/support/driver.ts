// One small interface over three automation protocols (CDP, WebDriver BiDi, classic WebDriver),
// so each test file says once what a person does and runs it in Chromium, Firefox and WebKit.
// Elements are found in the page the way a person names them (role and visible words), then
// clicked by the driver itself, so the engine's own hit testing and event order are used.
import type { AxeResults } from 'axe-core';
import { AXE_TAGS, axeSource, throwOnViolations } from '../../e2e/support/axe';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];
/**
 * For checks the e2e project already makes in Chromium (journeys, links, language, print, free
 * help, the phone result): here only what differs, in the other two engines. Keeps CI under 15
 * minutes on 2 cores.
 */
export const OTHER_ENGINES: readonly EngineName[] = ENGINES.filter((e) => e !== 'chromium');

/** How a person names what they press: a button's or link's words, a field's label. */
export type Role = 'button' | 'link' | 'label' | 'heading' | 'text';

export type PageFunction<A extends unknown[], T> = (...args: A) => T | Promise<T>;

/** What each engine's driver does to one tab. */
export interface Tab {
  readonly engine: EngineName;
  /** Opens `url` and, unless told not to, waits for the app to mark itself started. */
  goto(url: string, waitForApp?: boolean): Promise<void>;
  /** Clicks the visible element named `name` in `role`, once it appears. */
  click(role: Role, name: string): Promise<void>;
  /** Types into the field labelled `label`, replacing what was there. */
  fill(label: string, text: string): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  reload(): Promise<void>;
  evaluate<A extends unknown[], T>(fn: PageFunction<A, T>, ...args: A): Promise<T>;
  /** Runs a script's source text as the driver does (not subject to the page's CSP). */
  inject(source: string): Promise<void>;
  screenshot(): Promise<Buffer>;
  setViewport(width: number, height: number): Promise<void>;
  /** Letter-size PDF of the page as printed, where the driver can print (not WebKitWebDriver). */
  print?(): Promise<Buffer>;
  /** Moves into the iframe matching `selector` (null: back to the top page). */
  frame(selector: string | null): Promise<void>;
  close(): Promise<void>;
}

/** A running browser that opens fresh tabs (no shared session storage between tests). */
export interface Engine {
  readonly name: EngineName;
  newTab(viewport?: { width: number; height: number }): Promise<Tab>;
  close(): Promise<void>;
}

/** Runs in the page: the first visible element called `name` in `role` (with `exists`, only
 * whether there is one: an element does not cross CDP or BiDi as a value). Self-contained: it
 * is sent to the browser as source text. */
export function findInPage(role: Role, name: string, exists = false): Element | boolean | null {
  const selectors: Record<Role, string> = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    link: 'a[href]',
    label: 'label',
    heading: 'h1, h2, h3, h4, h5, h6',
    text: 'body *',
  };
  for (const element of Array.from(document.querySelectorAll<HTMLElement>(selectors[role]))) {
    if (element.getClientRects().length === 0) continue;
    const words = (element.getAttribute('aria-label') || element.innerText || '').replace(/\s+/g, ' ').trim();
    if (words === name) return exists || element;
  }
  return exists ? false : null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn` in the page until it returns something truthy; fails with `what` after `ms`. */
export async function waitFor<A extends unknown[], T>(tab: Tab, what: string, fn: PageFunction<A, T>, ...args: A): Promise<T> {
  const until = Date.now() + 15_000;
  let last: unknown;
  for (;;) {
    try {
      const value = await tab.evaluate(fn, ...args);
      if (value) return value;
      last = value;
    } catch (error) {
      // A navigation in progress destroys the context the script ran in: try again.
      last = error;
    }
    if (Date.now() > until) throw new Error(`${tab.engine}: timed out waiting for ${what} (last: ${String(last)})`);
    await sleep(100);
  }
}

/** Waits until the wizard, planner or host page has started (the app sets data-ready). */
export function waitForReady(tab: Tab): Promise<unknown> {
  return waitFor(
    tab,
    'the page to start',
    () => document.readyState === 'complete' && (!document.getElementById('root') || document.documentElement.hasAttribute('data-ready')),
  );
}

/** Runs the pinned axe-core in the current page or frame; throws its violations, if any. */
export async function expectNoAxeViolations(tab: Tab, screen: string): Promise<void> {
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.inject(axeSource);
  const results = await tab.evaluate(
    (tags: string[]) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        // Only what the report needs crosses back: WebDriver cannot return axe's whole object graph.
        .then((r) => JSON.parse(JSON.stringify(r)) as unknown),
    AXE_TAGS,
  );
  throwOnViolations(results as AxeResults, `${screen} (${tab.engine})`);
}
