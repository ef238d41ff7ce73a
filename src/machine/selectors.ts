import type { SnapshotFrom } from 'xstate';
import { findQuestion, possibleQuestions } from '../domain';
import { stepOf, type StepId } from './steps';
import type { wizardMachine } from './wizardMachine';

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** The step being shown, as stored in history entries and session storage. */
export function selectStep(s: WizardSnapshot): StepId | 'unusable' {
  return stepOf(s.value, s.context.current);
}

export function selectQuestion(s: WizardSnapshot) {
  const { content, current } = s.context;
  return content && current ? findQuestion(content, current) : undefined;
}

/**
 * "Question n of total": the questions this person may still be asked, follow-ups counted until
 * their answer rules them out, so the total never goes up mid-journey (issue 24).
 */
export function selectProgress(s: WizardSnapshot): { n: number; total: number } {
  const { content, answers, current } = s.context;
  if (!content) return { n: 0, total: 0 };
  const possible = possibleQuestions(content, answers);
  return { n: possible.findIndex((q) => q.id === current) + 1, total: possible.length };
}
