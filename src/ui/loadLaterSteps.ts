// The check page and result need code and words a first visit does not (ADR 0006). They are
// fetched once the person leaves the start page, for everyone alike, so which file is fetched
// never depends on an answer. A failed fetch is forgotten, so "Try again" fetches afresh.
import type { Guidance } from '../content/types';

type Steps = typeof import('./later/LaterSteps');

export type LaterState = { status: 'loading' } | { status: 'ready'; steps: Steps; guidance: Guidance } | { status: 'failed' };

export interface LaterSteps {
  /** Starts fetching a language's part, unless it is loaded or on its way. */
  request(locale: string): void;
  get(locale: string): LaterState | null;
  subscribe(listener: () => void): () => void;
}

export function createLaterSteps(loadGuidance: (locale: string) => Promise<Guidance>): LaterSteps {
  const states = new Map<string, LaterState>();
  const listeners = new Set<() => void>();
  const set = (locale: string, state: LaterState) => {
    states.set(locale, state);
    for (const listener of listeners) listener();
  };
  return {
    request(locale) {
      const state = states.get(locale);
      if (state && state.status !== 'failed') return;
      set(locale, { status: 'loading' });
      Promise.all([import('./later/LaterSteps'), loadGuidance(locale)]).then(
        ([steps, guidance]) => set(locale, { status: 'ready', steps, guidance }),
        () => set(locale, { status: 'failed' }),
      );
    },
    get: (locale) => states.get(locale) ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
