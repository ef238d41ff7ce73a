// The check page's and result's code and words, fetched once the person leaves the start page
// (src/ui/loadLaterSteps.ts), and fetched again when the network comes back or on "Try again".
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Guidance, Questionnaire } from '../content/types';
import { createLaterSteps } from './loadLaterSteps';

export function useGuidance(
  loadGuidance: (locale: string) => Promise<Guidance>,
  content: Questionnaire | null,
  /** Whether the screen shown needs them now (anything after the start page). */
  wanted: boolean,
  /** "Try again" by reloading the page; without it, fetched again in this document. */
  onRetry: (() => Promise<boolean>) | undefined,
) {
  const later = useMemo(() => createLaterSteps(loadGuidance), [loadGuidance]);
  const locale = content?.locale ?? '';
  const state = useSyncExternalStore(
    later.subscribe,
    () => later.get(locale),
    () => null,
  );
  useEffect(() => {
    if (wanted) later.request(locale);
  }, [wanted, later, locale]);
  // The check page and result, once their code and guidance are here, with the full content.
  const loaded = useMemo(
    () => (content && state?.status === 'ready' ? { steps: state.steps, content: state.steps.joinContent(content, state.guidance) } : null),
    [content, state],
  );
  const failed = state?.status === 'failed';
  const fetchAgain = useCallback(() => (onRetry ? void onRetry() : later.request(locale)), [onRetry, later, locale]);
  // Hospital Wi-Fi comes back by itself: so does the page, without a tap.
  useEffect(() => {
    if (!failed) return;
    window.addEventListener('online', fetchAgain);
    return () => window.removeEventListener('online', fetchAgain);
  }, [failed, fetchAgain]);
  return {
    status: state?.status,
    loaded,
    failed,
    retry: fetchAgain,
    /** Starts fetching now (the start page's code field, before Start). */
    request: useCallback(() => later.request(locale), [later, locale]),
  };
}
