// The embed across two origins for the browser tests: an agency's pages on one loopback port, the
// wizard on another, and a third origin that forges messages.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { serveStatic } from '../../../scripts/staticServer';

const servers: Server[] = [];
/** Where each site is served, once started. */
export const sites = { wizard: '', host: '', third: '' };

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agency</title></head><body>
<h1>Sunrise Home Care</h1><div id="filler"></div>${body}
<script src="./listen.js"></script></body></html>`;

export async function startAgencySites(): Promise<void> {
  const dist = resolve(import.meta.dirname, '../../../dist');
  const w = await serveStatic(dist);
  sites.wizard = w.url;
  const dir = mkdtempSync(join(tmpdir(), 'cpw-host-'));
  const snippet = (attrs = 'data-accent="#0b5394"') => `<div data-care-path-wizard ${attrs}></div>`;
  const script = `<script src="${sites.wizard}embed.js" async></script>`;
  writeFileSync(
    join(dir, 'one.html'),
    page(
      `${snippet('data-accent="#0b5394" data-contact="https://agency.example/contact" data-contact-label="Questions? Talk to Sunrise Home Care" data-contact-role="care-manager"')}${script}`,
    ),
  );
  writeFileSync(join(dir, 'two.html'), page(`${snippet()}${snippet('data-lang="es"')}${script}`));
  writeFileSync(
    join(dir, 'bad.html'),
    page(
      `${snippet('data-accent="#ffff00" data-contact="javascript:alert(1)" data-lang="french" data-prefill="now=home&next=moon"')}${script}`,
    ),
  );
  writeFileSync(join(dir, 'csp.html'), page(`${snippet('data-pass-fragment')}${script}`));
  // Records what the page hears: DOM events on the placeholders, and every raw message.
  writeFileSync(
    join(dir, 'listen.js'),
    `window.events = []; window.messages = [];
     for (const t of ['ready', 'section', 'resize', 'complete']) document.addEventListener('care-path-wizard:' + t, (e) => window.events.push({ type: e.type, detail: e.detail, index: [...document.querySelectorAll('[data-care-path-wizard]')].indexOf(e.target) }));
     addEventListener('message', (e) => window.messages.push(JSON.stringify(e.data)));
     document.getElementById('filler').style.height = '1500px';`,
  );
  const h = await serveStatic(dir, {
    headers: (path): Record<string, string> =>
      path === '/csp.html'
        ? {
            'content-security-policy': `default-src 'self'; script-src 'self' ${new URL(sites.wizard).origin}; frame-src ${new URL(sites.wizard).origin}; style-src 'self'; img-src 'self'`,
          }
        : {},
  });
  sites.host = h.url;
  const thirdDir = mkdtempSync(join(tmpdir(), 'cpw-third-'));
  writeFileSync(join(thirdDir, 'forge.html'), `<!doctype html><html lang="en"><title>x</title><script src="./forge.js"></script></html>`);
  writeFileSync(
    join(thirdDir, 'forge.js'),
    `parent.postMessage({ type: 'care-path-wizard:complete', outcome: 'forged' }, '*');
     parent.postMessage({ type: 'care-path-wizard:resize', height: 7 }, '*');`,
  );
  const t = await serveStatic(thirdDir);
  sites.third = t.url;
  servers.push(w.server, h.server, t.server);
}

export function stopAgencySites(): void {
  for (const s of servers.splice(0)) s.close();
}

export async function openHost(
  browser: Browser,
  path: string,
  width: number,
): Promise<{ page: Page; frames: Frame[]; violations: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const p = await context.newPage();
  const violations: string[] = [];
  await p.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await p.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await p.goto(`${sites.host}${path}`);
  const count = await p.locator('[data-care-path-wizard]').count();
  await p.waitForFunction(
    (n) => (window as unknown as { events: { type: string }[] }).events.filter((e) => e.type === 'care-path-wizard:ready').length === n,
    count,
  );
  const frames = p.frames().filter((f) => f.url().startsWith(`${sites.wizard}embed.html`));
  return { page: p, frames, violations };
}
