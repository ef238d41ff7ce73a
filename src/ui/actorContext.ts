import { createContext, useContext } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { wizardMachine } from '../machine/wizardMachine';

export type WizardActor = ActorRefFrom<typeof wizardMachine>;

export const WizardActorContext = createContext<WizardActor | null>(null);

export function useWizardActor(): WizardActor {
  const actor = useContext(WizardActorContext);
  if (!actor) throw new Error('useWizardActor needs a WizardActorContext provider');
  return actor;
}
