// The start page carries its script and style sheet inline, so it paints as soon as the page
// itself arrives: on a slow link each file it waited for cost a round trip (400 ms on the
// bench's profile) before Start showed, and so before the bundle could start (ADR 0014).
// The policy stays strict: the standalone page's rules in `_headers` gain the SHA-256 of
// exactly these two texts, and nothing else inline can run.
import { createHash } from 'node:crypto';

export interface Inlined {
  page: string;
  scriptHash: string;
  styleHash: string;
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * `page` with its one `<link rel="stylesheet">` replaced by the sheet `readSheet` gives for its
 * `href`, and `script` just before it.
 */
export function inlineScriptAndStyle(page: string, script: string, readSheet: (href: string) => string): Inlined {
  const links = page.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  if (links.length !== 1) throw new Error(`inline: expected one style sheet link in dist/index.html, found ${links.length}`);
  const link = links[0]!;
  const href = /href="\.\/([^"]+\.css)"/.exec(link)?.[1];
  if (!href) throw new Error(`inline: the style sheet link has no ./…css href: ${link}`);
  const css = readSheet(href);
  // Either would end its element early; a url() would resolve against the page, not assets/.
  if (/<\/script/i.test(script)) throw new Error('inline: boot.js contains </script');
  if (/<\/style/i.test(css)) throw new Error('inline: the style sheet contains </style');
  if (/url\((?!\s*["']?data:)/i.test(css))
    throw new Error('inline: the style sheet has a url() that is not data:, which inline would resolve from the page');
  // A function, so `$` in either text is never read as a replacement pattern.
  return {
    page: page.replace(link, () => `<script>${script}</script><style>${css}</style>`),
    scriptHash: hashOf(script),
    styleHash: hashOf(css),
  };
}

/**
 * `_headers` with the two hashes added to script-src and style-src of the rules for `paths`.
 * Fails if a rule or a directive is missing: a page whose policy lacked them would show
 * unstyled and never start.
 */
export function addHashesToHeaders(headers: string, paths: readonly string[], { scriptHash, styleHash }: Omit<Inlined, 'page'>): string {
  const lines = headers.split('\n');
  for (const path of paths) {
    const rule = lines.findIndex((l) => l.trimEnd() === path);
    const csp = rule < 0 ? -1 : lines.findIndex((l, i) => i > rule && /^\s+Content-Security-Policy:/i.test(l));
    const next = rule < 0 ? -1 : lines.findIndex((l, i) => i > rule && /^\S/.test(l) && !l.startsWith('#'));
    if (csp < 0 || (next >= 0 && csp > next)) throw new Error(`inline: _headers has no Content-Security-Policy for ${path}`);
    let line = lines[csp]!;
    for (const [directive, hash] of [
      ['script-src', scriptHash],
      ['style-src', styleHash],
    ] as const) {
      const found = new RegExp(`(${directive} [^;]*)`).exec(line);
      if (!found) throw new Error(`inline: the policy for ${path} has no ${directive}`);
      line = line.replace(found[1]!, `${found[1]} ${hash}`);
    }
    lines[csp] = line;
  }
  return lines.join('\n');
}
