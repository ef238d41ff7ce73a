// The answers restated, question by question: on the check page, at the end of the result and on
// the planner's sheet; and the question screens a family saw on the way to them.
import type { Answers, Content, Question } from '../../content/types';
import { visibleQuestions } from '../questions';
import type { ResultPage } from './page';
import { optionKey, type PageText, t } from './pageText';

/** One question and the answer given, as the check page, the result and the planner's sheet restate it. */
export interface AnswerRow {
  /** The question's id, for a control beside the row (Change). */
  id: string;
  question: PageText;
  answers: PageText[];
}

/** "Your answers" at the end of the result. */
export function answersSection(content: Content, answers: Answers): ResultPage['answers'] {
  return { title: t('ui/result.answersTitle', content.ui.result.answersTitle), rows: answerRows(content, answers) };
}

/** The answers as the check page and the printed result restate them: each question and the labels chosen. */
export function answerRows(
  content: Content,
  answers: Answers,
  questions: readonly Question[] = visibleQuestions(content, answers),
): AnswerRow[] {
  return questions.map((q) => {
    const given = answers[q.id] ?? [];
    const chosen = q.options.filter((o) => given.includes(o.id)).map((o) => t(optionKey(q.id, o.id, 'label'), o.label));
    return {
      id: q.id,
      question: t(`questions/questions.${q.id}.title`, q.title),
      answers: chosen.length ? chosen : [t('ui/check.notAnswered', content.ui.check.notAnswered)],
    };
  });
}

/** The question screens on the way to these answers: each question's title and hint, and every choice it offers. */
export function screenTexts(content: Content, answers: Answers): PageText[] {
  return visibleQuestions(content, answers).flatMap((q) => [
    t(`questions/questions.${q.id}.title`, q.title),
    ...(q.hint ? [t(`questions/questions.${q.id}.hint`, q.hint)] : []),
    ...q.options.flatMap((o) => [
      t(optionKey(q.id, o.id, 'label'), o.label),
      ...(o.hint ? [t(`questions/questions.${q.id}.options.${o.id}.hint`, o.hint)] : []),
    ]),
  ]);
}
