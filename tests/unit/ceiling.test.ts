// The vocabulary's ceiling (npm run content:agreement -- --ceiling, ADR 0019): a model learned
// from the other writers' ratings finds a pattern in the answers that holds across writers, and
// does not find one the answers do not carry — unless a fact raters read is added as if asked.
import { describe, expect, it } from 'vitest';
import { type Bank, type Case, type Choice, READ_FACTS, type Rating, type Reading } from '../../scripts/agreement/bank';
import { FIT, leaveOneWriterOut } from '../../scripts/agreement/ceiling';
import { measure } from '../../scripts/agreement/measure';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';

const content = loadContent(latestVersion(), 'en');
const answers = (now: string) => `now=${now}&next=home&travel=none&needs=coordination&works_for=facility&family=nearby`;

/** Four writers with eight stories each; `story(i)` gives a story's answers, raters' first choice and `plan_cm` reading. */
function bankOf(story: (i: number) => { now: string; first: Choice; planCm: 'yes' | 'no' }): Bank {
  const cases: Case[] = [];
  const ratings = new Map<string, Rating[]>();
  const readings = new Map<string, Reading[]>();
  for (let i = 0; i < 32; i++) {
    const id = `c${String(i + 1).padStart(3, '0')}`;
    const { now, first, planCm } = story(i);
    cases.push({ id, writer: `w${i % 4}`, writerCaseId: `w-${i}`, story: 'A story long enough to pass.', answers: answers(now) });
    const rating = (rater: string): Rating => ({
      case: id,
      rater,
      first,
      accept: [first],
      confidence: 'clear',
      why: '',
      facts: { soon: 'unknown', pay: 'unknown', plan_cm: planCm },
      relied: '',
    });
    ratings.set(id, [rating('a'), rating('b'), rating('c')]);
    // A fact reader who saw only the story read the same fact as whether the person has Medicaid.
    const facts = Object.fromEntries(READ_FACTS.map((f) => [f, f === 'medicaid' ? planCm : 'unknown'])) as Reading['facts'];
    readings.set(id, [{ case: id, reader: 'r1', facts }]);
  }
  const ids = cases.map((c) => c.id);
  return {
    cases,
    ratings,
    readings,
    familyAnswers: new Map(),
    parts: { tuning: ids, choosing: [], heldout: [], heldout2: [], heldout3: [], heldout4: [], heldout5: [] },
  };
}
const firstChoice = (bank: Bank, options = FIT) => {
  const chosen = leaveOneWriterOut(bank, content, bank.parts.tuning, options);
  return measure(bank, bank.parts.tuning, (c) => chosen.get(c.id)!).guide.first;
};

describe('the ceiling: learned leave one writer out', () => {
  it('finds what every writer’s raters did with an answer, for a writer it never saw', () => {
    // Raters choose the case manager for people in a hospital, the care manager at home.
    const bank = bankOf((i) =>
      i % 2 ? { now: 'hospital', first: 'case-manager', planCm: 'no' } : { now: 'home', first: 'care-manager', planCm: 'no' },
    );
    expect(firstChoice(bank)).toEqual({ agree: 96, of: 96 });
  });

  it('cannot find what the answers do not carry, and finds it once the fact is read as an answer', () => {
    // Same answers everywhere; raters choose by whether a program's case manager is already there,
    // a fact of the story. Half the stories each way, in every writer's share.
    const bank = bankOf((i) =>
      i % 8 < 4 ? { now: 'home', first: 'case-manager', planCm: 'yes' } : { now: 'home', first: 'care-manager', planCm: 'no' },
    );
    expect(firstChoice(bank).agree).toBe(48);
    expect(firstChoice(bank, { ...FIT, facts: ['plan_cm'] })).toEqual({ agree: 96, of: 96 });
    // The same, read by a fact reader (readings.json) instead of the raters.
    expect(firstChoice(bank, { ...FIT, facts: ['medicaid'] })).toEqual({ agree: 96, of: 96 });
  });
});
