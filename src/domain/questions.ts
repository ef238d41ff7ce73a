import type { Answers, AskedQuestion, Questionnaire } from '../content/types';

/** Any content that holds questions: a questionnaire, or the full content with its meanings. */
interface Asks<Q extends AskedQuestion> {
  questions: readonly Q[];
}
import { conditionHolds } from './conditions';

export function findQuestion<Q extends AskedQuestion>(content: Asks<Q>, id: string): Q | undefined {
  return content.questions.find((q) => q.id === id);
}

/** The questions this person will be asked, given what they have answered so far. */
export function visibleQuestions<Q extends AskedQuestion>(content: Asks<Q>, answers: Answers): Q[] {
  return content.questions.filter((q) => conditionHolds(q.showIf, answers));
}

/**
 * The questions this person may still be asked: those shown now, and follow-ups whose skip
 * condition waits on a question not answered yet. The count of a journey then only ever goes
 * down ("Question 3 of 8", later "of 7" when a follow-up turns out not to apply), never up.
 */
export function possibleQuestions<Q extends AskedQuestion>(content: Asks<Q>, answers: Answers): Q[] {
  return content.questions.filter(
    (q) =>
      !q.showIf || Object.entries(q.showIf).every(([id, values]) => !answers[id]?.length || answers[id]!.some((v) => values.includes(v))),
  );
}

/**
 * How many question screens a family arriving by a partial link will see: from the first
 * unanswered question to the end, those a care team filled in included (each is shown to
 * check). The same count as "Question n of total" starts from. Zero when all are answered:
 * the link lands on the check page.
 */
export function questionsToSee<Q extends AskedQuestion>(content: Asks<Q>, answers: Answers): number {
  const possible = possibleQuestions(content, answers);
  const first = possible.findIndex((q) => !answers[q.id]?.length);
  return first < 0 ? 0 : possible.length - first;
}

/** Whether `values` is a complete, allowed answer to question `id`. */
export function isAllowedAnswer(content: Asks<AskedQuestion>, id: string, values: readonly string[]): boolean {
  const q = findQuestion(content, id);
  if (!q || values.length === 0) return false;
  if (q.kind === 'single' && values.length !== 1) return false;
  if (new Set(values).size !== values.length) return false;
  return values.every((v) => q.options.some((o) => o.id === v));
}

/**
 * Keeps only allowed answers to questions that are still asked, in content order.
 * Hidden questions are dropped because a changed answer (no longer flying) makes their
 * follow-ups meaningless, and a stale follow-up must never reach the scoring.
 */
export function pruneAnswers(content: Asks<AskedQuestion>, answers: Answers): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const q of content.questions) {
    const given = answers[q.id];
    if (!given || !isAllowedAnswer(content, q.id, given)) continue;
    if (!conditionHolds(q.showIf, kept)) continue;
    kept[q.id] = q.options.map((o) => o.id).filter((id) => given.includes(id));
  }
  return kept;
}

export function firstUnanswered<Q extends AskedQuestion>(content: Asks<Q>, answers: Answers): Q | undefined {
  return visibleQuestions(content, answers).find((q) => !answers[q.id]?.length);
}

export function isComplete(content: Asks<AskedQuestion>, answers: Answers): boolean {
  return firstUnanswered(content, answers) === undefined;
}

/** The visible question after `id`, or undefined at the end. */
export function questionAfter<Q extends AskedQuestion>(content: Asks<Q>, answers: Answers, id: string): Q | undefined {
  const visible = visibleQuestions(content, answers);
  const i = visible.findIndex((q) => q.id === id);
  return i < 0 ? undefined : visible[i + 1];
}

/** The visible question before `id`, or undefined at the start. */
export function questionBefore<Q extends AskedQuestion>(content: Asks<Q>, answers: Answers, id: string): Q | undefined {
  const visible = visibleQuestions(content, answers);
  const i = visible.findIndex((q) => q.id === id);
  return i <= 0 ? undefined : visible[i - 1];
}

/** A question may be shown when it is asked and every visible question before it is answered. */
export function canShowQuestion(content: Asks<AskedQuestion>, answers: Answers, id: string): boolean {
  const visible = visibleQuestions(content, answers);
  const i = visible.findIndex((q) => q.id === id);
  return i >= 0 && visible.slice(0, i).every((q) => answers[q.id]?.length);
}

/** Two contents ask the same questions with the same options: only the words differ. */
export function sameVocabulary(a: Questionnaire, b: Questionnaire): boolean {
  const ids = (c: Questionnaire) => JSON.stringify(c.questions.map((q) => [q.id, q.options.map((o) => o.id)]));
  return a.version === b.version && ids(a) === ids(b);
}
