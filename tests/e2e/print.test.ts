// The result prints as a handoff whose first page stands alone; Chromium prints it to PDF and
// poppler reads it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import { test } from './support/fixture';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { answersSection, parseAnswerText } from '../../src/domain';
import { content as en, passWelcome } from './support/wizardPage';

const es = loadContent(latestVersion(), 'es');

// The longest results: every kind of help chosen, both roles, a flight with its extras; in both
// languages, since Spanish runs about a tenth longer.
const cases = [
  [
    'en',
    'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,recovery,costs,insurance,medications,visits,rights,emotional&works_for=unsure&pay=yes&family=far',
  ],
  [
    'es',
    'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,recovery,costs,insurance,medications,visits,rights,emotional&works_for=unsure&pay=yes&family=far',
  ],
  [
    'en',
    'now=home&next=mixed&travel=regular&needs=coordination,recovery,costs,insurance,medications,visits,rights,emotional&works_for=family&pay=yes&family=none',
  ],
  // One that just fills its first page: the last line's margin once spilled onto a blank second.
  ['en', 'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications,visits&works_for=family&pay=yes&family=far'],
  // Issue 21's: left to flow, it printed the version line alone on page 2 (en) and two lines (es).
  ['en', 'now=hospital&next=facility&travel=flight&escort=yes&needs=coordination&works_for=facility&family=nearby'],
  ['es', 'now=home&next=facility&travel=none&needs=costs,rights&works_for=unsure&pay=no&family=nearby'],
] as const;

const rowsOf = (content: typeof en, answers: string) => answersSection(content, parseAnswerText(content, answers).answers).rows;

/** A page a family would take for a misprint: fewer lines than this. */
const FEWEST_LINES = 10;

const pdfText = (file: string, page?: number, order: '-layout' | '-raw' = '-layout') =>
  execFileSync('pdftotext', [order, ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' });

test.for(cases)(
  "prints (%s) %s: page 1 stands on its own, page 2 holds the family's answers, no near-empty page",
  async ([lang, answers], { openPage }) => {
    const content = lang === 'es' ? es : en;
    const page = await openPage({ width: 1280, height: 900 });
    await page.goto(`${inject('baseUrl')}#${answers}${lang === 'es' ? '&lang=es' : ''}`);
    await passWelcome(page, content);
    await page.getByRole('button', { name: content.ui.check.confirm }).click();
    const heading = await page.locator('h1').innerText();
    await page.emulateMedia({ media: 'print' });
    const bodyPt = await page.evaluate(() => (parseFloat(getComputedStyle(document.querySelector('.now-steps li')!).fontSize) * 72) / 96);
    expect(bodyPt).toBeGreaterThanOrEqual(11);
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'Letter' });
    const file = join(mkdtempSync(join(tmpdir(), 'cpw-print-')), 'result.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(3);
    for (let n = 1; n <= pages; n++) {
      const lines = pdfText(file, n)
        .split('\n')
        .filter((l) => l.trim()).length;
      expect(lines, `page ${n} of ${pages} holds only ${lines} lines`).toBeGreaterThanOrEqual(FEWEST_LINES);
    }

    // The first page alone: outcome, what to do now with addresses, questions to ask, the way back.
    const first = pdfText(file, 1);
    const flat = first.replace(/\s+/g, ' ');
    expect(flat).toContain(heading.replace(/\s+/g, ' '));
    expect(flat).toContain(content.ui.result.nowTitle);
    expect(flat).toMatch(/aginglifecare\.org|1-800-677-1116|ecfr\.gov/);
    expect(flat).toContain(content.ui.result.askTitle);
    expect(flat, 'the reasons start page 2').not.toContain(
      `${content.ui.result.answersTitle} ${rowsOf(content, answers)[0]!.question.text}`,
    );
    if (lang === 'en') expect(flat).toMatch(/Printed on [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    expect(flat).toContain(content.ui.result.reopen);
    expect(flat.replace(/ /g, '')).toContain(`#v=${content.version}&${answers}`);
    // The printed link breaks only after "&" or ",", never inside a key or a value.
    const lines = first.split('\n').map((l) => l.trim());
    const start = lines.findIndex((l) => l.includes('#v='));
    const linkLines: string[] = [];
    for (let i = start, joined = ''; i < lines.length && !joined.endsWith('shared=1'); i++) {
      const piece = lines[i]!.slice(i === start ? lines[i]!.indexOf('http') : 0).replace(/\s.*$/, '');
      linkLines.push(piece);
      joined += piece;
    }
    for (const line of linkLines.slice(0, -1)) expect(line, linkLines.join(' | ')).toMatch(/[&,]$/);

    // Page 2 opens with what follows the handoff and holds every answer the family gave (read in
    // the order drawn: the answers sit in two columns).
    const rest = Array.from({ length: pages - 1 }, (_, i) => pdfText(file, i + 2, '-raw'))
      .join('\n')
      .replace(/\s+/g, ' ');
    expect(rest).toContain(content.ui.result.answersTitle);
    // The words are the page model's (what the screen's "Your answers" shows).
    const rows = rowsOf(content, answers);
    expect(rows.length).toBe(answers.split('&').length);
    for (const row of rows)
      for (const text of [row.question, ...row.answers].map((t) => t.text.replace(/\s+/g, ' ')))
        expect(rest, `page 2 restates "${text}"`).toContain(text);

    const all = pdfText(file).replace(/\s+/g, ' ');
    expect(all).toContain(lang === 'es' ? `Versión del contenido ${content.version}` : `Content version ${content.version}, last reviewed`);
    expect(all).toContain(content.ui.result.disclaimer ?? '');
    // Nothing to press on paper.
    expect(all).not.toContain(content.ui.result.changeAnswers);
    expect(all).not.toContain(content.ui.share.button);
  },
);
