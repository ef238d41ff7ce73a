// What an agency chooses for the wizard's look (data-accent, data-font), and the example agency
// site, each across two origins like the real thing: the host page on one loopback port, the
// wizard on another.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { serveStatic } from '../../scripts/staticServer';
import { expectNoAxeViolations } from './support/axe';
import { test } from './support/fixture';
import { content } from './support/wizardPage';

const servers: Server[] = [];
let wizard = '';
let host = '';
let example = '';

beforeAll(async () => {
  const w = await serveStatic(resolve(import.meta.dirname, '../../dist'));
  wizard = w.url;
  const dir = mkdtempSync(join(tmpdir(), 'cpw-looks-'));
  const snippet = (attrs: string) => `<div data-care-path-wizard ${attrs}></div>`;
  // One accent that suits everything, one only buttons (with dark text), one nothing; fonts likewise.
  writeFileSync(
    join(dir, 'looks.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agency</title></head><body><h1>Sunrise Home Care</h1>
${snippet('data-accent="#6a1b9a" data-font="serif"')}${snippet('data-accent="#f6c445" data-font="Rounded"')}${snippet('data-accent="#777777" data-font="comic-sans"')}
<script src="./listen.js"></script><script src="${wizard}embed.js" async></script></body></html>`,
  );
  // The type sizes: small, none given (medium, for a 16 px host), large.
  writeFileSync(
    join(dir, 'sizes.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agency</title></head><body><h1>Sunrise Home Care</h1>
${snippet('data-size="small"')}${snippet('')}${snippet('data-size="Large"')}${snippet('data-size="huge"')}
<script src="./listen.js"></script><script src="${wizard}embed.js" async></script></body></html>`,
  );
  writeFileSync(join(dir, 'listen.js'), `window.ready = 0; document.addEventListener('care-path-wizard:ready', () => window.ready++);`);
  const h = await serveStatic(dir);
  host = h.url;
  // The example agency site, as `npm run example` serves it.
  const e = await serveStatic(resolve(import.meta.dirname, '../../examples/agency-site'), {
    html: (text) => text.replaceAll('https://WIZARD-HOST/', wizard),
  });
  example = e.url;
  servers.push(w.server, h.server, e.server);
});

afterAll(async () => {
  for (const s of servers) s.close();
});

/** Opens a host page of the agency's and waits for its `count` wizards: the page, its frames and what they warned. */
async function openLooks(context: BrowserContext, file: string, count: number) {
  const p = await context.newPage();
  const warnings: string[] = [];
  p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await p.goto(`${host}${file}`);
  await p.waitForFunction((n) => (window as unknown as { ready: number }).ready === n, count);
  return { warnings, frames: p.frames().filter((f) => f.url().startsWith(`${wizard}embed.html`)) };
}

describe('an agency page chooses the look', () => {
  test("takes the agency's accent on buttons and links where contrast allows, its font, and says what it kept instead", async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const { warnings, frames } = await openLooks(context, 'looks.html', 3);
      const look = (f: Frame) =>
        f.evaluate(() => {
          const button = getComputedStyle(document.querySelector('.button--start')!);
          return {
            button: [button.backgroundColor, button.color],
            link: getComputedStyle(document.querySelector('.language-switch__button')!).color,
            font: getComputedStyle(document.body).fontFamily,
          };
        });
      const white = 'rgb(255, 255, 255)';
      const defaultLink = 'rgb(26, 79, 156)';
      // #6a1b9a: white on it is 9.6:1, so buttons and links take it.
      expect(await look(frames[0]!)).toMatchObject({
        button: ['rgb(106, 27, 154)', white],
        link: 'rgb(106, 27, 154)',
        font: expect.stringMatching(/^Charter, .*serif$/),
      });
      // #f6c445: buttons take it with dark text (12:1); links on white (1.6:1) keep the default.
      expect(await look(frames[1]!)).toMatchObject({
        button: ['rgb(246, 196, 69)', 'rgb(11, 12, 12)'],
        link: defaultLink,
        font: expect.stringMatching(/^ui-rounded, /),
      });
      // #777777: neither white nor dark text reaches 4.5:1 on it; an unknown font keeps the system stack.
      expect(await look(frames[2]!)).toMatchObject({
        button: ['rgb(0, 112, 60)', white],
        link: defaultLink,
        font: expect.stringMatching(/^system-ui, /),
      });
      for (const [i, f] of frames.entries()) await expectNoAxeViolations(f, `embedded start with look ${i + 1}`);

      const said = warnings.join('\n');
      expect(said).not.toContain('#6a1b9a');
      expect(said).toContain(
        'data-accent="#f6c445" is too low in contrast against white (1.62:1; text needs 4.5:1), so links keep the default colour #1a4f9c. Buttons use it, with dark text.',
      );
      expect(said).toMatch(
        /data-accent="#777777" is too low in contrast against white \(4\.47:1\) and against the text colour #0b0c0c \(4\.\d\d:1; text needs 4\.5:1\), so buttons keep the default #00703c and links the default #1a4f9c\./,
      );
      expect(said).not.toMatch(/#f6c445.*not valid|#777777.*not valid/);
      expect(said).toContain('data-font="comic-sans" is not valid and was ignored. Use one of: system, serif, rounded, humanist.');
    } finally {
      await context.close();
    }
  });

  test("sizes its type to the host's text: body 15, 16 (the default) or 19 px, headings to match, targets still 44 px", async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const { warnings, frames } = await openLooks(context, 'sizes.html', 4);
      const sizes = await Promise.all(
        frames.map((f) =>
          f.evaluate(() => ({
            body: parseFloat(getComputedStyle(document.body).fontSize),
            h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
            start: document.querySelector('.button--start')!.getBoundingClientRect().height,
          })),
        ),
      );
      expect(sizes.map((x) => x.body)).toEqual([15, 16, 19, 16]);
      // Before (issue 24): a 40 px heading and 19 px text beside a host's 32 px and 16 px.
      expect(sizes.map((x) => x.h1)).toEqual([24, 28, 40, 28]);
      for (const x of sizes) expect(x.start).toBeGreaterThanOrEqual(44);
      expect(warnings.join('\n')).toContain('data-size="huge" is not valid and was ignored. Use one of: small, medium, large.');
      for (const [i, f] of frames.entries()) await expectNoAxeViolations(f, `embedded start, size ${i + 1}`);
    } finally {
      await context.close();
    }
  });

  test('the example agency site shows its own message above the wizard once there is a result', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const p = await context.newPage();
      await p.goto(`${example}#now=home&next=home&travel=none&needs=visits,medications&works_for=family&pay=yes&family=far`);
      const frame = await (await p.locator('iframe').elementHandle())!.contentFrame();
      await frame!.getByRole('heading', { level: 1, name: content.ui.arrival.welcomeTitle }).waitFor();
      await frame!.getByRole('button', { name: content.ui.question.continue }).click();
      await frame!.getByRole('button', { name: content.ui.check.confirm }).click();
      await frame!.locator('.now-steps').waitFor();
      const note = p.getByRole('status').filter({ hasText: 'Sunrise Home Care offers care management at home.' });
      await note.waitFor();
      const [noteBox, frameBox] = [await note.boundingBox(), await p.locator('iframe').boundingBox()];
      expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(frameBox!.y);
      expect(await frame!.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Charter, /);
      await expectNoAxeViolations(frame!, 'example site result');
    } finally {
      await context.close();
    }
  });
});
