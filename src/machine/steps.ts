/** A step the person can be on, as a string for history entries and storage. */
export type StepId = 'start' | 'check' | 'result' | `question:${string}`;

export const questionStep = (id: string): StepId => `question:${id}`;

/** The step a state of the machine shows: the question asked, check, result, or the start page. */
export function stepOf(state: unknown, current: string | null): StepId | 'unusable' {
  if (state === 'question' && current) return questionStep(current);
  if (state === 'check' || state === 'result' || state === 'unusable') return state;
  return 'start';
}

export function questionOfStep(step: string): string | null {
  return step.startsWith('question:') ? step.slice('question:'.length) : null;
}

export function isStepId(value: unknown): value is StepId {
  return (
    typeof value === 'string' && (value === 'start' || value === 'check' || value === 'result' || /^question:[a-z][a-z0-9_-]*$/.test(value))
  );
}
