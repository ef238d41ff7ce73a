// Composition root shared by every page: content, the machine, saved progress and history.
import { createActor } from 'xstate';
import type { Content } from '../content/types';
import { selectStep } from '../machine/selectors';
import { wizardMachine } from '../machine/wizardMachine';
import type { WizardActor } from '../ui/actorContext';
import { syncHistory } from './historySync';
import type { ProgressStore } from './progressStore';

export function startWizard(content: Content | null, store: ProgressStore, win: Window = window): WizardActor {
  const saved = content ? store.load() : null;
  const usable = saved && content && saved.version === content.version ? saved : null;
  const actor = createActor(wizardMachine, {
    input: { content, answers: usable?.answers, step: usable?.step },
  });
  actor.subscribe((snapshot) => {
    const step = selectStep(snapshot);
    const { answers } = snapshot.context;
    if (step === 'unusable' || !content) return;
    if (step === 'start' && Object.keys(answers).length === 0) store.clear();
    else store.save({ version: content.version, answers, step });
  });
  actor.start();
  syncHistory(actor, win);
  return actor;
}
