import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import es from 'virtual:care-path-content/es';
import esGuidance from 'virtual:care-path-guidance/es';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createProgressStore } from '../../src/app/start/progressStore';
import { joinContent } from '../../src/content/split';
import { parseAnswerText } from '../../src/domain';
import { content, renderWizard } from './renderWizard';
import { optionLabel, questionTitle } from './support/words';

function openWith(fragment: string) {
  window.history.replaceState(null, '', `/${fragment}`);
  return renderWizard();
}

/** A care team's link first says who started this; Continue goes on to where it lands. */
async function continueFromWelcome(user = userEvent.setup(), ui = content.ui) {
  expect(await screen.findByRole('heading', { level: 1, name: ui.arrival.welcomeTitle })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: ui.question.continue }));
}

/** Complete answers a family gave on this device before a link or a new version arrives. */
const savedAtHome = {
  now: ['home'],
  next: ['home'],
  travel: ['none'],
  needs: ['visits'],
  works_for: ['family'],
  pay: ['yes'],
  family: ['far'],
};

beforeEach(() => window.sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('opening a prefilled link', () => {
  it('a complete link lands on check answers, marks the answers, and takes the fragment out of the address bar', async () => {
    openWith('#v=3&now=hospital&next=home&travel=none&needs=costs,rights&works_for=family&pay=yes&family=far');
    expect(await screen.findByText(content.ui.arrival.welcomeDone)).toBeInTheDocument();
    // What the guide is for, in one line, before anything is asked (issue 24).
    expect(screen.getByText(content.ui.arrival.welcomePurpose)).toBeInTheDocument();
    await continueFromWelcome();
    expect(await screen.findByRole('heading', { level: 1, name: content.ui.check.title })).toBeInTheDocument();
    expect(screen.getAllByText(content.ui.check.careTeamTag)).toHaveLength(7);
    expect(window.location.hash).toBe('');
    expect(createProgressStore(() => window.sessionStorage).load()?.answers.needs).toEqual(['costs', 'rights']);
  });

  it("names the care team's hospital or unit in the welcome when the link gives a plain name, and never other words", async () => {
    openWith('#v=3&now=hospital&unit=St.%20Anne%E2%80%99s%2C%204%20West');
    const unit = content.ui.arrival.welcomeTitleFrom.replace('{unit}', 'St. Anne’s, 4 West');
    expect(await screen.findByRole('heading', { level: 1, name: unit })).toBeInTheDocument();
    cleanup();
    window.sessionStorage.clear();
    openWith('#v=3&now=hospital&unit=Call%20555-0100%20now%3A%20care%20team%20says%20BOTH');
    expect(await screen.findByRole('heading', { level: 1, name: content.ui.arrival.welcomeTitle })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('555-0100');
  });

  it('a partial link lands on the first unanswered question, and answering confirms a marked one', async () => {
    const user = userEvent.setup();
    openWith('#now=hospital&travel=flight');
    // Every screen the family will see: next, travel (the care team's, to check), escort, needs,
    // works_for, pay and family. It said 5 before, then asked them to check travel too (issue 24).
    expect(await screen.findByText(content.ui.arrival.welcomeLeft.replace('{count}', '7'))).toBeInTheDocument();
    await continueFromWelcome(user);
    expect(screen.getByRole('heading', { level: 1, name: questionTitle('next') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: content.ui.question.back }));
    expect(screen.getByLabelText(optionLabel('now', 'hospital'))).toBeChecked();
    expect(screen.getByText(content.ui.prefill.careTeam)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: content.ui.question.continue }));
    await user.click(screen.getByLabelText(optionLabel('next', 'home')));
    await user.click(screen.getByRole('button', { name: content.ui.question.continue }));
    expect(screen.getByRole('heading', { level: 1, name: questionTitle('travel') })).toBeInTheDocument();
    expect(screen.getByText(content.ui.prefill.careTeam)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: content.ui.question.back }));
    await user.click(screen.getByRole('button', { name: content.ui.question.back }));
    expect(screen.queryByText(content.ui.prefill.careTeam)).not.toBeInTheDocument();
  });

  it('bad values: one notice naming each question, every good answer kept, the bad ones asked', async () => {
    openWith('#v=3&now=moon&next=home&needs=visits,magic&colour=blue&travel=none,flight&family=%E0%A4%A');
    await continueFromWelcome();
    const notice = screen.getByRole('region', { name: content.ui.prefill.noticeTitle });
    const items = within(notice)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        `“moon” is not one of the answers to “${questionTitle('now')}”.`,
        `“magic” is not one of the answers to “${questionTitle('needs')}”.`,
        'The link mentions “colour”, which this guide does not ask about.',
        `“${questionTitle('travel')}” takes one answer, but the link gave more than one.`,
        content.ui.prefill.problems.badEncoding,
      ]),
    );
    expect(screen.getByRole('heading', { level: 1, name: questionTitle('now') })).toBeInTheDocument();
  });

  // A security review: the link's own words ended up in the notice, and a right-to-left
  // override showed a value reversed.
  it.each([
    ['English', content, 'The link mentions an unknown item, which this guide does not ask about.'],
    ['Spanish', joinContent(es, esGuidance), 'El enlace menciona un elemento desconocido, algo que esta guía no pregunta.'],
  ])('in %s, a notice never shows a sentence or a control character the link brought', async (_language, shown, unknownItem) => {
    window.history.replaceState(null, '', '/#v=3&Call%20555-0100%20now%3A%20care%20team%20says%20BOTH=1&now=%E2%80%AEemoh&next=home');
    renderWizard({ content: shown });
    await continueFromWelcome(userEvent.setup(), shown.ui);
    const notice = screen.getByRole('region', { name: shown.ui.prefill.noticeTitle });
    const text = notice.textContent ?? '';
    expect(text).not.toMatch(/555|care team|says both/i);
    expect(text).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(text).not.toContain('\u202e');
    expect(within(notice).getByText(unknownItem)).toBeInTheDocument();
  });

  it('a link for an unknown version says so and keeps what still fits', async () => {
    openWith('#v=99&now=home&next=home');
    await continueFromWelcome();
    expect(screen.getByText(content.ui.prefill.problems.unknownVersion)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: questionTitle('travel') })).toBeInTheDocument();
  });

  it('a link opened while the wizard is showing merges its answers and lands again', async () => {
    const { actor } = openWith('');
    window.location.hash = '#now=home&next=home&travel=none&needs=visits&works_for=family&pay=yes&family=none';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(actor.getSnapshot().value).toBe('welcome');
    await continueFromWelcome();
    expect(actor.getSnapshot().value).toBe('check');
    expect(await screen.findByRole('heading', { level: 1, name: content.ui.check.title })).toBeInTheDocument();
  });

  it('a link that would change saved answers asks first, and keeping them changes nothing', async () => {
    const user = userEvent.setup();
    const store = createProgressStore(() => window.sessionStorage);
    const mine = savedAtHome;
    store.save({ version: content.version, answers: mine, step: 'result', prefilled: {} });
    const { actor } = openWith('#now=hospital&next=facility');
    expect(await screen.findByRole('heading', { level: 1, name: content.ui.arrival.conflictTitle })).toBeInTheDocument();
    expect(actor.getSnapshot().context.answers).toEqual(mine);
    await user.click(screen.getByRole('button', { name: content.ui.arrival.keepMine }));
    expect(actor.getSnapshot().value).toBe('result');
    expect(actor.getSnapshot().context.answers).toEqual(mine);
    expect(actor.getSnapshot().context.prefilled).toEqual({});
  });

  it('a page that sets the location over given answers cannot replace them silently', async () => {
    const user = userEvent.setup();
    const { actor } = openWith('#now=home&next=home&travel=none&needs=visits&works_for=family&pay=yes&family=far&shared=1');
    await screen.findByRole('heading', { level: 1 });
    window.location.hash = '#now=hospital&needs=rights';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('heading', { level: 1, name: content.ui.arrival.conflictTitle })).toBeInTheDocument();
    expect(actor.getSnapshot().context.answers.now).toEqual(['home']);
    await user.click(screen.getByRole('button', { name: content.ui.arrival.useLink }));
    expect(actor.getSnapshot().context.answers).toMatchObject({ now: ['hospital'], needs: ['rights'], next: ['home'] });
    expect(actor.getSnapshot().context.prefilled).toMatchObject({ now: 'care-team', needs: 'care-team' });
  });
});

describe('a link a family shared', () => {
  it('opens on the result, marked as shared, never as from the care team', async () => {
    const user = userEvent.setup();
    openWith('#v=3&now=home&next=home&travel=none&needs=medications,visits&works_for=family&pay=yes&family=far&shared=1');
    expect(await screen.findByText(content.ui.share.sharedNote)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A care manager is the best fit');
    await user.click(screen.getAllByRole('button', { name: content.ui.result.changeAnswers })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: content.ui.check.title })).toBeInTheDocument();
    expect(screen.getAllByText(content.ui.check.sharedTag)).toHaveLength(7);
    expect(screen.queryByText(content.ui.check.careTeamTag)).toBeNull();
  });
});

describe('sharing a link to the answers', () => {
  it("uses the phone's share sheet where there is one", async () => {
    const user = userEvent.setup();
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    onTestFinished(() => {
      Reflect.deleteProperty(navigator, 'share');
    });
    openWith('#now=home&next=home&travel=none&needs=visits&works_for=family&pay=yes&family=far&shared=1');
    await user.click(await screen.findByRole('button', { name: content.ui.share.button }));
    expect(share).toHaveBeenCalledWith({ title: document.title, url: expect.stringMatching(/#v=3&now=home&.*&shared=1$/) });
  });

  it('copies a link that reopens the same answers', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    openWith('#now=hospital&next=home&travel=none&needs=costs&works_for=family&pay=yes&family=far');
    await continueFromWelcome(user);
    expect(await screen.findByText(content.ui.share.explain)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: content.ui.share.copyButton }));
    expect(screen.getByRole('status')).toHaveTextContent(content.ui.share.copied);
    const link = writeText.mock.calls[0]![0];
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/#v=3&/);
    expect(parseAnswerText(content, link)).toMatchObject({
      problems: [],
      sharedByFamily: true,
      answers: { now: ['hospital'], needs: ['costs'] },
    });
  });

  it('when the clipboard is blocked, shows the link selected in a field with an instruction', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('blocked', 'NotAllowedError'));
    openWith('#now=hospital&next=home&travel=none&needs=costs&works_for=family&pay=yes&family=far');
    await continueFromWelcome(user);
    await user.click(await screen.findByRole('button', { name: content.ui.share.copyButton }));
    expect(screen.getByRole('status')).toHaveTextContent(content.ui.share.failed);
    const field = screen.getByLabelText<HTMLInputElement>(content.ui.share.fieldLabel);
    await waitFor(() => expect(field).toHaveFocus());
    expect(field.value.slice(field.selectionStart!, field.selectionEnd!)).toBe(field.value);
  });
});

/** The wizard on the version after the shipped one, with every migration, as a deploy brings it. */
async function openNextVersion(store = createProgressStore(() => window.sessionStorage), { fromLink = false } = {}) {
  const { contentNext, migrationToNext, shippedMigrations } = await import('../fixtures/contentNext');
  const { startWizard } = await import('../../src/app/journey/startWizard');
  const { WizardActorContext } = await import('../../src/ui/actorContext');
  const { Wizard } = await import('../../src/ui/Wizard');
  const { splitContent } = await import('../../src/content/split');
  const { content: next } = contentNext();
  const { actor, dispose } = startWizard(next, store, {
    migrations: [...shippedMigrations(), migrationToNext],
    loadGuidance: async () => splitContent(next).guidance,
  });
  render(
    <WizardActorContext.Provider value={actor}>
      <Wizard />
    </WizardActorContext.Provider>,
  );
  onTestFinished(dispose);
  if (fromLink) await continueFromWelcome();
  expect(await screen.findByRole('heading', { level: 1, name: next.ui.check.title })).toBeInTheDocument();
  return { next, actor };
}

describe('an old link after the content changed', () => {
  it('opens under the new version and tells the family the guidance changed', async () => {
    const { shippedVersion } = await import('../fixtures/contentNext');
    window.history.replaceState(
      null,
      '',
      `/#v=${shippedVersion}&now=home&next=home&travel=none&needs=visits&works_for=family&pay=yes&family=far`,
    );
    const { next, actor } = await openNextVersion(undefined, { fromLink: true });
    expect(screen.getByRole('heading', { name: next.ui.prefill.migratedTitle })).toBeInTheDocument();
    expect(actor.getSnapshot().context.answers.employer).toEqual(['independent']);
  });

  it('progress saved in the tab under the older version migrates like a link, and says so', async () => {
    const { shippedVersion } = await import('../fixtures/contentNext');
    const store = createProgressStore(() => window.sessionStorage);
    const answers = savedAtHome;
    store.save({ version: shippedVersion, answers, step: 'check', prefilled: {} });
    const { next, actor } = await openNextVersion(store);
    expect(screen.getByRole('heading', { name: next.ui.prefill.migratedTitle })).toBeInTheDocument();
    expect(actor.getSnapshot().context.answers).toMatchObject({ now: ['home'], employer: ['independent'] });
    expect(screen.queryByText(next.ui.check.careTeamTag)).toBeNull();
    expect(store.load()?.version).toBe(next.version);
  });
});
