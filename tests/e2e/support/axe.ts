import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now; throws a readable list of violations, if any. */
export async function expectNoAxeViolations(page: Page, screenName: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((violation) => {
    const targets = violation.nodes
      .map((node) => `      - ${node.target.map(String).join(' ')}`)
      .join('\n');
    return `  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    ${violation.helpUrl}\n${targets}`;
  });
  throw new Error(
    `axe: ${results.violations.length} violation(s) on screen "${screenName}":\n${lines.join('\n')}`,
  );
}
