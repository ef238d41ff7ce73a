// How the outcomes spread over every valid answer set: the figures the goals in content.json
// are checked against, and the decision table is written from.
import type { Answers, Content } from '../types';
import { forEachAnswerSet, outcomeKey, type CheckedResult, type Domain } from './reachability.ts';

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
  /** Both recommended while one role scored more than `ratio` times the other (goal: none). */
  bothOverRatio: number;
}

export const newTally = (): Tally => ({ total: 0, outcomes: new Map() });

export function count(tally: Tally, key: string): void {
  tally.total++;
  tally.outcomes.set(key, (tally.outcomes.get(key) ?? 0) + 1);
}

export const share = (tally: Tally, pick: (key: string) => boolean): number =>
  tally.total ? [...tally.outcomes].filter(([k]) => pick(k)).reduce((n, [, c]) => n + c, 0) / tally.total : 0;

export const isBoth = (key: string) => key.startsWith('both');

/** Walks every answer set once; `visit` also sees each answer set with its result. */
export function spreadOf(
  content: Content,
  domain: Domain,
  few: { question: string; atMost: number } | undefined,
  ratio: number,
  visit?: (answers: Answers, result: CheckedResult) => void,
): Spread {
  const spread: Spread = { all: newTally(), few: newTally(), byAnswer: new Map(), evidence: new Map(), bothOverRatio: 0 };
  forEachAnswerSet(content, domain, (answers) => {
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
    visit?.(answers, result);
  });
  return spread;
}

export const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
