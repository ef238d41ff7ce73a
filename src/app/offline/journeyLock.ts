// Which tabs of the guide are in the middle of a journey, so no tab moves another to a new deploy
// (ADR 12). A tab mid-journey holds a shared Web Lock; the lock goes with the tab when it is
// closed, reloaded or crashes, so it can never be left behind. A tab between journeys may
// activate a new worker only while nobody holds it. The lock says nothing about the answers.
import type { WizardActor } from '../../ui/actorContext';

const NAME = 'care-path-wizard:journey';

/** On the start step with no answers given: a journey not yet begun, or after "Start again". */
export function between(actor: WizardActor): boolean {
  const snapshot = actor.getSnapshot();
  return snapshot.matches('start') && Object.keys(snapshot.context.answers).length === 0;
}

/** Web Locks are in every engine we test; where they are missing, no tab can tell, so the page
 * never offers an update and the browser's own rule applies (all tabs closed). */
export const canTell = () => !!navigator.locks;

/** Holds the lock while this tab's journey is under way; `changed` runs when another tab's does. */
export function holdWhileUnderWay(actor: WizardActor, changed: () => void): void {
  if (!canTell()) return;
  // Tells the other tabs to look again (a lock taken or released fires no event of its own).
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(NAME) : null;
  if (channel) channel.onmessage = changed;
  let release: (() => void) | null = null;
  const check = () => {
    const underWay = !between(actor);
    if (underWay && !release) {
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      void navigator.locks.request(NAME, { mode: 'shared' }, () => held).then(() => channel?.postMessage(0));
      channel?.postMessage(0);
    } else if (!underWay && release) {
      release();
      release = null;
    }
  };
  actor.subscribe(check);
  check();
}

/** Whether another tab is mid-journey now. */
export async function othersUnderWay(): Promise<boolean> {
  const { held = [] } = await navigator.locks.query();
  return held.some((lock) => lock.name === NAME);
}

/** Runs `activate` only if no tab is mid-journey, holding the lock alone meanwhile so that no
 * journey can begin in another tab until the new worker has taken over (`activate` resolves). */
export function whileNoneUnderWay(activate: () => Promise<unknown>): Promise<boolean> {
  return navigator.locks.request(NAME, { mode: 'exclusive', ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await activate();
    return true;
  });
}
