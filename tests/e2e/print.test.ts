// The result prints as a handoff whose first page stands alone; Chromium prints it to PDF and
// poppler reads it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import { test } from './support/fixture';
import { content, passWelcome } from './support/wizardPage';

// The longest results: every kind of help chosen, both roles, a flight with its extras.
const cases = [
  'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,recovery,costs,insurance,medications,visits,rights,emotional&works_for=unsure&pay=yes&family=far',
  'now=home&next=mixed&travel=regular&needs=coordination,recovery,costs,insurance,medications,visits,rights,emotional&works_for=family&pay=yes&family=none',
  // One that just fills its first page: the last line's margin once spilled onto a blank second.
  'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications,visits&works_for=family&pay=yes&family=far',
];

const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' });

test.for(cases)('prints %s with a first page that stands on its own', async (answers, { openPage }) => {
  const page = await openPage({ width: 1280, height: 900 });
  await page.goto(`${inject('baseUrl')}#${answers}`);
  await passWelcome(page);
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
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  for (let n = 1; n <= pages; n++) expect(pdfText(file, n).trim(), `page ${n} is blank`).not.toBe('');

  // The first page alone: outcome, what to do now with addresses, questions to ask, the way back.
  const first = pdfText(file, 1);
  const flat = first.replace(/\s+/g, ' ');
  expect(flat).toContain(heading.replace(/\s+/g, ' '));
  expect(flat).toContain(content.ui.result.nowTitle);
  expect(flat).toMatch(/aginglifecare\.org|1-800-677-1116|ecfr\.gov/);
  expect(flat).toContain(content.ui.result.askTitle);
  expect(flat).toContain(content.questionsToAsk.find((q) => q.id === 'credentials')!.text);
  expect(flat).toMatch(/Printed on [A-Z][a-z]+ \d{1,2}, \d{4}\./);
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

  const all = pdfText(file).replace(/\s+/g, ' ');
  expect(all).toContain(`Content version ${content.version}, last reviewed`);
  expect(all).toContain('not medical');
  // Nothing to press on paper.
  expect(all).not.toContain(content.ui.result.changeAnswers);
  expect(all).not.toContain(content.ui.share.button);
});
