// The agreement figures (npm run content:agreement) on a bank small enough to count by hand,
// and the bank's checks failing on planted errors.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Bank, bankDir, type Choice, loadBank, type Rating } from '../../scripts/agreement/bank';
import { majorityOf, measure } from '../../scripts/agreement/measure';

const rating = (
  c: string,
  rater: string,
  first: Choice,
  accept: Choice[] = [first],
  confidence: 'clear' | 'borderline' = 'clear',
): Rating => ({
  case: c,
  rater,
  first,
  accept,
  confidence,
  why: '',
  facts: { soon: 'unknown', pay: 'unknown', plan_cm: 'unknown' },
  relied: '',
});

const tiny: Bank = {
  cases: ['c001', 'c002'].map((id, i) => ({ id, writer: 'w', writerCaseId: `w-${i}`, story: 'A story long enough to pass.', answers: id })),
  ratings: new Map([
    ['c001', [rating('c001', 'a', 'case-manager'), rating('c001', 'b', 'case-manager', ['case-manager', 'both:case-manager'])]],
    [
      'c002',
      [
        rating('c002', 'a', 'care-manager', ['care-manager', 'case-manager']),
        rating('c002', 'b', 'case-manager', ['case-manager'], 'borderline'),
      ],
    ],
  ]),
  parts: { tuning: ['c001', 'c002'], choosing: [], heldout: [], heldout2: [], heldout3: [] },
};

describe('agreement figures', () => {
  it('counts rater pairs, the guide against each rating, and acceptance by every rater', () => {
    const f = measure(tiny, tiny.parts.tuning, () => 'case-manager');
    expect(f.raters.first).toEqual({ agree: 1, of: 2 });
    // c002: a accepts b's case-manager, b does not accept a's care-manager.
    expect(f.raters.mutual).toEqual({ agree: 1, of: 2 });
    expect(f.guide.first).toEqual({ agree: 3, of: 4 });
    expect(f.guide.acceptedByAll).toEqual({ agree: 2, of: 2 });
    expect(f.guide.perRater.get('a')).toEqual({ agree: 1, of: 2 });
    expect(f.guide.byConfidence.get('borderline')).toEqual({ agree: 1, of: 1 });
    // c002 has no majority: the guide's choice is not "the majority's", so it is listed.
    expect([...f.misses.keys()]).toEqual(['case-manager → split']);
  });

  it('a guide that says both where nobody accepts it is missed and not accepted', () => {
    const f = measure(tiny, ['c001'], () => 'both:care-manager');
    expect(f.guide.first.agree).toBe(0);
    expect(f.guide.acceptedByAll).toEqual({ agree: 0, of: 1 });
    expect(f.misses.get('both:care-manager → case-manager')?.map((m) => m.id)).toEqual(['c001']);
  });

  it('the majority needs two raters who agree', () => {
    expect(majorityOf([rating('x', 'a', 'care-manager'), rating('x', 'b', 'care-manager'), rating('x', 'c', 'case-manager')])).toBe(
      'care-manager',
    );
    expect(majorityOf([rating('x', 'a', 'care-manager'), rating('x', 'b', 'case-manager')])).toBe('split');
  });
});

describe('the case bank', () => {
  it('loads whole: 370 cases, each rated at least twice by other lenses than its writer’s, each in one part', () => {
    // 210 in the first batch, 80 in the second (heldout2) and 80 in the third (heldout3).
    const bank = loadBank();
    expect(bank.cases).toHaveLength(370);
    expect(Object.values(bank.parts).reduce((n, ids) => n + ids.length, 0)).toBe(370);
  });

  /** A copy of the bank with one file changed by `plant`. */
  const planted = (file: string, plant: (data: unknown) => unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'cpw-bank-'));
    cpSync(bankDir, dir, { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(plant(JSON.parse(readFileSync(join(dir, file), 'utf8')))));
    return dir;
  };
  const first = <T>(list: T[]) => list[0]!;

  it('fails, naming the case, when a case is rated by its own writer’s lens', () => {
    const dir = planted('ratings.json', (rows) => {
      const list = rows as Rating[];
      const c = first(JSON.parse(readFileSync(join(bankDir, 'cases.json'), 'utf8')) as { id: string; writer: string }[]);
      return list.map((r) => (r.case === c.id ? { ...r, rater: c.writer } : r));
    });
    expect(() => loadBank(dir)).toThrow(/c001 is rated by its own writer's lens/);
  });

  it('fails when a case sits in two parts, or in none', () => {
    const split = JSON.parse(readFileSync(join(bankDir, 'split.json'), 'utf8')) as { parts: Record<string, string[]> };
    const moved = first(split.parts.tuning!);
    expect(() =>
      loadBank(planted('split.json', (s) => ({ ...(s as object), parts: { ...split.parts, heldout: [...split.parts.heldout!, moved] } }))),
    ).toThrow(new RegExp(`${moved} is in both tuning and heldout`));
    expect(() =>
      loadBank(planted('split.json', (s) => ({ ...(s as object), parts: { ...split.parts, tuning: split.parts.tuning!.slice(1) } }))),
    ).toThrow(new RegExp(`${moved} is in no part`));
  });

  it('fails when a rating’s first choice is not among those it accepts', () => {
    const dir = planted('ratings.json', (rows) =>
      (rows as Rating[]).map((r, i) => (i === 0 ? { ...r, accept: ['both:care-manager'] } : r)),
    );
    expect(() => loadBank(dir)).toThrow(/ratings.json: 0: accept must include first/);
  });
});
