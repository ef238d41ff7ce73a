// The start page carries boot.js and its style sheet inline (ADR 0014); the policy allows exactly
// those two texts by hash. A hash that did not match would leave the page unstyled and dead.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { addHashesToHeaders, inlineScriptAndStyle } from '../../tasks/inlineStartPage';

const page = '<html><head><title>t</title><link rel="stylesheet" href="./assets/styles-a1.css"></head><body><p>x</p></body></html>';
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policyOf = (headers: string, path: string) => {
  const lines = headers.split('\n');
  const rule = lines.indexOf(path);
  return lines.slice(rule + 1).find((l) => /^\s+Content-Security-Policy:/.test(l))!;
};

it('puts the script, then the styles, where the style sheet link was, with the hash of each text', () => {
  const css = 'body{color:#000}.a::after{content:"$&"}';
  const asked: string[] = [];
  const {
    page: out,
    scriptHash,
    styleHash,
  } = inlineScriptAndStyle(page, 'go()', (href) => {
    asked.push(href);
    return css;
  });
  expect(asked).toEqual(['assets/styles-a1.css']);
  expect(out).toBe(`<html><head><title>t</title><script>go()</script><style>${css}</style></head><body><p>x</p></body></html>`);
  expect(scriptHash).toBe(sha('go()'));
  expect(styleHash).toBe(sha(css));
});

it('refuses what inline would break: no link or two, an early end tag, a url() that would resolve from the page', () => {
  expect(() => inlineScriptAndStyle(page.replace(/<link[^>]*>/, ''), 'go()', () => 'b{}')).toThrow(/one style sheet link/);
  expect(() => inlineScriptAndStyle(page.replace('</head>', '<link rel="stylesheet" href="b.css"></head>'), 'go()', () => 'b{}')).toThrow(
    /found 2/,
  );
  expect(() => inlineScriptAndStyle(page, 'a="</script>"', () => 'b{}')).toThrow(/<\/script/);
  expect(() => inlineScriptAndStyle(page, 'go()', () => 'b::after{content:"</style>"}')).toThrow(/<\/style/);
  expect(() => inlineScriptAndStyle(page, 'go()', () => 'b{background:url(bg.png)}')).toThrow(/url\(\)/);
  expect(() => inlineScriptAndStyle(page, 'go()', () => 'b{background:url("data:image/png;base64,AA")}')).not.toThrow();
});

it("adds the hashes to the standalone page's rules in the shipped _headers, and to no other page", () => {
  const shipped = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
  const built = addHashesToHeaders(shipped, ['/', '/index.html'], { scriptHash: "'sha256-S'", styleHash: "'sha256-T'" });
  for (const path of ['/', '/index.html']) {
    expect(policyOf(built, path)).toContain("script-src 'self' 'sha256-S';");
    expect(policyOf(built, path)).toContain("style-src 'self' 'sha256-T';");
  }
  for (const path of ['/planner.html', '/planner', '/embed.html', '/embed', '/404.html'])
    expect(policyOf(built, path)).toBe(policyOf(shipped, path));
  expect(built.split('\n').length).toBe(shipped.split('\n').length);
});

it('fails when a rule or a directive it must extend is missing', () => {
  const hashes = { scriptHash: "'sha256-S'", styleHash: "'sha256-T'" };
  expect(() => addHashesToHeaders("/x\n  Content-Security-Policy: default-src 'self'", ['/'], hashes)).toThrow(
    /no Content-Security-Policy for \//,
  );
  expect(() => addHashesToHeaders("/\n  Content-Security-Policy: default-src 'self'; style-src 'self'", ['/'], hashes)).toThrow(
    /no script-src/,
  );
  // A rule with no policy of its own must not borrow the next rule's.
  expect(() =>
    addHashesToHeaders(
      "/\n  X-Frame-Options: DENY\n/embed.html\n  Content-Security-Policy: script-src 'self'; style-src 'self'",
      ['/'],
      hashes,
    ),
  ).toThrow(/no Content-Security-Policy for \//);
});
