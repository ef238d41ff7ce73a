// Every complete, valid set of answers a content accepts, as answer text
// (`now=hospital&next=home&…&needs=coordination,medications&…`, no `v`: read as the current
// version). For tests and the bench (`recommend --stdin`).
import { visibleQuestions } from '../src/domain/index.ts';
import type { AskedQuestion, Questionnaire } from '../src/content/types.ts';

/** Every answer a question takes: each option of a single question, each non-empty subset of a multiple one (in option order). */
export function answersOf(q: AskedQuestion): string[][] {
  const ids = q.options.map((o) => o.id);
  if (q.kind === 'single') return ids.map((id) => [id]);
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) subsets.push(ids.filter((_, i) => mask & (1 << i)));
  return subsets;
}

/**
 * Yields every complete valid answer text, in content order: every question `visibleQuestions`
 * shows for the answers before it is answered in every way it takes; a follow-up whose
 * `showIf` does not hold is left out.
 */
export function* allAnswerTexts(content: Pick<Questionnaire, 'questions'>): Generator<string> {
  const questions = content.questions;
  const choices = questions.map((q) => answersOf(q).map((values) => ({ values, text: `${q.id}=${values.join(',')}` })));
  const answers: Record<string, readonly string[]> = {};
  const parts: string[] = [];

  function* from(i: number): Generator<string> {
    if (i === questions.length) {
      yield parts.join('&');
      return;
    }
    const q = questions[i]!;
    // Only earlier questions are answered here, which is all a `showIf` may name.
    if (!visibleQuestions(content, answers).includes(q)) {
      yield* from(i + 1);
      return;
    }
    for (const { values, text } of choices[i]!) {
      answers[q.id] = values;
      parts.push(text);
      yield* from(i + 1);
      parts.pop();
    }
    delete answers[q.id];
  }
  yield* from(0);
}
