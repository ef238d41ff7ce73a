// Only the result needs these (a first visit does not load them: tasks/chunks.ts).
import type { Answers, Evidence, OutcomeId, ResultCondition, RoleId, Shown } from '../../content/types';
import { conditionHolds } from '../conditions';

export interface ResultFacts {
  outcome: OutcomeId;
  order: readonly RoleId[];
  evidence: Evidence;
}

/** A result condition holds when the outcome, the first role and the evidence are among those listed. */
export function resultHolds(condition: ResultCondition | undefined, result: ResultFacts): boolean {
  if (!condition) return true;
  const { outcome, first, evidence } = condition;
  return (
    (!outcome || outcome.includes(result.outcome)) &&
    (!first || first.includes(result.order[0]!)) &&
    (!evidence || evidence.includes(result.evidence))
  );
}

/** Whether a text's answer conditions hold: `when`, and one of `whenAny` where it has them. */
export function answersHold(text: Shown, answers: Answers): boolean {
  return conditionHolds(text.when, answers) && (!text.whenAny || text.whenAny.some((c) => conditionHolds(c, answers)));
}

/** Whether a text with these conditions may be shown for these answers and this result. */
export function shownFor(text: Shown, answers: Answers, result: ResultFacts): boolean {
  return answersHold(text, answers) && resultHolds(text.result, result);
}
