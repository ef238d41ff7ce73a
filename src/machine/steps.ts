/** A step the person can be on, as a string for history entries and storage. */
export type StepId = 'start' | 'check' | 'result' | `question:${string}`;

export const questionStep = (id: string): StepId => `question:${id}`;

export function questionOfStep(step: string): string | null {
  return step.startsWith('question:') ? step.slice('question:'.length) : null;
}

export function isStepId(value: unknown): value is StepId {
  return (
    typeof value === 'string' &&
    (value === 'start' || value === 'check' || value === 'result' || /^question:[a-z][a-z0-9_-]*$/.test(value))
  );
}
