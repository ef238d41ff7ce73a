// One live frame at a time owns an embed's saved progress (docs/adr/0010). A host page can add
// a second, hidden iframe of the same placeholder; if that frame read the saved answers it
// could be made to show, by its height, whether a guessed answer matched them, and its writes
// would replace the family's progress. The Web Locks API gives the saved progress to one
// document at a time: a frame that cannot have it within `waitMs` runs a journey of its own in
// memory, which reads and writes nothing of the family's.

/** The part of `navigator.locks` this needs: Safari 15.4+, Firefox 96+, Chromium 69+. */
export interface LockManagerLike {
  request(name: string, options: { signal: AbortSignal }, callback: () => Promise<unknown>): Promise<unknown>;
}

/**
 * Resolves true once this document holds the lock named `name` (for as long as it lives), or
 * false after `waitMs` while another document holds it. It waits rather than giving up at
 * once because a frame that reloads may start before the document it replaces has let go.
 * Where the engine has no Web Locks, it resolves true: the page behaves as before this change
 * and the fragment rule in startWizard still keeps guesses from being compared.
 */
export function claimProgress(name: string, locks: LockManagerLike | undefined, waitMs = 1000): Promise<boolean> {
  if (!locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), waitMs);
    locks
      .request(name, { signal: abort.signal }, () => {
        clearTimeout(timer);
        resolve(true);
        // Held until the document goes away.
        return new Promise(() => {});
      })
      .catch(() => resolve(false));
  });
}
