import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The pinned axe-core is injected straight into the page: @axe-core/playwright opens a
// helper page on every call (~1.6 s each here) where this takes ~0.2 s.
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page as it is now; throws a readable list of violations, if any. */
export async function expectNoAxeViolations(page: Page | Frame, screenName: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  )) as AxeResults;
  throwOnViolations(results, screenName);
}

/** Throws a readable list of the violations in `results`, if any (shared with tests/engines). */
export function throwOnViolations(results: AxeResults, screenName: string): void {
  if (results.violations.length === 0) return;
  const lines = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => `      - ${node.target.map(String).join(' ')}`).join('\n');
    return `  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    ${violation.helpUrl}\n${targets}`;
  });
  throw new Error(`axe: ${results.violations.length} violation(s) on screen "${screenName}":\n${lines.join('\n')}`);
}
