// How the outcomes spread over every valid answer set: the figures the goals in content.json
// are checked against, and the decision table is written from.
import type { Goals } from '../../content/schema/goals.ts';
import type { Recommendation } from '../../domain/index.ts';
import type { Answers, Condition, Content, ResultCondition } from '../../content/types';
import { forEachAnswerSet, outcomeKey, type Domain } from './reachability.ts';

export interface Tally {
  total: number;
  /** By outcome key: "case-manager", or "both:a,b" for both in that order. */
  outcomes: Map<string, number>;
}

export interface Spread {
  all: Tally;
  /** Answer sets with few choices for the goals' `few.question` (empty without that goal). */
  few: Tally;
  /** Per question, per answer: the tally of answer sets that include that answer. */
  byAnswer: Map<string, Map<string, Tally>>;
  /** Single-role results worded as a lean, by evidence ("few", "close"). */
  evidence: Map<string, number>;
  /** Both recommended while one role scored more than the goals' ratio times the other (goal: none). */
  bothOverRatio: number;
  /** Per `goals.reach`: answer sets that meet its condition and give its outcome (goal: some). */
  reached: number[];
  /** Per step id: the answer sets whose result shows it (in "What to do now" or "Other free help"). */
  steps: Map<string, number>;
}

export const newTally = (): Tally => ({ total: 0, outcomes: new Map() });

export function count(tally: Tally, key: string): void {
  tally.total++;
  tally.outcomes.set(key, (tally.outcomes.get(key) ?? 0) + 1);
}

export const share = (tally: Tally, pick: (key: string) => boolean): number =>
  tally.total ? [...tally.outcomes].filter(([k]) => pick(k)).reduce((n, [, c]) => n + c, 0) / tally.total : 0;

export const isBoth = (key: string) => key.startsWith('both');

/** Holds when, for every question it names, the answers include a listed value. */
export const conditionMet = (c: Condition | undefined, answers: Answers) =>
  !c || Object.keys(c).every((q) => (answers[q] ?? []).some((v) => c[q]!.includes(v)));

/** Holds when the result is among those a condition lists (outcome, first role, evidence). */
export const resultHolds = (c: ResultCondition | undefined, r: Recommendation) =>
  !c ||
  ((c.outcome?.includes(r.outcome) ?? true) &&
    (c.first?.includes(r.order[0]!) ?? true) &&
    (c.evidence?.some((e) => e === r.evidence) ?? true));

/** Answers as text in the content's question and option order: `now=home&needs=costs,rights`. */
export function answerText(content: Content, answers: Answers): string {
  const parts: string[] = [];
  for (const q of content.questions) {
    const given = answers[q.id];
    if (!given?.length) continue;
    const values = q.options.map((o) => o.id).filter((id) => given.includes(id));
    if (values.length) parts.push(`${q.id}=${values.join(',')}`);
  }
  return parts.join('&');
}

/** Walks every answer set once; `visit` also sees each answer set with its result. */
export function spreadOf(
  content: Content,
  domain: Domain,
  goals: Goals | undefined,
  visit?: (answers: Answers, result: Recommendation) => void,
  only?: (answers: Answers) => boolean,
): Spread {
  const few = goals?.few;
  const ratio = goals?.bothRatioAtMost ?? Infinity;
  const reach = goals?.reach ?? [];
  const spread: Spread = {
    all: newTally(),
    few: newTally(),
    byAnswer: new Map(),
    evidence: new Map(),
    bothOverRatio: 0,
    reached: reach.map(() => 0),
    steps: new Map(),
  };
  forEachAnswerSet(content, domain, (answers) => {
    if (only && !only(answers)) return;
    const result = domain.recommend(content, answers);
    const key = outcomeKey(result);
    count(spread.all, key);
    if (few && (answers[few.question]?.length ?? 0) <= few.atMost) count(spread.few, key);
    for (const [q, values] of Object.entries(answers)) {
      const perQuestion = spread.byAnswer.get(q) ?? spread.byAnswer.set(q, new Map()).get(q)!;
      for (const v of values) count(perQuestion.get(v) ?? perQuestion.set(v, newTally()).get(v)!, key);
    }
    if (result.evidence !== 'clear') spread.evidence.set(result.evidence, (spread.evidence.get(result.evidence) ?? 0) + 1);
    const scores = Object.values(result.scores);
    if (result.outcome === 'both' && Math.max(...scores) > ratio * Math.min(...scores)) spread.bothOverRatio++;
    reach.forEach((goal, i) => {
      if (result.outcome === goal.outcome && conditionMet(goal.when, answers)) spread.reached[i]!++;
    });
    visit?.(answers, result);
  });
  return spread;
}

export const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
