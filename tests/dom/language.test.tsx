import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import es from 'virtual:care-path-content/es';
import esGuidance from 'virtual:care-path-guidance/es';
import { locales } from 'virtual:care-path-locales';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { loadGuidance } from '../../src/app/start/loadLocale';
import { createProgressStore } from '../../src/app/start/progressStore';
import { joinContent } from '../../src/content/split';
import { parseAnswerText, recommend } from '../../src/domain';
import { startWizard } from '../../src/app/journey/startWizard';
import { chooseLocale, langInFragment } from '../../src/app/start/chooseLocale';
import { WizardActorContext } from '../../src/ui/actorContext';
import { Wizard } from '../../src/ui/Wizard';
import { content as en } from './renderWizard';

beforeEach(() => window.sessionStorage.clear());

const answersOf = (text: string) => parseAnswerText(en, text).answers;

function renderBilingual() {
  const { actor, dispose } = startWizard(
    en,
    createProgressStore(() => window.sessionStorage),
    { loadGuidance },
  );
  onTestFinished(dispose);
  const onLanguage = (code: string) => actor.send({ type: 'SET_CONTENT', content: code === 'es' ? es : en });
  render(
    <WizardActorContext.Provider value={actor}>
      <Wizard languages={locales} onLanguage={onLanguage} defaultLocale="en" />
    </WizardActorContext.Provider>,
  );
  return actor;
}

describe('language', () => {
  it('switches on any screen without losing answers or the step, and html lang follows', async () => {
    const user = userEvent.setup();
    renderBilingual();
    await user.click(screen.getByRole('button', { name: en.ui.start.button }));
    await user.click(screen.getByLabelText(en.questions[0]!.options[0]!.label));
    await user.click(screen.getByRole('button', { name: en.ui.question.continue }));
    const navigation = screen.getByRole('navigation', { name: en.ui.languageLabel });
    const spanish = screen.getByRole('button', { name: 'Español' });
    expect(navigation).toContainElement(spanish);
    expect(spanish).toHaveAttribute('lang', 'es');
    await user.click(spanish);
    expect(screen.getByRole('heading', { level: 1, name: es.questions[1]!.title })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
    await user.click(screen.getByRole('button', { name: es.ui.question.back }));
    expect(screen.getByLabelText(es.questions[0]!.options[0]!.label)).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: en.questions[0]!.title })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('recomputes the result in the new language', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#now=home&next=home&travel=none&needs=visits&works_for=family&pay=yes&family=far');
    renderBilingual();
    await user.click(await screen.findByRole('button', { name: en.ui.question.continue }));
    await user.click(await screen.findByRole('button', { name: en.ui.check.confirm }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      recommend(en, answersOf('now=home&next=home&travel=none&needs=visits&works_for=family&pay=yes&family=far')).headline.heading,
    );
    await user.click(screen.getByRole('button', { name: 'Español' }));
    const esContent = joinContent(es, esGuidance);
    const esHeading = recommend(esContent, answersOf('now=home&next=home&travel=none&needs=visits&works_for=family&pay=yes&family=far'))
      .headline.heading;
    expect(await screen.findByRole('heading', { level: 1, name: esHeading })).toBeInTheDocument();
  });

  it('picks the link language, then an earlier choice, then the browser languages, else the default', () => {
    const available = ['en', 'es'];
    expect(chooseLocale([langInFragment('#now=home&LANG=es'), 'en', 'en-US'], available, 'en')).toBe('es');
    expect(chooseLocale([null, undefined, 'es-MX', 'en'], available, 'en')).toBe('es');
    expect(chooseLocale([null, 'fr', 'de-DE'], available, 'en')).toBe('en');
    expect(langInFragment('#now=home')).toBeNull();
  });
});
