// The case bank (tests/fixtures/cases/README.md): family stories written and rated blind by
// professionals of different lenses, and the split made once, before any tuning. Read and
// checked here, so a broken file says which case and field is wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const bankDir = new URL('../../tests/fixtures/cases/', import.meta.url).pathname;

export const CHOICES = ['case-manager', 'care-manager', 'both:case-manager', 'both:care-manager'] as const;
export type Choice = (typeof CHOICES)[number];
const choice = z.enum(CHOICES);
const fact = z.enum(['yes', 'no', 'unknown']);

const caseSchema = z.strictObject({
  id: z.string().regex(/^c\d{3}$/),
  writer: z.string().min(1),
  writerCaseId: z.string().min(1),
  story: z.string().min(20),
  answers: z.string().min(1),
  /** Answers to questions added after the case was written, read from its story by raters who never saw the rule. */
  read: z.record(z.string(), z.string()).optional(),
});
const ratingSchema = z
  .strictObject({
    case: z.string(),
    rater: z.string().min(1),
    first: choice,
    accept: z.array(choice).min(1),
    confidence: z.enum(['clear', 'borderline']),
    why: z.string(),
    facts: z.strictObject({ soon: fact, pay: fact, plan_cm: fact }),
    relied: z.string(),
  })
  .refine((r) => r.accept.includes(r.first), { message: 'accept must include first' });
/**
 * Facts read from the stories by readers who saw only the stories (readings.json; ADR 0019), to
 * measure a question before writing it: would asking it help the guide agree with the raters?
 */
export const READ_FACTS = [
  'recent_home',
  'medicaid',
  'program_cm',
  'far_from_home',
  'memory',
  'dispute',
  'lives_alone',
  'caregiver_strain',
] as const;
const readingSchema = z.strictObject({
  case: z.string(),
  reader: z.string().min(1),
  facts: z.strictObject(Object.fromEntries(READ_FACTS.map((f) => [f, fact])) as Record<(typeof READ_FACTS)[number], typeof fact>),
});
/**
 * A family's own answers to the questionnaire, given by a reader who played the family and saw
 * only the story and the questions as the app shows them (family-answers.json; ADR 0020): the
 * answers in the vocabulary, and the questions the reader marked as a guess.
 */
const familyAnswerSchema = z.strictObject({
  case: z.string(),
  reader: z.string().min(1),
  answers: z.string().min(1),
  guessed: z.array(z.string()),
});
const splitSchema = z.strictObject({
  seed: z.number(),
  method: z.string(),
  method2: z.string(),
  method3: z.string(),
  method4: z.string(),
  method5: z.string(),
  parts: z.strictObject({
    tuning: z.array(z.string()),
    choosing: z.array(z.string()),
    heldout: z.array(z.string()),
    heldout2: z.array(z.string()),
    heldout3: z.array(z.string()),
    heldout4: z.array(z.string()),
    heldout5: z.array(z.string()),
  }),
});

export type Case = z.infer<typeof caseSchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type Reading = z.infer<typeof readingSchema>;
export type FamilyAnswer = z.infer<typeof familyAnswerSchema>;
/** A fact of the story: one the raters read (ratings.json `facts`) or one the fact readers read. */
export type Fact = keyof Rating['facts'] | (typeof READ_FACTS)[number];
export const FACTS: readonly Fact[] = ['soon', 'pay', 'plan_cm', ...READ_FACTS];
/** `heldout2`, `heldout3`, `heldout4`, `heldout5`: later batches by new writer lenses, each held out from birth (README, "Adding cases"). */
export const PARTS = ['tuning', 'choosing', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'] as const;
export type Part = (typeof PARTS)[number];
/**
 * Held-out parts not yet read: `--by writer` (which reads every other part) leaves them out. A new
 * batch goes here until its one reading; heldout3 was read once on 2026-12-07 (ADR 0018), heldout4 later that day (ADR 0019); heldout5 waits for the next change of rule.
 */
export const UNREAD_PARTS: readonly Part[] = ['heldout5'];

export interface Bank {
  cases: Case[];
  ratings: Map<string, Rating[]>;
  /** Each case's readings of the story facts in READ_FACTS. */
  readings: Map<string, Reading[]>;
  /** Each case's answers as readers playing the family gave them. */
  familyAnswers: Map<string, FamilyAnswer[]>;
  parts: Record<Part, string[]>;
}

function read<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The rows of `file` grouped by case, in file order. Each must name a case of the bank, and pass
 * `rule` (given the case and the case's rows before it), which returns what is wrong, if anything.
 */
function byCase<R extends { case: string }>(
  file: string,
  rows: readonly R[],
  byId: ReadonlyMap<string, Case>,
  rule: (r: R, c: Case, earlier: readonly R[]) => string | undefined = () => undefined,
): Map<string, R[]> {
  const grouped = new Map<string, R[]>();
  for (const r of rows) {
    const c = byId.get(r.case);
    if (!c) throw new Error(`${file}: case ${r.case} is not in cases.json`);
    const earlier = grouped.get(r.case) ?? [];
    const wrong = rule(r, c, earlier);
    if (wrong) throw new Error(`${file}: ${wrong}`);
    grouped.set(r.case, [...earlier, r]);
  }
  return grouped;
}

/** Loads the bank and checks it whole: every case rated by at least two raters who did not write it, every case in exactly one part. */
export function loadBank(dir = bankDir): Bank {
  const cases = read(dir, 'cases.json', z.array(caseSchema));
  const rows = read(dir, 'ratings.json', z.array(ratingSchema));
  const { parts } = read(dir, 'split.json', splitSchema);
  const readingRows = read(dir, 'readings.json', z.array(readingSchema));
  const familyRows = read(dir, 'family-answers.json', z.array(familyAnswerSchema));
  const byId = new Map(cases.map((c) => [c.id, c]));
  const ratings = byCase('ratings.json', rows, byId, (r, c) =>
    c.writer === r.rater ? `${r.case} is rated by its own writer's lens (${r.rater})` : undefined,
  );
  const seen = new Map<string, Part>();
  for (const part of PARTS)
    for (const id of parts[part]) {
      if (!byId.has(id)) throw new Error(`split.json: ${part} names ${id}, which is not in cases.json`);
      if (seen.has(id)) throw new Error(`split.json: ${id} is in both ${seen.get(id)} and ${part}`);
      seen.set(id, part);
    }
  for (const c of cases) {
    if ((ratings.get(c.id)?.length ?? 0) < 2) throw new Error(`ratings.json: ${c.id} has fewer than two ratings`);
    if (!seen.has(c.id)) throw new Error(`split.json: ${c.id} is in no part`);
  }
  const readings = byCase('readings.json', readingRows, byId);
  const familyAnswers = byCase('family-answers.json', familyRows, byId, (r, _c, earlier) =>
    earlier.some((o) => o.reader === r.reader) ? `${r.case} is answered twice by ${r.reader}` : undefined,
  );
  return { cases, ratings, readings, familyAnswers, parts };
}

/** What each reader of case `id`'s story read for `fact`: the raters for their three facts, the fact readers for theirs. */
export function factReadings(bank: Bank, id: string, fact: Fact): ('yes' | 'no' | 'unknown')[] {
  if (fact === 'soon' || fact === 'pay' || fact === 'plan_cm') return (bank.ratings.get(id) ?? []).map((r) => r.facts[fact]);
  return (bank.readings.get(id) ?? []).map((r) => r.facts[fact]);
}
