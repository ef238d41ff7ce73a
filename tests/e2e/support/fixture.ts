// One browser per test file, and pages that are always closed: a test takes `openPage`, and
// every page it opened is closed when it ends, passed or failed.
import { test as base } from 'vitest';
import { launchBrowser, newPage, type TestPage } from './browser';

type Viewport = { width: number; height: number };
/** What a test's `openPage` is: a page in a fresh context (390 × 844 unless told), closed after the test. */
export type OpenPage = (viewport?: Viewport, serviceWorkers?: 'allow' | 'block') => Promise<TestPage>;

export const test = base
  // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's needs from this pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('openPage', async ({ browser }, { onCleanup }) => {
    const opened: TestPage[] = [];
    onCleanup(() =>
      Promise.all(
        opened.map((page) =>
          page
            .context()
            .close()
            .catch(() => undefined),
        ),
      ).then(() => undefined),
    );
    const open: OpenPage = async (viewport, serviceWorkers) => {
      const page = await newPage(browser, viewport, serviceWorkers);
      opened.push(page);
      return page;
    };
    return open;
  });
