// What the embedding page may know, and nothing more: that the wizard is ready, that the step
// changed (no question, no count that depends on an answer), its height, and the outcome id.
import type { WizardActor } from '../ui/actorContext';
import { selectStep } from '../machine/selectors';
import { MESSAGE_PREFIX, type HostMessage } from '../embed/protocol';

export interface HostConnection {
  /** Called once the page is on screen: from then on the host follows the content's height. */
  onShown: (element: Element) => void;
  /** Called with the outcome id each time a result is shown. */
  onOutcome: (outcome: string) => void;
}

export function connectHost(actor: WizardActor, hostOrigin: string | null, win: Window = window): HostConnection {
  const post = (message: HostMessage) => {
    // Only to the page that embedded us: never '*', never without a known origin.
    if (hostOrigin && win.parent !== win) win.parent.postMessage(message, hostOrigin);
  };
  let step = selectStep(actor.getSnapshot());
  actor.subscribe((snapshot) => {
    const next = selectStep(snapshot);
    if (next === step) return;
    step = next;
    post({ type: `${MESSAGE_PREFIX}step` });
  });
  let lastHeight = 0;
  const onOutcome = (outcome: string) => post({ type: `${MESSAGE_PREFIX}complete`, outcome });
  const onShown = (element: Element) => {
    post({ type: `${MESSAGE_PREFIX}ready` });
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height !== lastHeight) {
        lastHeight = height;
        post({ type: `${MESSAGE_PREFIX}resize`, height });
      }
    });
    observer.observe(element);
  };
  return { onShown, onOutcome };
}
