// Walks every answer set a person could give (the space is small) through the domain's own
// routing and scoring, to find questions that are never asked and outcomes never given.
import type { ContentProblem } from '../../content/assemble.ts';
import type { Content, Question } from '../../content/types';
import { recommend, visibleQuestions } from '../../domain/index.ts';
import { shownTexts } from '../shownTexts.ts';

/**
 * The domain the checks walk: passed in, so a test can walk a planted fault; the scripts pass
 * the real one (`realDomain`). Tools sit above the domain and use its own types.
 */
export interface Domain {
  visibleQuestions: typeof visibleQuestions;
  recommend: typeof recommend;
  /** Every text a family reads for these answers (question screens, check page, result), with its content keys. */
  shownTexts?: typeof shownTexts;
}

export const realDomain: Required<Domain> = { visibleQuestions, recommend, shownTexts };

/** Above this many complete answer sets the walk stops and says so, rather than hang. */
export const MAX_ANSWER_SETS = 2_000_000;

export interface Walk {
  answerSets: number;
  /** How many answer sets give each outcome: "case-manager", or "both:a,b" for both in that order. */
  outcomes: Map<string, number>;
  shown: Set<string>;
  complete: boolean;
}

/** The outcomes a version promises: each role alone, and both in each order. */
export function expectedOutcomes(content: Content): string[] {
  const [a, b] = content.roles;
  return [a, b, `both:${a},${b}`, `both:${b},${a}`];
}

export const outcomeKey = (r: { outcome: string; order: readonly string[] }) =>
  r.outcome === 'both' ? `both:${r.order.join(',')}` : r.outcome;

function choices(q: Question): string[][] {
  const ids = q.options.map((o) => o.id);
  if (q.kind === 'single') return ids.map((id) => [id]);
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) subsets.push(ids.filter((_, i) => mask & (1 << i)));
  return subsets;
}

/**
 * Calls `each` with every complete answer set a person could give, depth-first over the
 * questions in order, skipping a question the domain would not show; `each` returns true to
 * stop. Returns the ids of the questions shown at least once, and whether the walk ended early.
 */
export function forEachAnswerSet(
  content: Content,
  domain: Pick<Domain, 'visibleQuestions'>,
  each: (answers: Record<string, string[]>) => boolean | undefined,
): { shown: Set<string>; stopped: boolean } {
  const options = content.questions.map(choices);
  const shown = new Set<string>();
  const visit = (i: number, answers: Record<string, string[]>): boolean => {
    if (i === content.questions.length) return each(answers) === true;
    const q = content.questions[i]!;
    if (!domain.visibleQuestions(content, answers).some((v) => v.id === q.id)) return visit(i + 1, answers);
    shown.add(q.id);
    for (const choice of options[i]!) {
      if (visit(i + 1, { ...answers, [q.id]: choice })) return true;
    }
    return false;
  };
  return { shown, stopped: visit(0, {}) };
}

/** Every answer set through `recommend`; `stopWhenSeen` ends early once all was reached. */
export function walkAnswerSets(content: Content, domain: Domain, stopWhenSeen?: readonly string[]): Walk {
  const walk: Walk = { answerSets: 0, outcomes: new Map(), shown: new Set(), complete: true };
  const done = () =>
    stopWhenSeen !== undefined && walk.shown.size === content.questions.length && stopWhenSeen.every((o) => walk.outcomes.has(o));
  const { shown } = forEachAnswerSet(content, domain, (answers) => {
    if (walk.answerSets >= MAX_ANSWER_SETS) {
      walk.complete = false;
      return true;
    }
    walk.answerSets++;
    const key = outcomeKey(domain.recommend(content, answers));
    walk.outcomes.set(key, (walk.outcomes.get(key) ?? 0) + 1);
    for (const q of Object.keys(answers)) walk.shown.add(q);
    return done();
  });
  for (const q of shown) walk.shown.add(q);
  return walk;
}

const describeOutcome = (key: string) => {
  const [outcome, order] = key.split(':');
  return order ? `"${outcome}" with "${order.split(',')[0]}" first` : `"${outcome}"`;
};

/** A small seeded generator, so a sample is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random answer sets (seeded): finds what can be reached in milliseconds when all of it can. */
export function sampleAnswerSets(content: Content, domain: Domain, count: number, seed = 1): Walk {
  const walk: Walk = { answerSets: 0, outcomes: new Map(), shown: new Set(), complete: false };
  const options = content.questions.map(choices);
  const random = mulberry32(seed);
  for (let n = 0; n < count; n++) {
    const answers: Record<string, string[]> = {};
    content.questions.forEach((q, i) => {
      if (!domain.visibleQuestions(content, answers).some((v) => v.id === q.id)) return;
      walk.shown.add(q.id);
      const list = options[i]!;
      answers[q.id] = list[Math.floor(random() * list.length)]!;
    });
    walk.answerSets++;
    const key = outcomeKey(domain.recommend(content, answers));
    walk.outcomes.set(key, (walk.outcomes.get(key) ?? 0) + 1);
  }
  return walk;
}

/** Answer sets tried at random before walking all of them. */
const SAMPLE = 2000;

export function checkReachability(content: Content, domain: Domain, file: string, problems: ContentProblem[]): Walk {
  const expected = expectedOutcomes(content);
  const sample = sampleAnswerSets(content, domain, SAMPLE);
  if (sample.shown.size === content.questions.length && expected.every((o) => sample.outcomes.has(o))) return sample;
  // Something was not met at random: only walking every answer set can say it never happens.
  const walk = walkAnswerSets(content, domain, expected);
  if (!walk.complete) {
    problems.push({
      file,
      path: 'questions',
      message: `more than ${MAX_ANSWER_SETS} answer sets: too many to check which questions and outcomes can be reached`,
    });
    return walk;
  }
  content.questions.forEach((q, qi) => {
    if (!walk.shown.has(q.id)) {
      problems.push({ file, path: `questions.${qi}.showIf`, message: `can never hold, so "${q.id}" is never asked` });
    }
  });
  for (const key of expected) {
    if (!walk.outcomes.has(key)) problems.push({ file, path: 'decision', message: `no answer set gives ${describeOutcome(key)}` });
  }
  return walk;
}
