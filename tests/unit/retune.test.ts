// Re-tuning a version's points, judged leave one writer out (npm run content:agreement --
// --retune, ADR 0019): it finds a change every writer's raters agree on and scores the lens it
// left out with it; where the raters already agree with the content, it changes nothing.
import { describe, expect, it } from 'vitest';
import type { Bank, Case, Choice, Rating } from '../../scripts/agreement/bank';
import { measure } from '../../scripts/agreement/measure';
import { leaveOneWriterOutRetuned, RETUNE, retuned } from '../../scripts/agreement/retune';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';

const content = loadContent(latestVersion(), 'en');
// At a clinic, care at home, wanting visits: the care manager wins by one point.
const CLOSE = 'now=outpatient&next=home&travel=none&needs=visits&works_for=unsure&family=nearby';
// At home, family far, an independent professional wanted: the care manager by far.
const CLEAR = 'now=home&next=home&travel=none&needs=visits,medications&works_for=family&family=far';

/** Four writers, six stories each: `story(i)` gives its answers and the raters' first choice. */
function bankOf(story: (i: number) => { answers: string; first: Choice }): Bank {
  const cases: Case[] = [];
  const ratings = new Map<string, Rating[]>();
  for (let i = 0; i < 24; i++) {
    const id = `c${String(i + 1).padStart(3, '0')}`;
    const { answers, first } = story(i);
    cases.push({
      id,
      writer: `w${i % 4}`,
      writerCaseId: `w-${i}`,
      story: 'A story long enough to pass.',
      answers,
      read: { pay: 'unsure' },
    });
    const facts = { soon: 'unknown', pay: 'unknown', plan_cm: 'unknown' } as const;
    ratings.set(
      id,
      ['a', 'b', 'c'].map((rater) => ({ case: id, rater, first, accept: [first], confidence: 'clear', why: '', facts, relied: '' })),
    );
  }
  const ids = cases.map((c) => c.id);
  return {
    cases,
    ratings,
    readings: new Map(),
    familyAnswers: new Map(),
    parts: { tuning: ids, choosing: [], heldout: [], heldout2: [], heldout3: [], heldout4: [], heldout5: [] },
  };
}

describe('re-tuning the points, leave one writer out', () => {
  it('learns from three writers what the fourth writer’s raters also said, and scores the fourth with it', () => {
    // Every writer's raters send the close clinic case to a case manager; the content does not.
    const bank = bankOf((i) => (i % 2 ? { answers: CLOSE, first: 'case-manager' } : { answers: CLEAR, first: 'care-manager' }));
    const ids = bank.parts.tuning;
    const chosen = leaveOneWriterOutRetuned(bank, content, ids);
    expect(measure(bank, ids, (c) => chosen.get(c.id)!).guide.first).toEqual({ agree: 72, of: 72 });
    expect(retuned(bank, content, ids).changes.length).toBeGreaterThan(0);
  });

  it('changes nothing where the raters already agree with the content', () => {
    const bank = bankOf(() => ({ answers: CLEAR, first: 'care-manager' }));
    expect(retuned(bank, content, bank.parts.tuning).changes).toEqual([]);
    // And never takes a duty below the floor it is given.
    const floor = retuned(
      bankOf((i) => (i % 2 ? { answers: CLOSE, first: 'case-manager' } : { answers: CLEAR, first: 'care-manager' })),
      content,
      bankOf(() => ({ answers: CLEAR, first: 'care-manager' })).parts.tuning,
      { ...RETUNE, min: 1 },
    );
    expect(floor.changes.every((c) => c.to >= 1)).toBe(true);
  });
});
