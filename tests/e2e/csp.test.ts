// The production build under the strict Content-Security-Policy that public/_headers ships,
// page by page: every journey start → result, a prefilled link, the error state, the planner
// page, the embedded page in a frame; and the standalone page refusing to be framed. Fails on
// any `securitypolicyviolation` event and on any console error (Chromium logs each refusal as
// one). The build in dist/ comes from the e2e globalSetup; this file serves it itself, because
// `vite preview` sends no CSP.
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { serveStatic } from '../../scripts/staticServer';
import { cloudflareHeaders, parseHeaderRules } from '../fixtures/hostHeaders';
import { answersOf, journeys } from '../fixtures/journeys';
import type { TestPage } from './support/browser';
import { type OpenPage, test } from './support/fixture';
import { CANARY_PATH, directives, EXTRA_PAGES, HASH_SOURCE, headers, policy, policyFor, REQUIRED, withoutHashes } from './support/cspPages';
import { answer, content, expectHeading, h1, optionLabel, passWelcome, questionTitle, shownQuestion } from './support/wizardPage';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');

let server: Server;
let baseUrl: string;

const rules = parseHeaderRules(readFileSync(join(dist, '_headers'), 'utf8'));

beforeAll(async () => {
  ({ server, url: baseUrl } = await serveStatic(dist, {
    pages: EXTRA_PAGES,
    // The build's own files and unknown paths get every header of `_headers` as Cloudflare Pages
    // combines its rules (the stricter of the two hosts: both policies of a joined header apply);
    // the test's extra pages get the start page's policy.
    headers: (path) =>
      EXTRA_PAGES[path] === undefined
        ? Object.fromEntries(cloudflareHeaders(rules, path))
        : { 'content-security-policy': policyFor(path), 'x-content-type-options': 'nosniff' },
    notFound: '404.html',
  }));
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

type CspPage = TestPage & { violations: string[] };

/** A fresh page that reports every CSP violation, from before the document's first byte. */
async function cspPage(openPage: OpenPage, viewport?: Parameters<OpenPage>[0]): Promise<CspPage> {
  const page = await openPage(viewport);
  const violations: string[] = [];
  // Bindings and init scripts come in through the DevTools protocol, which CSP does not govern.
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
        report(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}:${e.lineNumber} ${e.sample}`,
        );
      },
      true,
    );
  });
  return Object.assign(page, { violations });
}

async function expectClean(page: CspPage) {
  // Violation events are queued as tasks: let any pending ones arrive before judging.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(page.violations).toEqual([]);
  expect(page.errors).toEqual([]);
}

describe('the shipped headers', () => {
  test("give `/` at least the policy the issue asks for, plus one hash each for the start page's inline script and styles", () => {
    const given = directives(policy);
    for (const [name, sources] of Object.entries(REQUIRED)) expect(withoutHashes(given.get(name)), name).toBe(sources);
    for (const name of ['script-src', 'style-src']) {
      const extra = given
        .get(name)!
        .split(' ')
        .filter((s) => s !== "'self'");
      expect(extra, name).toHaveLength(1);
      expect(extra[0], name).toMatch(HASH_SOURCE);
    }
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
  });

  test("give every page one policy, the same but for frame-ancestors and the start page's hashes", () => {
    const pages = ['/', '/index.html', '/planner.html', '/planner', '/embed.html', '/embed'];
    const withoutFraming = (p: string) => {
      const d = directives(p);
      d.delete('frame-ancestors');
      return [...d].map(([name, sources]) => [name, withoutHashes(sources)]);
    };
    for (const path of pages) {
      const pagePolicy = headers.get(path)?.get('content-security-policy');
      expect(pagePolicy, path).toBeDefined();
      expect(withoutFraming(pagePolicy!), path).toEqual(withoutFraming(policy));
      expect(directives(pagePolicy!).get('frame-ancestors'), path).toBeTruthy();
    }
    // A rule for every path is joined into every page's policy by Cloudflare: the one on `/*`
    // only forbids framing (for unknown paths), and each page's rule removes it first.
    expect(headers.get('/*')?.get('content-security-policy')).toBe("frame-ancestors 'none'");
    for (const path of pages) expect(rules.find((r) => r.path === path)?.unset, path).toEqual(['content-security-policy']);
    // The embedded page can be framed by other sites; X-Frame-Options would forbid it.
    expect(directives(headers.get('/embed.html')!.get('content-security-policy')!).get('frame-ancestors')).not.toBe("'none'");
    expect(headers.get('/embed.html')!.has('x-frame-options')).toBe(false);
  });
});

describe('the build under a strict Content-Security-Policy', () => {
  test('this file notices violations: a page with inline style and script reports them', async ({ openPage }) => {
    const page = await cspPage(openPage);
    await page.goto(new URL(CANARY_PATH, baseUrl).href);
    await expect.poll(() => page.violations.length).toBeGreaterThanOrEqual(3);
    expect(page.violations.join('\n')).toMatch(/style-src/);
    expect(page.violations.join('\n')).toMatch(/script-src/);
    expect(page.errors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
    expect(await page.title()).toBe('canary');
  });

  test.for(journeys)('$name: start → result with no violation', async (j, { openPage }) => {
    const page = await cspPage(openPage);
    const response = await page.goto(baseUrl);
    expect(response?.headers()['content-security-policy']).toBe(policy);
    await expectHeading(page, content.ui.start.title);
    await page.getByRole('button', { name: content.ui.start.button }).click();

    const given = answersOf(j);
    const asked: string[] = [];
    for (let q = await shownQuestion(page); q; q = await shownQuestion(page)) {
      asked.push(q);
      const before = await h1(page);
      await answer(page, q, given[q]!);
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
    }
    expect(asked).toEqual(j.screens);
    await expectHeading(page, content.ui.check.title);
    await page.getByRole('button', { name: content.ui.check.confirm }).click();
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, content.ui.check.title);
    await expectClean(page);
  });

  test('the error state, a prefilled link and starting again, with no violation', async ({ openPage }) => {
    const page = await cspPage(openPage);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: content.ui.start.button }).click();
    await page.getByRole('button', { name: content.ui.question.continue }).click();
    await page.getByRole('alert').waitFor();
    await expectClean(page);

    const linked = await cspPage(openPage);
    await linked.goto(
      `${baseUrl}#v=1&now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&pay=yes&family=far`,
    );
    await passWelcome(linked);
    await expectHeading(linked, content.ui.check.title);
    await linked.getByRole('button', { name: content.ui.check.confirm }).click();
    await linked.getByRole('heading', { level: 1, name: /Both can help/ }).waitFor();
    await linked.getByRole('button', { name: content.ui.restart.button }).first().click();
    await linked.getByRole('button', { name: content.ui.restart.yes }).click();
    await expectHeading(linked, content.ui.start.title);
    await expectClean(linked);
  });

  test('the planner page, its link and its QR code, with no violation', async ({ openPage }) => {
    const page = await cspPage(openPage, { width: 1280, height: 900 });
    const response = await page.goto(new URL('planner.html', baseUrl).href);
    // The planner's own rule: the start page's policy with neither inline hash.
    expect(response?.headers()['content-security-policy']).toBe(policy.replace(/ 'sha256-[^']+'/g, ''));
    await page.getByRole('heading', { level: 1, name: content.ui.planner.title }).waitFor();
    const group = (q: string) => page.getByRole('group', { name: questionTitle(q) });
    await group('now').getByLabel(optionLabel('now', 'home'), { exact: true }).check();
    await group('travel').getByLabel(optionLabel('travel', 'flight'), { exact: true }).check();
    await group('escort').getByLabel(optionLabel('escort', 'no'), { exact: true }).check();
    await page.emulateMedia({ media: 'print' });
    await page.locator('svg.qr path').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'screen' });
    const link = await page.getByLabel(content.ui.planner.linkLabel).inputValue();
    await expectClean(page);

    await page.goto(link);
    await passWelcome(page);
    await expectHeading(page, questionTitle('next'));
    await expectClean(page);
  });

  test('the embedded page, framed by a page of the same site, start → result with no violation', async ({ openPage, skip }) => {
    if (!existsSync(join(dist, 'embed.html'))) skip();
    const page = await cspPage(openPage, { width: 800, height: 900 });
    await page.goto(new URL('__frames-embedded.html', baseUrl).href);
    const frame = await frameAt(page, 'embed.html');
    await frame.waitForSelector('html[data-ready]', { state: 'attached' });
    // The wizard helpers use only what a Frame has too (locators, roles, labels).
    const inFrame = frame as unknown as Page;
    const j = journeys[0]!;
    const given = answersOf(j);
    await expectHeading(inFrame, content.ui.start.title);
    const start = inFrame.getByRole('button', { name: content.ui.start.button });
    expect(await start.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).fontFamily])).toEqual([
      'rgb(106, 27, 154)',
      expect.stringMatching(/^Charter, /),
    ]);
    await start.click();
    for (let q = await shownQuestion(inFrame); q; q = await shownQuestion(inFrame)) {
      const before = await h1(inFrame);
      await answer(inFrame, q, given[q]!);
      await frame.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
    }
    await expectHeading(inFrame, content.ui.check.title);
    await inFrame.getByRole('button', { name: content.ui.check.confirm }).click();
    await frame.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, content.ui.check.title);
    await expectClean(page);
  });

  test('an unknown path refuses to be framed, even by its own site', async ({ openPage }) => {
    const page = await cspPage(openPage);
    const response = await page.request.get(new URL('no-such-page', baseUrl).href);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page not found');
    await page.goto(new URL('__frames-unknown.html', baseUrl).href);
    await expect.poll(() => page.errors.join('\n'), { timeout: 10_000 }).toMatch(/frame-ancestors 'none'/);
    const frame = page.frames()[1]!;
    expect(frame.url()).toMatch(/^chrome-error:/);
    expect(await frame.getByText('Page not found').count()).toBe(0);
  });

  test('the standalone page refuses to be framed, even by its own site', async ({ openPage }) => {
    const page = await cspPage(openPage);
    await page.goto(new URL('__frames-standalone.html', baseUrl).href);
    await expect.poll(() => page.errors.join('\n'), { timeout: 10_000 }).toMatch(/frame-ancestors 'none'/);
    // Chromium shows its own error page ("127.0.0.1 is blocked") in the frame instead.
    const frame = page.frames()[1]!;
    expect(frame.url()).toMatch(/^chrome-error:/);
    expect(await frame.getByText(content.ui.start.title).count()).toBe(0);
  });
});

/** The child frame whose URL contains `part`, once it has one. */
async function frameAt(page: Page, part: string): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes(part));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`no frame with ${part}`);
}
