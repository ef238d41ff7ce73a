// Embedded, the host page writes the frame's address (docs/adr/0010): a link there may start a
// fresh journey, but never meets the family's saved answers. The standalone page keeps asking
// "Use the answers in this link?" (tests/dom/links.test.tsx).
import { cleanup, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { loadGuidance } from '../../src/app/start/loadLocale';
import { createProgressStore } from '../../src/app/start/progressStore';
import { startWizard } from '../../src/app/journey/startWizard';
import { WizardActorContext } from '../../src/ui/actorContext';
import { Wizard } from '../../src/ui/Wizard';
import { content } from './renderWizard';

const saved = 'now=home&next=home&travel=none&needs=visits&works_for=family&pay=yes&family=far';
const store = () => createProgressStore(() => window.sessionStorage, 'embed-0');

function openEmbedded(fragment: string) {
  window.history.replaceState(null, '', `/embed.html${fragment}`);
  const { actor, dispose } = startWizard(content, store(), { history: false, linksOnlyWhenFresh: true, loadGuidance });
  onTestFinished(dispose);
  render(
    <WizardActorContext.Provider value={actor}>
      <Wizard embed={{ hostName: null, contact: null }} />
    </WizardActorContext.Provider>,
  );
  return actor;
}

beforeEach(() => {
  window.sessionStorage.clear();
  const answers = Object.fromEntries(saved.split('&').map((p) => [p.split('=')[0]!, p.split('=')[1]!.split(',')]));
  store().save({ version: content.version, answers, step: 'result', prefilled: {} });
});

describe('a link in the embedded page’s address', () => {
  it('never meets saved answers: matching or not, the family stays on its result and nothing is replaced', async () => {
    for (const guess of ['#v=3&now=hospital', '#v=3&now=home', `#v=3&${saved}`]) {
      const actor = openEmbedded(guess);
      expect(actor.getSnapshot().value).toBe('result');
      expect(screen.queryByRole('heading', { name: content.ui.arrival.conflictTitle })).not.toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: content.ui.arrival.welcomeTitle })).not.toBeInTheDocument();
      expect(window.location.hash).toBe('');
      expect(store().load()?.answers.now).toEqual(['home']);
      cleanup();
    }
  });

  it('a fragment the host sets later is ignored', async () => {
    const actor = openEmbedded('');
    window.location.hash = '#v=3&now=hospital';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(actor.getSnapshot().value).toBe('result');
    expect(store().load()?.answers.now).toEqual(['home']);
  });

  it('starts a fresh journey as a care team’s link does', async () => {
    window.sessionStorage.clear();
    const actor = openEmbedded('#v=3&now=hospital');
    expect(actor.getSnapshot().value).toBe('welcome');
    // The welcome is drawn by a screen loaded on demand: slow on a busy machine.
    expect(
      await screen.findByRole('heading', { level: 1, name: content.ui.arrival.welcomeTitle }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
