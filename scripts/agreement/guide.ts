// The guide's choice for a case of the bank, in the raters' words: a role, or both with the role
// it puts first. A question added after the case was written takes the answer raters read from
// its story (`read`), where it is asked. Used by `npm run content:agreement` and its test.
import type { Answers, Content } from '../../src/content/types.ts';
import { parseAnswerText, pruneAnswers, visibleQuestions } from '../../src/domain/index.ts';
import { decide } from '../../src/domain/result/decide.ts';
import type { Case, Choice } from './bank.ts';

/**
 * Answers in the vocabulary as the content asks them, with `read` answers filling questions the
 * text does not give; fails with `misfit` and what is wrong if the content cannot read them or one
 * is missing.
 */
export function fittedAnswers(content: Content, text: string, misfit: string, read: Answers = {}): Answers {
  const parsed = parseAnswerText(content, text);
  const answers = pruneAnswers(content, { ...read, ...parsed.answers });
  const missing = visibleQuestions(content, answers).filter((q) => !answers[q.id]);
  if (parsed.problems.length || missing.length)
    throw new Error(`${misfit} (${[...parsed.problems.map((p) => p.kind), ...missing.map((q) => `${q.id} missing`)].join(', ')})`);
  return answers;
}

/** A case's answers as the content asks them: its own, and those read from its story; fails if one is missing. */
export function caseAnswers(content: Content, c: Case): Answers {
  const read = Object.fromEntries(Object.entries(c.read ?? {}).map(([q, v]) => [q, [v]]));
  return fittedAnswers(content, c.answers, `case ${c.id}: its answers do not fit content v${content.version}`, read);
}

/**
 * The guide's choice for answers already checked, in the raters' words. decide() alone, not
 * recommend(): the outcome and order are all a rating is compared with (recommend() takes them
 * from decide() unchanged), and it is ten times faster, which a search of thousands of steps needs.
 */
export function choiceFor(content: Content, answers: Answers): Choice {
  const { outcome, order } = decide(content, answers);
  return (outcome === 'both' ? `both:${order[0]}` : outcome) as Choice;
}

export function guideChoice(content: Content, c: Case): Choice {
  return choiceFor(content, caseAnswers(content, c));
}
