import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { wizardMachine } from '../machine/wizardMachine';

export type WizardActor = ActorRefFrom<typeof wizardMachine>;

export const WizardActorContext = createContext<WizardActor | null>(null);

export function useWizardActor(): WizardActor {
  const actor = useContext(WizardActorContext);
  if (!actor) throw new Error('No WizardActorContext provider');
  return actor;
}

/**
 * The actor's latest snapshot, re-rendering on each change. React's own store hook does what
 * @xstate/react's useSelector did here, without its React 17 shim (ADR 0006).
 */
export function useWizardSnapshot(actor: WizardActor) {
  // A new subscribe function would make React unsubscribe and subscribe again on every render.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = actor.subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  return useSyncExternalStore(
    subscribe,
    () => actor.getSnapshot(),
    () => actor.getSnapshot(),
  );
}
