// The result prints as a one-page handoff; Chromium prints it to PDF and poppler reads it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from './support/browser';
import { content, optionLabel } from './support/wizardPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The longest results: every kind of help chosen, both roles, a flight with its extras.
const cases = [
  'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,recovery,costs,insurance,medications,visits,rights,emotional&works_for=unsure&family=far',
  'now=home&next=mixed&travel=regular&needs=coordination,recovery,costs,insurance,medications,visits,rights,emotional&works_for=family&family=none',
];

it.each(cases)('prints %s on one page with everything a handoff needs', async (answers) => {
  const page = await newPage(browser, { width: 1280, height: 900 });
  await page.goto(`${inject('baseUrl')}#${answers}`);
  await page.getByRole('button', { name: content.ui.check.confirm }).click();
  const heading = await page.locator('h1').innerText();
  const pdf = await page.pdf({ format: 'Letter' });
  const file = join(mkdtempSync(join(tmpdir(), 'cpw-print-')), 'result.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+1$/m);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(heading.replace(/\s+/g, ' '));
  expect(text).toContain(content.ui.result.becauseTitle);
  expect(text).toContain('You said');
  expect(text).toContain(content.ui.result.nextStepsTitle);
  expect(text).toContain(optionLabel('family', answers.includes('family=far') ? 'far' : 'none'));
  expect(text).toMatch(/Printed on \w+ \d{1,2}, \d{4}\./);
  expect(text).toContain(`Content version ${content.version}, last reviewed ${content.reviewed}.`);
  expect(text).toContain(content.ui.result.reopen);
  expect(text.replace(/ /g, '')).toContain(`#v=${content.version}&${answers}`);
  expect(text).toContain('not medical');
  // Nothing to press on paper.
  expect(text).not.toContain(content.ui.result.changeAnswers);
  expect(text).not.toContain(content.ui.share.button);
  await page.context().close();
});
