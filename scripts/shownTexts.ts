// Everything a family reads for one answer set, as `content:check` walks it: the question
// screens on the way and the whole result page (as shared with them, so the shared note is
// there too). The dates are placeholders: they are not words content writes.
import type { Answers, Content } from '../src/content/types.ts';
import { pageTexts, type Recommendation, resultPage, screenTexts } from '../src/domain/index.ts';

export function shownTexts(content: Content, answers: Answers, result: unknown) {
  const page = resultPage(content, answers, { today: '', reviewed: '', sharedWithYou: true }, result as Recommendation);
  return [...screenTexts(content, answers), ...pageTexts(page)];
}
