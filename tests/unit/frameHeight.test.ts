import { describe, expect, it } from 'vitest';
import { coarseHeight } from '../../src/app/frameHeight';

describe('coarseHeight: the height an embedded check page or result asks its host for', () => {
  it('is never less than the content, and at most a quarter more', () => {
    for (let h = 1; h < 20000; h += 7) {
      expect(coarseHeight(h)).toBeGreaterThanOrEqual(h);
      if (h > 256) expect(coarseHeight(h)).toBeLessThanOrEqual(Math.ceil(h * 1.25) + 1);
    }
  });

  it('puts heights that vary by less than half (a check page, whatever the answers) on at most three rungs', () => {
    for (let low = 300; low < 5000; low += 13) {
      const rungs = new Set([low, low * 1.2, low * 1.4, low * 1.56].map((h) => coarseHeight(Math.round(h))));
      expect(rungs.size).toBeLessThanOrEqual(3);
    }
  });
});
