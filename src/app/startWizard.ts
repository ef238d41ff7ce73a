// Composition root shared by every page: content, the machine, saved progress and history.
import { createActor } from 'xstate';
import type { Content } from '../content/types';
import { selectStep } from '../machine/selectors';
import { wizardMachine } from '../machine/wizardMachine';
import type { WizardActor } from '../ui/actorContext';
import { syncHistory } from './historySync';
import type { Migration } from '../content/migrate';
import { migratorFor, takeLinkFromLocation } from './linkIntake';
import type { ProgressStore } from './progressStore';

export interface RunningWizard {
  actor: WizardActor;
  /** Stops listening to the page (history, fragment changes) and stops the machine. */
  dispose: () => void;
}

export function startWizard(
  content: Content | null,
  store: ProgressStore,
  win: Window = window,
  migrations: readonly Migration[] = [],
): RunningWizard {
  const options = content ? { migrate: migratorFor(migrations, content.version) } : {};
  const saved = content ? store.load() : null;
  const usable = saved && content && saved.version === content.version ? saved : null;
  const prefill = content ? takeLinkFromLocation(content, win, options) : null;
  const actor = createActor(wizardMachine, {
    input: {
      content,
      answers: usable?.answers,
      step: prefill ? undefined : usable?.step,
      prefill: prefill ?? undefined,
      prefilled: usable?.prefilled,
      prefillSource: usable?.prefillSource,
    },
  });
  actor.subscribe((snapshot) => {
    const step = selectStep(snapshot);
    const { answers, prefilled, prefillSource } = snapshot.context;
    if (step === 'unusable' || !content) return;
    if (step === 'start' && Object.keys(answers).length === 0) store.clear();
    else store.save({ version: content.version, answers, step, prefilled, prefillSource, lang: snapshot.context.content?.locale });
  });
  actor.start();
  const stopHistory = syncHistory(actor, win);
  // A link opened in a tab that already shows the wizard arrives as a fragment change.
  const onHashChange = () => {
    if (!content) return;
    const next = takeLinkFromLocation(actor.getSnapshot().context.content ?? content, win, options);
    if (next) actor.send({ type: 'PREFILL', prefill: next });
  };
  win.addEventListener('hashchange', onHashChange);
  return {
    actor,
    dispose: () => {
      win.removeEventListener('hashchange', onHashChange);
      stopHistory();
      actor.stop();
    },
  };
}
