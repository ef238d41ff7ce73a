// What the CSP browser test serves and checks against: the built `_headers` (public/_headers
// with the start page's inline hashes added by the build), the policy the
// issue asks for, and extra pages (a canary that breaks the policy, pages that frame the wizard).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** What the issue asks every page to run under; the shipped headers may only add to it. */
export const REQUIRED: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'none'",
};

/** `_headers` as path → header name (lower case) → value. */
function readHeadersFile(): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of readFileSync(join(root, 'dist', '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    // `! Name` removes a header an earlier rule set (Cloudflare); it sets nothing.
    if (line.trim().startsWith('!')) continue;
    const colon = line.indexOf(':');
    current?.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

/** A hash source: it allows one inline script or style, byte for byte, and nothing else. */
export const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/** A directive's sources without its hash sources. */
export const withoutHashes = (sources: string | undefined) =>
  (sources ?? '')
    .split(' ')
    .filter((s) => s && !HASH_SOURCE.test(s))
    .join(' ');

export function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources.join(' ')]),
  );
}

export const headers = readHeadersFile();
export const policy = headers.get('/')?.get('content-security-policy') ?? '';
/** Each page gets its own rule's policy, as on a host that reads `_headers`; files get `/`'s. */
export const policyFor = (path: string) => headers.get(path)?.get('content-security-policy') ?? policy;

/**
 * A page that breaks the policy three times, to prove this file notices violations at all.
 * `data-ready` because the test page's `goto` waits for the app to mark itself started.
 */
export const CANARY_PATH = '/__csp-canary.html';
const CANARY = `<!doctype html><html lang="en" data-ready><head><title>canary</title>
<style>body { color: red }</style></head><body><p style="color: blue">canary</p>
<script>document.title = 'ran';</script></body></html>`;

/** A page of the same site that frames another: sized by attributes, as styles are not allowed. */
const framing = (src: string) => `<!doctype html><html lang="en" data-ready><head><title>host</title></head>
<body><iframe src="${src}" title="Care Path Wizard" width="390" height="800"></iframe></body></html>`;
export const EXTRA_PAGES: Record<string, string> = {
  [CANARY_PATH]: CANARY,
  // With an agency's accent and font, which the page applies through the CSSOM, never inline.
  '/__frames-embedded.html': framing('./embed.html?accent=%236a1b9a&font=serif'),
  '/__frames-standalone.html': framing('./'),
  '/__frames-unknown.html': framing('./no-such-page'),
};
