// A host that falls back to a page at unknown paths must never serve the app there without its
// policy (found by a security review): public/404.html is that page, and _headers protects the
// pages that are the app.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addHashesToHeaders } from '../../tasks/inlineStartPage';
import { serveStatic } from '../../scripts/staticServer';
import { cloudflareHeaders, type HeaderRule, netlifyHeaders, parseHeaderRules } from '../fixtures/hostHeaders';

const publicDir = resolve(import.meta.dirname, '../../public');
const headers = readFileSync(join(publicDir, '_headers'), 'utf8');
const rule = (path: string) => new RegExp(`^${path.replace(/[.*]/g, '\\$&')}\\n((?:  .*\\n)+)`, 'm').exec(headers)?.[1] ?? '';

let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(publicDir, { notFound: '404.html' });
});
afterAll(() => server.server.close());

describe('unknown paths', () => {
  it.each(['/anything', '/care/result', '/index.html/x', '/%2e%2e/secret'])(
    '%s gets the static not-found page: no app, no script',
    async (path) => {
      const res = await fetch(new URL(path, server.url));
      expect([403, 404]).toContain(res.status);
      const body = await res.text();
      expect(body).not.toMatch(/<script|id="root"/);
    },
  );

  it('the not-found page carries a policy of its own and links back to the guide', () => {
    const page = readFileSync(join(publicDir, '404.html'), 'utf8');
    expect(page).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'none'/);
    expect(page).toContain('href="./"');
    expect(rule('/404.html')).toMatch(/frame-ancestors 'none'/);
  });

  it.each(['/', '/index.html', '/planner.html', '/planner'])(
    'the standalone page %s has its policy, no framing and its own browsing context group',
    (path) => {
      const r = rule(path);
      expect(r).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
      expect(r).toMatch(/X-Frame-Options: DENY/);
      expect(r).toMatch(/Cross-Origin-Opener-Policy: same-origin/);
    },
  );

  it('the embedded page stays frameable and opener-neutral', () => {
    expect(rule('/embed.html')).toMatch(/frame-ancestors 'self' https:/);
    expect(rule('/embed.html')).not.toMatch(/Cross-Origin-Opener-Policy/);
  });

  // The one framing policy a browser receives at each path, on each host: exactly one CSP (a
  // comma would be two, both enforced), its frame-ancestors, and X-Frame-Options only as the
  // DENY that old browsers read beside 'none' (never on the embedded page: it cannot list origins).
  const STANDALONE = { frameAncestors: "'none'", xFrameOptions: 'DENY' };
  const NOT_FRAMED = { frameAncestors: "'none'", xFrameOptions: undefined };
  const EMBEDDED = { frameAncestors: "'self' https:", xFrameOptions: undefined };
  const expected: Record<string, { frameAncestors: string; xFrameOptions: string | undefined }> = {
    '/': STANDALONE,
    '/index.html': STANDALONE,
    '/planner.html': STANDALONE,
    '/planner': STANDALONE,
    '/404.html': STANDALONE,
    '/embed.html': EMBEDDED,
    '/embed': EMBEDDED,
    '/anything': NOT_FRAMED,
    '/care/result': NOT_FRAMED,
    '/embed.html/x': NOT_FRAMED,
    '/assets/x.js': NOT_FRAMED,
    '/sw.js': NOT_FRAMED,
    '/embed.js': NOT_FRAMED,
    '/favicon.svg': NOT_FRAMED,
  };
  // dist/_headers, which hosts read: the start page's rules gain two hashes at build time.
  const built = addHashesToHeaders(headers, ['/', '/index.html'], {
    scriptHash: `'sha256-${'a'.repeat(43)}='`,
    styleHash: `'sha256-${'b'.repeat(43)}='`,
  });
  const framing = (served: Map<string, string>) => {
    const csp = served.get('content-security-policy') ?? '';
    return {
      policies: csp.split(',').length,
      frameAncestors: /(?:^|;)\s*frame-ancestors ([^;,]*)/.exec(csp)?.[1]?.trim(),
      xFrameOptions: served.get('x-frame-options'),
    };
  };
  describe.each([
    ['Cloudflare Pages', cloudflareHeaders],
    ['Netlify', netlifyHeaders],
  ] as const)('on %s', (_host, serve) => {
    it.each(Object.keys(expected))('%s ends with exactly one framing policy, the right one', (path) => {
      for (const file of [headers, built]) {
        const rules: HeaderRule[] = parseHeaderRules(file);
        expect(framing(serve(rules, path)), path).toEqual({ policies: 1, ...expected[path] });
      }
    });
  });
});
