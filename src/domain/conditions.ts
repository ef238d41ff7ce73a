import type { Answers, Condition, Evidence, OutcomeId, ResultCondition, RoleId, Shown } from '../content/types';

/** A condition holds when, for every question it names, the answer includes a listed value. */
export function conditionHolds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([question, values]) =>
    (answers[question] ?? []).some((given) => values.includes(given)),
  );
}

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

/** Whether a text with these conditions may be shown for these answers and this result. */
export function shownFor(text: Shown, answers: Answers, result: ResultFacts): boolean {
  return conditionHolds(text.when, answers) && resultHolds(text.result, result);
}
