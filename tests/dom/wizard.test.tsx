import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadGuidance } from '../../src/app/start/loadLocale';
import { createProgressStore } from '../../src/app/start/progressStore';
import { answersOf, journeys } from '../fixtures/journeys';
import { content, renderWizard } from './renderWizard';
import { optionLabel, questionTitle } from './support/words';

beforeEach(() => {
  window.sessionStorage.clear();
});

async function answerAll(user: ReturnType<typeof userEvent.setup>, answers: Record<string, string[]>) {
  for (;;) {
    const heading = screen.getByRole('heading', { level: 1 });
    const q = content.questions.find((x) => x.title === heading.textContent);
    if (!q || !answers[q.id]) return;
    for (const value of answers[q.id]!) await user.click(screen.getByLabelText(optionLabel(q.id, value)));
    await user.click(screen.getByRole('button', { name: content.ui.question.continue }));
  }
}

describe('the wizard in a page', () => {
  it('runs a whole journey with Back and Change, and explains the result', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const journey = journeys.find((j) => j.file === 'hospital-flight-home.json')!;
    renderWizard();
    expect(screen.getByRole('heading', { level: 1, name: content.ui.start.title })).toBeInTheDocument();
    expect(screen.getByText(/It is information to help you decide, not medical advice/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: content.ui.start.button }));

    expect(screen.getByRole('heading', { level: 1, name: questionTitle('now') })).toHaveFocus();
    expect(screen.getByText('Question 1 of 8')).toBeInTheDocument();
    // Follow-ups count from the start (the flight's, the one about paying): the total never goes up.
    await user.click(screen.getByLabelText(optionLabel('now', 'hospital')));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: questionTitle('now') })).toHaveFocus();
    expect(screen.getByLabelText(optionLabel('now', 'hospital'))).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await answerAll(user, answersOf(journey));
    expect(screen.getByRole('heading', { level: 1, name: content.ui.check.title })).toHaveFocus();
    const rows = screen.getAllByRole('term').map((t) => t.textContent);
    expect(rows).toEqual(journey.screens.map(questionTitle));

    await user.click(screen.getByRole('button', { name: `Change your answer to: ${questionTitle('family')}` }));
    expect(screen.getByLabelText(optionLabel('family', 'far'))).toBeChecked();
    await user.click(screen.getByLabelText(optionLabel('family', 'none')));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: content.ui.check.title })).toBeInTheDocument();
    expect(screen.getByText(optionLabel('family', 'none'))).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: content.ui.check.confirm }));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Both can help: first a case manager, then a care manager');
    expect(heading).toHaveFocus();
    // Action first: what to do now, with links a person can act on. Nobody is around to help, so
    // telling the team that plans the discharge comes before a directory.
    const steps = screen.getByRole('heading', { name: 'What to do now' }).nextElementSibling as HTMLElement;
    expect(within(steps).getByText(/^Nobody can help at home yet\? Tell the team planning the discharge now\./)).toBeInTheDocument();
    expect(within(steps).getByRole('link', { name: 'aginglifecare.org' })).toHaveAttribute('href', 'https://www.aginglifecare.org/');
    const other = screen.getByRole('heading', { name: content.ui.result.otherHelpTitle }).nextElementSibling as HTMLElement;
    expect(within(other).getByRole('link', { name: '1-800-677-1116' })).toHaveAttribute('href', 'tel:+18006771116');
    // Reasons grouped by role, each led by the answer in the person's words, no "You said".
    expect(screen.getByRole('heading', { name: 'Why a case manager' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Why a care manager' })).toBeInTheDocument();
    expect(screen.getByText(/The hospital's case management team plans what happens when the person leaves\./)).toBeInTheDocument();
    expect(screen.queryByText(/You said/)).toBeNull();
    expect(screen.getByText('Ask about a medical escort', { selector: 'summary' })).toBeInTheDocument();
    // Longer things are one click away: the questions to ask, each role, the answers.
    await user.click(screen.getByText('What a care manager does'));
    expect(screen.getByText(/Usually works with people in their homes or while they travel/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Questions to ask when you call' })).toBeInTheDocument();
    expect(screen.getByText(/^Content version \d+, last reviewed [A-Z][a-z]+ \d{1,2}, \d{4}\.$/)).toBeInTheDocument();
  });

  it('shows an error summary linked to the field when Continue is pressed with nothing chosen', async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Error: /);
    await user.click(within(summary).getByRole('link', { name: content.ui.question.requiredSingle }));
    expect(screen.getByLabelText(optionLabel('now', 'hospital'))).toHaveFocus();
    const group = screen.getByRole('group');
    expect(group).toHaveAccessibleDescription(expect.stringContaining(content.ui.question.requiredSingle));
    await user.click(screen.getByLabelText(optionLabel('now', 'home')));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('checkboxes for the question that takes several answers', async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answerAll(user, { now: ['home'], next: ['home'], travel: ['none'] });
    expect(screen.getByRole('heading', { level: 1, name: questionTitle('needs') })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(8);
    await user.click(screen.getByLabelText(optionLabel('needs', 'costs')));
    await user.click(screen.getByLabelText(optionLabel('needs', 'rights')));
    await user.click(screen.getByLabelText(optionLabel('needs', 'costs')));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText(optionLabel('needs', 'rights'))).toBeChecked();
    expect(screen.getByLabelText(optionLabel('needs', 'costs'))).not.toBeChecked();
  });

  it('start again asks first, then clears the answers and stored progress', async () => {
    const user = userEvent.setup();
    const store = createProgressStore(() => window.sessionStorage);
    renderWizard({ store });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answerAll(user, { now: ['home'] });
    expect(store.load()?.answers).toEqual({ now: ['home'] });
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: content.ui.restart.no }));
    expect(screen.getByRole('heading', { level: 1, name: questionTitle('next') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByText(content.ui.restart.confirm)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: content.ui.restart.yes }));
    expect(screen.getByRole('heading', { level: 1, name: content.ui.start.title })).toBeInTheDocument();
    expect(store.load()).toBeNull();
  });

  it('when the check page cannot load (network gone), says so, keeps every answer, and loads on Try again', async () => {
    const user = userEvent.setup();
    // Fetched when the questions begin, and again on arriving at the check page: both fail.
    const gone = new TypeError('Failed to fetch dynamically imported module');
    const flaky = vi.fn(loadGuidance).mockRejectedValueOnce(gone).mockRejectedValueOnce(gone);
    const { store } = renderWizard({ loadGuidance: flaky });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const journey = journeys.find((j) => j.file === 'hospital-flight-home.json')!;
    await answerAll(user, answersOf(journey));
    const failed = await screen.findByRole('heading', { level: 1, name: content.ui.later.failedTitle });
    expect(failed).toHaveFocus();
    expect(screen.getByText(content.ui.later.failedText)).toBeInTheDocument();
    expect(store.load()?.answers).toEqual(answersOf(journey));
    await user.click(screen.getByRole('button', { name: content.ui.later.retry }));
    expect(await screen.findByRole('heading', { level: 1, name: content.ui.check.title })).toHaveFocus();
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(journey.screens.map(questionTitle));
    expect(flaky).toHaveBeenCalledTimes(3);
  });

  it('picks up where the person left off after a reload', async () => {
    const user = userEvent.setup();
    const first = renderWizard();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answerAll(user, { now: ['facility'], next: ['mixed'] });
    first.unmount();
    renderWizard();
    expect(screen.getByRole('heading', { level: 1, name: questionTitle('travel') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText(optionLabel('next', 'mixed'))).toBeChecked();
  });

  it('keeps working in memory when session storage throws', async () => {
    const user = userEvent.setup();
    const store = createProgressStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    renderWizard({ store });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answerAll(user, { now: ['home'] });
    expect(store.load()?.answers).toEqual({ now: ['home'] });
  });

  it('browser Back returns to the previous step', async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answerAll(user, { now: ['home'] });
    window.history.back();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: questionTitle('now') })).toBeInTheDocument());
    expect(screen.getByLabelText(optionLabel('now', 'home'))).toBeChecked();
  });

  it('explains, without crashing, when content cannot be used', () => {
    renderWizard({ content: null });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/can't be shown/);
  });
});
