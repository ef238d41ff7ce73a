// `npm run docs:screenshots`: rebuilds the wizard, serves it and the example agency site on two
// loopback ports (as `npm run example` does), and photographs the site in Debian's Chromium at a
// phone's and a desktop's width for docs/for-agencies.md. Run it by hand when the look changes
// and commit the PNGs on purpose; the tests never write them.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { latestVersion, loadContent } from '../src/content/loadFromFiles.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/browser.ts';
import { serveStatic } from './staticServer.ts';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'images');
// A care team's link to the agency's page: its answers pass on into the wizard (data-pass-fragment).
const ANSWERS = 'now=hospital&next=home&travel=none&needs=coordination,visits&works_for=unsure&family=far';
const { ui } = loadContent(latestVersion(), 'en');
// The pictures show the agency's own name where the guide names the site, not a loopback address.
const SITE_HOST = 'sunrise-home-care.example';
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

async function wizardFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('docs:screenshots: the example site shows no wizard');
  await frame.waitForSelector('html[data-ready]', { state: 'attached' });
  return frame;
}

async function shoot(browser: Browser, site: string, viewport: { width: number; height: number }): Promise<string[]> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const written: string[] = [];
  const save = async (page: Page, name: string) => {
    const path = join(outDir, `${name}-${viewport.width}.png`);
    await page.screenshot({ path });
    written.push(path);
  };
  try {
    const page = await context.newPage();
    await page.goto(site);
    const start = await wizardFrame(page);
    await start.getByRole('button', { name: ui.start.button }).waitFor();
    // The top of the agency's page: its own header and words, then the guide.
    await save(page, 'agency-start');

    await page.goto(`${site}#${ANSWERS}`);
    await page.reload();
    const frame = await wizardFrame(page);
    await frame.getByRole('heading', { level: 1, name: ui.arrival.welcomeTitle }).waitFor();
    await frame.getByRole('button', { name: ui.question.continue }).click();
    await frame.getByRole('button', { name: ui.check.confirm }).click();
    await frame.locator('.now-steps').waitFor();
    await page.locator('#result-note:not(:empty)').waitFor();
    // The site's own message, then the wizard's result under it.
    await page.locator('#result-note').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -16));
    await save(page, 'agency-result');
    // On a phone the contact link is below the first screen: one more picture of it.
    if (viewport.width < 600) {
      await frame.locator('.contact-link').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await save(page, 'agency-contact');
    }
  } finally {
    await context.close();
  }
  return written;
}

execSync('npx vite build', { cwd: root, stdio: 'inherit' });
const servers: Server[] = [];
let browser: Browser | undefined;
try {
  const wizard = await serveStatic(join(root, 'dist'));
  const site = await serveStatic(join(root, 'examples', 'agency-site'), {
    html: (text) => text.replaceAll('https://WIZARD-HOST/', wizard.url),
  });
  servers.push(wizard.server, site.server);
  mkdirSync(outDir, { recursive: true });
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1`],
  });
  const siteUrl = site.url.replace('127.0.0.1', SITE_HOST);
  for (const viewport of WIDTHS) for (const file of await shoot(browser, siteUrl, viewport)) console.log(`wrote ${file}`);
} finally {
  await browser?.close();
  for (const s of servers) s.close();
}
