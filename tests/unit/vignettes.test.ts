// Vignettes written by a reviewer who saw only shared/design/domain.md and the source article,
// before the v2 rule existed: the outcome an expert would choose first. The goal is 90 %
// agreement on first choices; the published rows (V01–V03) must always agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { parseAnswerText, recommend } from '../../src/domain';

interface Vignette {
  id: string;
  answers: string;
  expected: string;
  order: string[];
  confidence: 'clear' | 'borderline';
  second?: string;
  why: string;
}

const vignettes: Vignette[] = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/vignettes.json'), 'utf8'));
const content = loadContent(latestVersion(), 'en');
const decide = (v: Vignette) => recommend(content, parseAnswerText(content, v.answers).answers);
const agrees = (v: Vignette) => {
  const r = decide(v);
  return r.outcome === v.expected && r.order.join() === v.order.join();
};

describe('clinical vignettes', () => {
  it('has at least 20 complete vignettes', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(20);
    for (const v of vignettes) expect(parseAnswerText(content, v.answers).problems).toEqual([]);
  });

  it("agrees with the expert's first choice, outcome and order, in at least 90 % of them", () => {
    const missed = vignettes.filter((v) => !agrees(v)).map((v) => `${v.id} expected ${v.expected} got ${decide(v).outcome}`);
    expect(missed.length / vignettes.length, missed.join('; ')).toBeLessThanOrEqual(0.1);
  });

  it.each(vignettes.filter((v) => v.confidence === 'clear'))('$id (clear) → $expected', (v) => {
    const r = decide(v);
    expect(r.outcome).toBe(v.expected);
    expect(r.order).toEqual(v.order);
  });
});
