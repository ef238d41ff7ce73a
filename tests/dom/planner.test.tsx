// The planner page: a link built live from any subset of answers, the family's language, and
// the printed sheet.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { joinContent } from '../../src/content/split';
import { parseAnswerText } from '../../src/domain';
import { PlannerScreen } from '../../src/ui/planner/PlannerScreen';
import { content } from './renderWizard';
import { optionLabel, questionTitle } from './support/words';

const spanish = async () =>
  joinContent((await import('virtual:care-path-content/es')).default, (await import('virtual:care-path-guidance/es')).default);

describe('planner page', () => {
  const t = content.ui.planner;
  const renderPlanner = () => render(<PlannerScreen content={content} wizardUrl="https://care.example/" />);
  const link = () => screen.getByLabelText<HTMLInputElement>(t.linkLabel).value;

  it("sets the family's language: the link opens in it and the sheet prints in it", async () => {
    const user = userEvent.setup();
    const es = await spanish();
    const chosen: string[] = [];
    const languages = [
      { code: 'en', name: 'English' },
      { code: 'es', name: 'Español' },
    ];
    render(
      <PlannerScreen
        content={content}
        wizardUrl="https://care.example/"
        languages={languages}
        defaultLocale="en"
        familyContent={es}
        onFamilyLanguage={(c) => chosen.push(c)}
      />,
    );
    expect(link()).toBe('https://care.example/#v=3&lang=es');
    const sheet = document.querySelector('.print-sheet')!;
    expect(sheet).toHaveAttribute('lang', 'es');
    expect(sheet).toHaveTextContent(es.ui.planner.sheetTitle);
    expect(sheet).toHaveTextContent('https://care.example/#v=3&lang=es');
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(chosen).toEqual(['en']);
    expect(screen.getByRole('group', { name: t.familyLanguage })).toBeInTheDocument();
  });

  it('builds the link live from any subset of answers, showing the follow-up only after a flight', async () => {
    const user = userEvent.setup();
    renderPlanner();
    expect(link()).toBe('https://care.example/#v=3');
    expect(screen.queryByRole('group', { name: questionTitle('escort') })).not.toBeInTheDocument();
    const now = screen.getByRole('group', { name: questionTitle('now') });
    await user.click(within(now).getByLabelText(optionLabel('now', 'hospital')));
    const travel = screen.getByRole('group', { name: questionTitle('travel') });
    await user.click(within(travel).getByLabelText(optionLabel('travel', 'flight')));
    const escort = screen.getByRole('group', { name: questionTitle('escort') });
    await user.click(within(escort).getByLabelText(optionLabel('escort', 'yes')));
    const needs = screen.getByRole('group', { name: questionTitle('needs') });
    await user.click(within(needs).getByLabelText(optionLabel('needs', 'medications')));
    await user.click(within(needs).getByLabelText(optionLabel('needs', 'coordination')));
    expect(link()).toBe('https://care.example/#v=3&now=hospital&travel=flight&escort=yes&needs=coordination,medications');
    expect(parseAnswerText(content, link()).problems).toEqual([]);
    await user.click(within(travel).getByLabelText(t.leaveOpen));
    expect(link()).toBe('https://care.example/#v=3&now=hospital&needs=coordination,medications');
  });

  it('clears everything for the next patient and stores nothing', async () => {
    const user = userEvent.setup();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    renderPlanner();
    await user.click(within(screen.getByRole('group', { name: questionTitle('now') })).getByLabelText(optionLabel('now', 'home')));
    await user.click(screen.getByRole('button', { name: t.clear }));
    expect(link()).toBe('https://care.example/#v=3');
    expect(screen.getByText(t.cleared)).toBeInTheDocument();
    expect(setItem).not.toHaveBeenCalled();
  });

  it('prints a sheet with blank lines, the link as text and a QR code', () => {
    renderPlanner();
    const sheet = document.querySelector('.print-sheet')!;
    expect(sheet).toHaveTextContent(`${t.sheetPatient}:`);
    expect(sheet).toHaveTextContent(`${t.sheetPlanner}:`);
    expect(sheet).toHaveTextContent('https://care.example/#v=3');
    expect(sheet.querySelector('svg.qr path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it("prints what was filled in, in the family's language, and the two roles in three lines", async () => {
    const user = userEvent.setup();
    const es = await spanish();
    render(<PlannerScreen content={content} wizardUrl="https://care.example/" defaultLocale="en" familyLocale="es" familyContent={es} />);
    const sheet = document.querySelector<HTMLElement>('.print-sheet')!;
    // Nothing filled in: no list, but the roles are there.
    expect(sheet).not.toHaveTextContent(es.ui.planner.sheetAnswers);
    expect(sheet).toHaveTextContent(es.ui.planner.sheetRoles[0]!);
    await user.click(within(screen.getByRole('group', { name: questionTitle('now') })).getByLabelText(optionLabel('now', 'hospital')));
    const needs = screen.getByRole('group', { name: questionTitle('needs') });
    await user.click(within(needs).getByLabelText(optionLabel('needs', 'medications')));
    await user.click(within(needs).getByLabelText(optionLabel('needs', 'costs')));
    const esTitle = (q: string) => es.questions.find((x) => x.id === q)!.title;
    const esLabel = (q: string, o: string) => es.questions.find((x) => x.id === q)!.options.find((x) => x.id === o)!.label;
    // In the questions' own order, as the family will see them.
    const rows = [...sheet.querySelectorAll('dl div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]);
    expect(rows).toEqual([
      [esTitle('now'), esLabel('now', 'hospital')],
      [esTitle('needs'), `${esLabel('needs', 'costs')}; ${esLabel('needs', 'medications')}`],
    ]);
    expect(sheet.querySelectorAll('p').length).toBeGreaterThan(es.ui.planner.sheetRoles.length);
    for (const line of es.ui.planner.sheetRoles) expect(sheet).toHaveTextContent(line);
    expect(sheet).not.toHaveTextContent(questionTitle('now'));
  });
});
