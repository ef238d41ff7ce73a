import type { Answers, Condition } from '../content/types';

/** A condition holds when, for every question it names, the answer includes a listed value. */
export function conditionHolds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([question, values]) => (answers[question] ?? []).some((given) => values.includes(given)));
}
