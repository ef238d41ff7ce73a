// A family's own answers (`npm run content:agreement -- --family`, ADR 0020) on a bank small
// enough to count by hand: families against the writer question by question, and the guide
// deciding on a family's answers instead of the writer's.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Bank, bankDir, type Choice, type FamilyAnswer, loadBank, type Rating } from '../../scripts/agreement/bank';
import { answerAgreement, familyAnswers, familyFigures } from '../../scripts/agreement/family';
import { guideChoice } from '../../scripts/agreement/guide';
import { loadContent } from '../../src/content/loadFromFiles';

const content = loadContent(3, 'en');
const rating = (c: string, rater: string, first: Choice): Rating => ({
  case: c,
  rater,
  first,
  accept: [first],
  confidence: 'clear',
  why: '',
  facts: { soon: 'unknown', pay: 'unknown', plan_cm: 'unknown' },
  relied: '',
});

// The writer: in the hospital, facility staff is fine: a case manager. Both raters agree.
const writer = 'now=hospital&next=home&travel=none&needs=coordination,recovery&works_for=facility&family=nearby';
// The first family gives the writer's answers; the second wants someone who works for the family,
// can pay, and ticks medicines too, which turns the guide to a care manager.
const same: FamilyAnswer = { case: 'c001', reader: 'f1', answers: writer, guessed: [] };
const other: FamilyAnswer = {
  case: 'c001',
  reader: 'f2',
  answers: 'now=hospital&next=home&travel=none&needs=coordination,recovery,medications&works_for=family&pay=yes&family=nearby',
  guessed: ['pay', 'needs'],
};
const bank: Bank = {
  cases: [{ id: 'c001', writer: 'w', writerCaseId: 'w-1', story: 'A story long enough to pass.', answers: writer }],
  ratings: new Map([['c001', [rating('c001', 'a', 'case-manager'), rating('c001', 'b', 'case-manager')]]]),
  readings: new Map(),
  familyAnswers: new Map([['c001', [same, other]]]),
  parts: { tuning: ['c001'], choosing: [], heldout: [], heldout2: [], heldout3: [], heldout4: [], heldout5: [] },
};

describe('a family’s own answers beside the writer’s', () => {
  const rows = new Map(answerAgreement(content, bank, ['c001']).map((r) => [r.question, r]));

  it('counts, question by question, families giving the writer’s answer and agreeing with each other', () => {
    expect(rows.get('now')).toMatchObject({ withWriter: { agree: 2, of: 2 }, betweenFamilies: { agree: 1, of: 1 } });
    expect(rows.get('works_for')).toMatchObject({ withWriter: { agree: 1, of: 2 }, betweenFamilies: { agree: 0, of: 1 } });
    // The several-answer question as a whole, and each of its options ticked or not.
    expect(rows.get('needs')).toMatchObject({ withWriter: { agree: 1, of: 2 }, betweenFamilies: { agree: 0, of: 1 } });
    expect(rows.get('needs:medications')).toMatchObject({ withWriter: { agree: 1, of: 2 } });
    expect(rows.get('needs:recovery')).toMatchObject({ withWriter: { agree: 2, of: 2 } });
  });

  it('counts a question asked of one side only as a difference, and one asked of neither not at all', () => {
    // `pay` is asked after works_for=family: the second family answered it, the writer was not asked.
    expect(rows.get('pay')).toMatchObject({ withWriter: { agree: 0, of: 1 }, betweenFamilies: { agree: 0, of: 1 } });
    expect(rows.get('escort')).toMatchObject({ withWriter: { agree: 0, of: 0 }, betweenFamilies: { agree: 0, of: 0 } });
  });

  it('counts the answers marked as a guess', () => {
    expect(rows.get('pay')!.guessed).toEqual({ agree: 1, of: 1 });
    expect(rows.get('needs')!.guessed).toEqual({ agree: 1, of: 2 });
    expect(rows.get('now')!.guessed).toEqual({ agree: 0, of: 2 });
  });
});

describe('the guide deciding on a family’s answers', () => {
  const f = familyFigures(content, bank, ['c001'], (c) => guideChoice(content, c));

  it('scores each family against the same ratings as the writer', () => {
    expect(f.writers.guide.first).toEqual({ agree: 2, of: 2 });
    expect(f.families.map((g) => g.guide.first)).toEqual([
      { agree: 2, of: 2 },
      { agree: 0, of: 2 },
    ]);
    expect(f.families[1]!.guide.chosen.has('case-manager')).toBe(false);
    expect(f.allFamilies).toEqual({ first: { agree: 2, of: 4 }, acceptedByAll: { agree: 1, of: 2 } });
  });

  it('counts how often the choice on a family’s answers is the choice on the writer’s', () => {
    expect(f.sameAsWriter).toEqual({ agree: 1, of: 2 });
    expect(f.sameBetweenFamilies).toEqual({ agree: 0, of: 1 });
  });

  it('leaves out a story only one family answered', () => {
    const one = { ...bank, familyAnswers: new Map([['c001', [same]]]) };
    expect(familyFigures(content, one, ['c001'], (c) => guideChoice(content, c)).writers.cases).toBe(0);
  });

  it('fails, naming the story and the reader, on answers the content cannot read', () => {
    expect(() => familyAnswers(content, { ...other, answers: 'now=hospital&next=home' })).toThrow(
      /family-answers.json: c001 by f2 does not fit content v3 \(.*family missing/,
    );
  });
});

describe('family-answers.json in the bank', () => {
  const planted = (rows: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'cpw-family-'));
    cpSync(bankDir, dir, { recursive: true });
    writeFileSync(join(dir, 'family-answers.json'), JSON.stringify(rows));
    return dir;
  };

  it('every family answer on file fits the content, and every answered story has two families', () => {
    const bank = loadBank();
    for (const list of bank.familyAnswers.values()) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      for (const row of list) expect(() => familyAnswers(content, row)).not.toThrow();
    }
  });

  it('fails on a family answer for a story the bank does not have, or a reader who answered one story twice', () => {
    expect(() => loadBank(planted([{ ...same, case: 'c999' }]))).toThrow(/family-answers.json: case c999 is not in cases.json/);
    expect(() => loadBank(planted([same, { ...same, answers: other.answers }]))).toThrow(/c001 is answered twice by f1/);
  });
});
