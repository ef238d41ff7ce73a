// Printing in the engines whose drivers can print (Chromium over CDP, Firefox over BiDi;
// WebKitWebDriver has no print command). Firefox lays out print differently: it shrank the
// whole result to fit an unbroken link, and its 100vh made the planner's sheet a blank page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { OTHER_ENGINES, waitFor, type Tab } from './support/driver';
import { content, expectHeading, optionLabel, useEngine, withTab } from './support/engines';

// WebKitWebDriver has no print command; Chromium's printing runs in tests/e2e/print.test.ts.
const PRINTING = OTHER_ENGINES.filter((engine) => engine !== 'webkit');
const letter = { width: 1280, height: 900 };

/** Prints the tab to a Letter PDF and reads it back with poppler: the text of each page. */
async function printPages(tab: Tab): Promise<string[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'cpw-engines-print-')), `${tab.engine}.pdf`);
  writeFileSync(file, await tab.print!());
  const count = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) =>
    // NFKC: Firefox's PDF text has ligature glyphs ("ﬁ", "ﬂ") where the page has two letters.
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }).normalize('NFKC'),
  );
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Every printed page carries a real share of the result: none holds a stray line or two. */
function expectNoNearEmptyPage(pages: string[]) {
  for (const [i, page] of pages.entries()) {
    const lines = page.split('\n').filter((l) => l.trim()).length;
    expect(lines, `page ${i + 1} of ${pages.length} holds only ${lines} lines`).toBeGreaterThanOrEqual(10);
  }
}

async function openResult(tab: Tab, answers: string) {
  await tab.goto(`${inject('baseUrl')}#${answers}`);
  await tab.click('button', content.ui.question.continue);
  await tab.click('button', content.ui.check.confirm);
  await waitFor(tab, 'the result', (title: string) => document.body.innerText.includes(title), content.ui.result.nowTitle);
}

describe.each(PRINTING)('print in %s', (name) => {
  const engine = useEngine(name);

  it('the longest result: a first page that stands alone, at full size, and no near-empty page', () =>
    withTab(
      engine,
      async (tab) => {
        const answers =
          'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,recovery,costs,insurance,medications,visits,rights,emotional&works_for=unsure&pay=yes&family=far';
        await openResult(tab, answers);
        const heading = flat(await tab.evaluate(() => document.querySelector('h1')!.textContent!));
        const pages = await printPages(tab);
        expect(pages.length).toBeLessThanOrEqual(3);
        expectNoNearEmptyPage(pages);
        const first = flat(pages[0]!);
        expect(first).toContain(heading);
        expect(first).toContain(content.ui.result.nowTitle);
        expect(first).toContain(content.ui.result.askTitle);
        expect(first).toContain(content.ui.result.reopen);
        expect(first.replace(/ /g, '')).toContain(`#v=${content.version}&${answers}`);
        // The link breaks only after "&" or ","; a link left whole makes Firefox shrink the page.
        const lines = pages[0]!.split('\n').map((l) => l.trim());
        const start = lines.findIndex((l) => l.includes('#v='));
        const linkLines = [lines[start]!.slice(lines[start]!.indexOf('http')).replace(/\s.*$/, '')];
        for (let i = start + 1; !linkLines.join('').endsWith('shared=1'); i++) linkLines.push(lines[i]!.replace(/\s.*$/, ''));
        expect(linkLines.length, linkLines.join(' | ')).toBeGreaterThan(1);
        for (const line of linkLines.slice(0, -1)) expect(line, linkLines.join(' | ')).toMatch(/[&,]$/);
      },
      letter,
    ));

  it("a short result: the handoff on page 1, the reasons and the family's answers on page 2", () =>
    withTab(
      engine,
      async (tab) => {
        await openResult(tab, 'now=home&next=home&travel=none&needs=visits&works_for=family&pay=yes&family=far');
        const pages = await printPages(tab);
        expect(pages).toHaveLength(2);
        expectNoNearEmptyPage(pages);
        expect(flat(pages[0]!)).toContain(content.ui.result.reopen);
        expect(flat(pages[1]!)).toContain(content.ui.result.answersTitle);
        expect(flat(pages[1]!)).toContain(optionLabel('needs', 'visits'));
      },
      letter,
    ));

  it("the planner's handoff sheet prints on exactly one page", () =>
    withTab(
      engine,
      async (tab) => {
        await tab.goto(`${inject('baseUrl')}planner.html`);
        await expectHeading(tab, content.ui.planner.title);
        await tab.click('label', optionLabel('now', 'hospital'));
        const pages = await printPages(tab);
        expect(pages).toHaveLength(1);
        expect(flat(pages[0]!)).toContain(content.ui.planner.sheetTitle);
        expect(flat(pages[0]!).replace(/ /g, '')).toContain('now=hospital');
      },
      letter,
    ));
});
