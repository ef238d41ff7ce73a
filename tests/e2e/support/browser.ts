// Drives Debian's Chromium through playwright-core (no browser download).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Flags from docs (stack.md): without the networking ones Chromium floods the closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found: install it with \`apt-get install chromium\` or set CHROME_PATH (looked for ${executablePath})`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A page that records console errors and uncaught page errors in `errors`. */
export type TestPage = Page & { errors: string[] };

/**
 * Opens a page in its own context (as @axe-core/playwright needs). Close it with
 * `await page.context().close()`. Assert `expect(page.errors).toEqual([])`.
 */
export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 390, height: 844 },
  // 'block' for tests that fail requests on purpose: page.route never sees what the offline
  // worker serves from its cache (ADR 0012).
  serviceWorkers: 'allow' | 'block' = 'allow',
): Promise<TestPage> {
  const context = await browser.newContext({ viewport, serviceWorkers });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.stack ?? error.message}`);
  });
  // The start page is prerendered and the app starts after `load`: wait until it is live.
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  const ready = () => page.waitForFunction(() => !document.getElementById('root') || document.documentElement.hasAttribute('data-ready'));
  page.goto = async (...args) => {
    const response = await goto(...args);
    await ready();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await ready();
    return response;
  };
  return Object.assign(page, { errors });
}

/** Waits until the wizard or planner on this page has started. */
export function waitForApp(page: Page) {
  return page.waitForSelector('html[data-ready]', { state: 'attached' });
}
