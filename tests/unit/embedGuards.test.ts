// The two guards the embedded page puts between a host page and the family's saved answers
// (docs/adr/0010): one live frame owns the saved progress, and the site name shown is one the
// browser confirms.
import { describe, expect, it } from 'vitest';
import { claimProgress, type LockManagerLike } from '../../src/app/progressClaim';
import { verifiedHostName } from '../../src/app/verifiedHost';

/** The Web Locks behaviour claimProgress relies on: one holder per name, a queue, abort by signal. */
function fakeLocks(): LockManagerLike & { release: (name: string) => void } {
  const held = new Map<string, () => void>();
  const queue = new Map<string, (() => void)[]>();
  const grant = (name: string, callback: () => Promise<unknown>) => {
    held.set(name, () => undefined);
    void callback();
  };
  return {
    request(name, { signal }, callback) {
      return new Promise((_, reject) => {
        if (!held.has(name)) return grant(name, callback);
        const waiting = () => grant(name, callback);
        queue.set(name, [...(queue.get(name) ?? []), waiting]);
        signal.addEventListener('abort', () => {
          queue.set(
            name,
            (queue.get(name) ?? []).filter((w) => w !== waiting),
          );
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    },
    release(name) {
      held.delete(name);
      const [next, ...rest] = queue.get(name) ?? [];
      queue.set(name, rest);
      next?.();
    },
  };
}

describe('claimProgress: one live frame owns a placeholder’s saved progress', () => {
  it('the first frame owns it; a second frame of the same placeholder does not, and another placeholder does', async () => {
    const locks = fakeLocks();
    expect(await claimProgress('embed-0', locks, 50)).toBe(true);
    expect(await claimProgress('embed-0', locks, 50)).toBe(false);
    expect(await claimProgress('embed-1', locks, 50)).toBe(true);
  });

  it('a frame that reloads gets it back once the old document lets go within the wait', async () => {
    const locks = fakeLocks();
    await claimProgress('embed-0', locks, 50);
    const again = claimProgress('embed-0', locks, 1000);
    setTimeout(() => locks.release('embed-0'), 20);
    expect(await again).toBe(true);
  });

  it('without Web Locks the page behaves as before and owns it', async () => {
    expect(await claimProgress('embed-0', undefined)).toBe(true);
  });
});

describe('verifiedHostName: the site named to the family is the one framing the guide', () => {
  const claimed = 'https://www.sunrise.example';
  it('names the site when the engine’s own record agrees with the claim', () => {
    expect(verifiedHostName(claimed, [claimed], '')).toBe('www.sunrise.example');
    expect(verifiedHostName(claimed, undefined, `${claimed}/care/page.html?x=1`)).toBe('www.sunrise.example');
  });

  it('names nobody when a page claims to be another site', () => {
    // The review's proof: any page framing embed.html?origin=https%3A%2F%2Fwww.medicare.gov.
    expect(verifiedHostName('https://www.medicare.gov', ['https://evil.example'], '')).toBeNull();
    expect(verifiedHostName('https://www.medicare.gov', undefined, 'https://evil.example/')).toBeNull();
    // Firefox with the referrer withheld: nothing to confirm it by.
    expect(verifiedHostName('https://www.medicare.gov', undefined, '')).toBeNull();
    expect(verifiedHostName(null, [claimed], '')).toBeNull();
  });
});
