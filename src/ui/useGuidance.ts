// The check page's and result's code and words, as the machine holds them (it fetches them once
// the person leaves the start page), and how to fetch them again: when the network comes back,
// or on "Try again".
import { useCallback, useEffect, useMemo } from 'react';
import type { WizardContext } from '../machine/wizardMachine';
import type { WizardActor } from './actorContext';

/** The screens' code, loaded with the guidance (src/app/journey/startWizard.ts). */
export type GuidanceScreensModule = typeof import('./guidance/GuidanceScreens');

export function useGuidance(
  actor: WizardActor,
  guidance: WizardContext['guidance'],
  /** "Try again" by reloading the page; without it, fetched again in this document. */
  onRetry: (() => Promise<boolean>) | undefined,
) {
  const { status, loaded: held } = guidance;
  // The machine never looks inside what the app loaded for its screens; this is what it is.
  const loaded = useMemo(() => (held ? { steps: held.screens as GuidanceScreensModule, content: held.content } : null), [held]);
  const failed = status === 'failed';
  const retry = useCallback(() => (onRetry ? void onRetry() : actor.send({ type: 'RETRY' })), [onRetry, actor]);
  // Hospital Wi-Fi comes back by itself: so does the page, without a tap.
  useEffect(() => {
    if (!failed) return;
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [failed, retry]);
  return {
    status,
    loaded,
    failed,
    retry,
    /** Starts fetching now (the start page's code field, before Start). */
    request: useCallback(() => actor.send({ type: 'WANT_GUIDANCE' }), [actor]),
  };
}
