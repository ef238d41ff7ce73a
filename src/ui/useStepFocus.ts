// Focus follows the step: keyboard and screen-reader users start at the top of what changed.
import { useEffect, useRef, type RefObject } from 'react';

export function useStepFocus(
  mainRef: RefObject<HTMLElement | null>,
  step: string,
  /** The later part's loading status: when it arrives or fails, its placeholder loses focus. */
  laterStatus: string | undefined,
  /** In an agency's frame: headings are focused without scrolling the host page (ADR 10). */
  embedded: boolean,
  /** The page was reloaded by "Try again": focus goes to the step that arrives. */
  retried: boolean,
) {
  const firstRender = useRef(true);
  const focusIsOurs = useRef(retried);
  // In a frame, focusing a heading would scroll the host page to it: one scroll per question,
  // which a host could count (ADR 10). There headings are focused in place, and embed.js moves
  // the host page only on a new section.
  const inPlace = embedded ? { preventScroll: true } : undefined;
  const heading = () => mainRef.current?.querySelector<HTMLElement>('[data-step-heading]');

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves each time the step changes
  useEffect(() => {
    // The first screen of a visit keeps the browser's own focus; every later step moves it.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading()?.focus(inPlace);
    focusIsOurs.current = true;
  }, [step]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs each time the late part arrives or fails
  useEffect(() => {
    // When the page that was loading arrives (or fails), the placeholder or Try again button
    // that had focus is gone: focus goes on to the new heading. On a visit's first screen the
    // browser keeps its focus, as above, unless the person pressed Try again.
    const dropped = !document.activeElement || document.activeElement === document.body;
    if (dropped && focusIsOurs.current) heading()?.focus(inPlace);
  }, [laterStatus]);

  /** The person pressed something whose answer replaces the focused element: focus is ours to move. */
  return () => {
    focusIsOurs.current = true;
  };
}
