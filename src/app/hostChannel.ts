// What the embedding page may know, and nothing more (README, "Events"): that the wizard is
// ready, when it moves to another section (start, questions, check, result), a height that
// does not depend on the answers (src/app/frameHeight.ts), and the outcome id. Nothing is sent
// from one question to the next: how many questions a family is asked depends on its answers.
import type { WizardActor } from '../ui/actorContext';
import { selectStep } from '../machine/selectors';
import { MESSAGE_PREFIX, type HostMessage } from '../embed/protocol';
import { coarseHeight, questionHeights } from './frameHeight';

export interface HostConnection {
  /** Called once the page is on screen: from then on the host is told heights (src/app/frameHeight.ts). */
  onShown: (element: Element) => void;
}

const sectionOf = (step: string) => (step.startsWith('question:') ? 'questions' : step);

export function connectHost(actor: WizardActor, hostOrigin: string | null, win: Window = window): HostConnection {
  const post = (message: HostMessage) => {
    // Only to the page that embedded us: never '*', never without a known origin.
    if (hostOrigin && win.parent !== win) win.parent.postMessage(message, hostOrigin);
  };
  const tallestQuestion = questionHeights(win);
  let root: HTMLElement | null = null;
  let lastHeight = 0;
  // Each new section gets one resize message, even at the height of the last: the check page
  // and result share a rung for some answers and not for others, and a missing message would
  // tell which.
  let fresh = true;
  const report = () => {
    // While a screen's code or words are still arriving, its placeholder's height says only how
    // fast they came, and varies from one load to the next: the host hears the screen's height.
    if (!root || root.querySelector('[data-loading]')) return;
    const natural = Math.ceil(root.getBoundingClientRect().height);
    const content = actor.getSnapshot().context.content;
    const question = content ? tallestQuestion(root, content) : 0;
    const height = natural <= question ? question : coarseHeight(natural);
    if (height === lastHeight && !fresh) return;
    lastHeight = height;
    fresh = false;
    post({ type: `${MESSAGE_PREFIX}resize`, height });
  };
  let section = sectionOf(selectStep(actor.getSnapshot()));
  // The outcome, once each time a result is shown (the machine scores it on arrival).
  let told: string | null = null;
  actor.subscribe((snapshot) => {
    const next = sectionOf(selectStep(snapshot));
    if (next !== section) {
      section = next;
      post({ type: `${MESSAGE_PREFIX}section` });
      fresh = true;
      // Once the new section is drawn (a tap's update renders at once).
      win.requestAnimationFrame(report);
    }
    const outcome = snapshot.matches('result') ? (snapshot.context.result?.outcome ?? null) : null;
    if (outcome && outcome !== told) post({ type: `${MESSAGE_PREFIX}complete`, outcome });
    told = outcome;
  });
  const onShown = (element: Element) => {
    post({ type: `${MESSAGE_PREFIX}ready` });
    root = element as HTMLElement;
    new ResizeObserver(report).observe(root);
  };
  return { onShown };
}
