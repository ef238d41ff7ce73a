// Free and public help that applies to answers known so far (a care team's partial answers on
// the planner's sheet): every free step whose answer conditions hold, most urgent first. A step
// that depends on the outcome cannot be known before the family answers, so it is left out.
// Each in its one line: the sheet stays one page.
import type { Answers, Content } from '../../content/types';
import { answersHold } from './shownFor';

export function freeHelpFor(content: Content, answers: Answers): { id: string; text: string }[] {
  return content.nextSteps
    .filter((s) => s.free && !s.result && answersHold(s, answers))
    .sort((a, b) => a.urgency - b.urgency)
    .map(({ id, line }) => ({ id, text: line }));
}
