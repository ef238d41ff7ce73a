// The agreement figures (npm run content:agreement) on a bank small enough to count by hand,
// and the bank's checks failing on planted errors.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Bank, bankDir, type Choice, loadBank, type Rating } from '../../scripts/agreement/bank';
import { helpsHurts, majorityOf, measure, measureBy } from '../../scripts/agreement/measure';
import { reportBy } from '../../scripts/agreement/report';

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
  readings: new Map(),
  familyAnswers: new Map(),
  parts: { tuning: ['c001', 'c002'], choosing: [], heldout: [], heldout2: [], heldout3: [], heldout4: [], heldout5: [] },
};

describe('agreement figures', () => {
  it('counts rater pairs, the guide against each rating, and acceptance by every rater', () => {
    const f = measure(tiny, tiny.parts.tuning, () => 'case-manager');
    expect(f.raters.first).toEqual({ agree: 1, of: 2 });
    // c002: a accepts b's case-manager, b does not accept a's care-manager.
    expect(f.raters.mutual).toEqual({ agree: 1, of: 2 });
    // Each rating's choice against every other rater of its case: c002's care-manager is the one b does not accept.
    expect(f.raters.acceptedByOthers).toEqual({ agree: 3, of: 4 });
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

describe('agreement by writer (--by writer)', () => {
  // Three cases by two writers: c001 and c002 by w1, c003 by w2.
  const bank: Bank = {
    cases: [
      ...tiny.cases.map((c) => ({ ...c, writer: 'w1' })),
      { id: 'c003', writer: 'w2', writerCaseId: 'w2-1', story: 'A story long enough to pass.', answers: 'c003' },
    ],
    ratings: new Map([...tiny.ratings, ['c003', [rating('c003', 'a', 'care-manager'), rating('c003', 'b', 'care-manager')]]]),
    readings: new Map(),
    familyAnswers: new Map(),
    parts: { tuning: ['c001', 'c002', 'c003'], choosing: [], heldout: [], heldout2: [], heldout3: [], heldout4: [], heldout5: [] },
  };
  const ids = bank.parts.tuning;

  it('measures each writer’s cases alone, in writer order, and the pooled total last', () => {
    const rows = measureBy(
      bank,
      ids,
      (c) => c.writer,
      () => 'case-manager',
    );
    expect(rows.map((r) => r.group)).toEqual(['w1', 'w2', 'all']);
    expect(rows[0]!.figures.guide.first).toEqual({ agree: 3, of: 4 });
    expect(rows[1]!.figures.guide.first).toEqual({ agree: 0, of: 2 });
    expect(rows[1]!.figures.guide.acceptedByAll).toEqual({ agree: 0, of: 1 });
    expect(rows[2]!.figures.guide.first).toEqual({ agree: 3, of: 6 });
    expect(rows[2]!.against).toBeUndefined();
  });

  it('against a second rule: counts the writer groups a change helps and hurts, and the largest loss', () => {
    // The change: care-manager for c002 and c003. On c002 w1 gains a's rating and loses b's (who does
    // not accept it); w2 gains two.
    const changed = (c: { id: string }) => (c.id === 'c001' ? 'case-manager' : 'care-manager');
    const rows = measureBy(
      bank,
      ids,
      (c) => c.writer,
      changed,
      () => 'case-manager',
    );
    expect(rows.map((r) => r.figures.guide.first.agree - r.against!.guide.first.agree)).toEqual([0, 2, 2]);
    expect(helpsHurts(rows)).toEqual({ helps: 1, hurts: 0, worst: 0 });
    const worse = measureBy(
      bank,
      ids,
      (c) => c.writer,
      () => 'both:care-manager',
      () => 'case-manager',
    );
    expect(helpsHurts(worse)).toEqual({ helps: 0, hurts: 1, worst: -3 });
  });

  it('prints one line per writer, the pooled line, and the count of groups helped and hurt', () => {
    const changed = (c: { id: string }) => (c.id === 'c001' ? 'case-manager' : 'care-manager');
    const text = reportBy(
      'writer',
      measureBy(
        bank,
        ids,
        (c) => c.writer,
        changed,
        () => 'case-manager',
      ),
      { version: 'v4', against: 'v3' },
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('== by writer: content v4 against v3');
    expect(lines[2]).toMatch(
      /^w1 +2 +50\.0 % +75\.0 % \(3 of 4\) +50\.0 % \(1 of 2\) +75\.0 % \(3 of 4\) +100\.0 % \(2 of 2\) +0 ratings, -1 accepted$/,
    );
    expect(lines[3]).toMatch(/^w2 +1 +100\.0 % +100\.0 % \(2 of 2\) .* \+2 ratings, \+1 accepted$/);
    expect(lines[4]).toMatch(/^all +3 /);
    expect(lines[5]).toBe('v4 beats v3 in 1 of 2 writer groups, loses in 0; the largest loss in one group: 0 ratings');
  });
});

describe('the case bank', () => {
  it('loads whole: 530 cases, each rated at least twice by other lenses than its writer’s, each in one part', () => {
    // 210 in the first batch, then 80 each in the second to fifth (heldout2 to heldout5).
    const bank = loadBank();
    expect(bank.cases).toHaveLength(530);
    expect(Object.values(bank.parts).reduce((n, ids) => n + ids.length, 0)).toBe(530);
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

  it('fails when a reading of story facts names a case the bank does not have, or a fact it does not know', () => {
    const readings = JSON.parse(readFileSync(join(bankDir, 'readings.json'), 'utf8')) as { case: string; facts: object }[];
    expect(() => loadBank(planted('readings.json', () => [{ ...readings[0], case: 'c999' }]))).toThrow(
      /readings.json: case c999 is not in cases.json/,
    );
    expect(() => loadBank(planted('readings.json', () => [{ ...readings[0], facts: { ...readings[0]!.facts, rich: 'yes' } }]))).toThrow(
      /readings.json: 0.facts/,
    );
  });

  it('fails when a rating’s first choice is not among those it accepts', () => {
    const dir = planted('ratings.json', (rows) =>
      (rows as Rating[]).map((r, i) => (i === 0 ? { ...r, accept: ['both:care-manager'] } : r)),
    );
    expect(() => loadBank(dir)).toThrow(/ratings.json: 0: accept must include first/);
  });
});
