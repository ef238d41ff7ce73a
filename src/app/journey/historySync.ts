// Browser Back and Forward move between steps. Steps live in history.state, never in the URL:
// the fragment is reserved for answers (prefilled links) and the path stays the same, so
// nothing about a step reaches a server. See docs/adr/0002-url-and-history.md.
import type { WizardActor } from '../../ui/actorContext';
import { selectStep } from '../../machine/selectors';
import { isStepId } from '../../machine/steps';

const STATE_KEY = 'carePathStep';

export function syncHistory(actor: WizardActor, win: Window = window): () => void {
  const history = win.history;
  let shown = selectStep(actor.getSnapshot());
  let restoring = false;
  const entry = (step: string) => ({ ...(history.state ?? {}), [STATE_KEY]: step });
  history.replaceState(entry(shown), '');

  const subscription = actor.subscribe((snapshot) => {
    const step = selectStep(snapshot);
    if (step === shown) return;
    shown = step;
    if (!restoring && step !== 'unusable') history.pushState({ [STATE_KEY]: step }, '');
  });

  const onPopState = (event: PopStateEvent) => {
    const wanted: unknown = event.state?.[STATE_KEY];
    if (!isStepId(wanted)) return;
    restoring = true;
    actor.send({ type: 'VISIT', step: wanted });
    restoring = false;
    // A step that can no longer be shown (its answers changed) leaves the entry pointing
    // at where the person really is, so the next Back behaves.
    const now = selectStep(actor.getSnapshot());
    if (now !== wanted) history.replaceState(entry(now), '');
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    subscription.unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
