// The care code end to end (issue 24): a planner fills in the answers, reads the code off the
// panel; a family types it on the start page (in lower case, with spaces) and lands on the care
// team's welcome in the code's language, then on check answers with every answer marked; a
// mistyped code says what is wrong; a version 2 code opens under the newest version and asks
// what that version added. axe on the field, open and with its error.
import { describe, expect, inject } from 'vitest';
import { codeLayoutsFromFiles, latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { encodeCareCode, formatCareCode } from '../../src/domain';
import { expectNoAxeViolations } from './support/axe';
import { test } from './support/fixture';
import { content, optionLabel, questionTitle } from './support/wizardPage';

const es = loadContent(latestVersion(), 'es');

describe('care code', () => {
  test('planner → typed code → welcome in Spanish → check answers, every answer marked', async ({ openPage }) => {
    const planner = await openPage({ width: 1280, height: 900 });
    await planner.goto(`${inject('baseUrl')}planner.html`);
    const pick = (q: string, o: string) =>
      planner
        .getByRole('group', { name: questionTitle(q) })
        .getByLabel(optionLabel(q, o), { exact: true })
        .check();
    await pick('now', 'hospital');
    await pick('next', 'home');
    await pick('travel', 'none');
    await pick('needs', 'coordination');
    await pick('works_for', 'family');
    await pick('pay', 'yes');
    await pick('family', 'far');
    await planner.getByLabel('Español', { exact: true }).check();
    const code = await planner.locator('.planner__code .care-code').innerText();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/);

    const page = await openPage({ width: 390, height: 844 });
    await page.goto(inject('baseUrl'));
    await page.getByText(content.ui.start.codeSummary).click();
    const field = page.getByLabel(content.ui.code.label);
    await field.waitFor();
    await expectNoAxeViolations(page, 'start page, code field open');

    // A mistyped character: caught, said in words, the field keeps what was typed.
    const wrong = code[4] === 'X' ? `${code.slice(0, 4)}Y${code.slice(5)}` : `${code.slice(0, 4)}X${code.slice(5)}`;
    await field.fill(wrong);
    await page.getByRole('button', { name: content.ui.code.button, exact: true }).click();
    await page.getByText(content.ui.code.check).waitFor();
    expect(await field.inputValue()).toBe(wrong);
    await expectNoAxeViolations(page, 'start page, code with an error');

    await field.fill(` ${code.toLowerCase().replace('-', ' ')} `);
    await page.getByRole('button', { name: content.ui.code.button, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: es.ui.arrival.welcomeTitle }).waitFor();
    expect(await page.getByText(es.ui.arrival.welcomeDone).count()).toBe(1);
    // Nothing of the answers stays in the address bar, as with a link.
    expect(new URL(page.url()).hash).toBe('');
    await page.getByRole('button', { name: es.ui.question.continue }).click();
    await page.getByRole('heading', { level: 1, name: es.ui.check.title }).waitFor();
    expect(await page.getByText(es.ui.check.careTeamTag).count()).toBe(7);
    expect(page.errors).toEqual([]);
  });

  test('a version 2 code opens under the newest version and asks what it added', async ({ openPage }) => {
    const v2 = codeLayoutsFromFiles().find((l) => l.version === 2)!;
    const code = formatCareCode(
      encodeCareCode(
        v2,
        { now: ['home'], next: ['home'], travel: ['none'], needs: ['visits'], works_for: ['family'], family: ['far'] },
        'en',
      ),
    );
    const page = await openPage({ width: 390, height: 844 });
    await page.goto(inject('baseUrl'));
    await page.getByText(content.ui.start.codeSummary).click();
    await page.getByLabel(content.ui.code.label).fill(code);
    await page.getByRole('button', { name: content.ui.code.button, exact: true }).click();
    // Version 3 added "can the family pay privately?": the welcome counts it, and it is asked.
    await page.getByText(content.ui.arrival.welcomeLeft.replace('{count}', '2')).waitFor();
    await page.getByRole('button', { name: content.ui.question.continue }).click();
    await page.getByRole('heading', { level: 1, name: questionTitle('pay') }).waitFor();
    expect(page.errors).toEqual([]);
  });
});
