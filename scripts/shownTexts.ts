// Everything a family reads for one answer set, as `content:check` walks it: the question
// screens on the way and the whole result page (as shared with them, so the shared note is
// there too). The dates are placeholders: they are not words content writes.
//
// The walk meets half a million answer sets but only about two thousand different result
// frames (everything but the reasons, role cards and answers: `pageFrame`), so each frame is
// made once per result signature; the parts made of the answers are made every time.
import type { Answers, Content } from '../src/content/types.ts';
import {
  answersSection,
  type PageText,
  pageFrame,
  pageTexts,
  type Recommendation,
  reasonSections,
  screenTexts,
} from '../src/domain/index.ts';

const options = { today: '', reviewed: '', sharedWithYou: true };
const frames = new WeakMap<Content, Map<string, PageText[]>>();

/** What `pageFrame` reads of the result, as one string. */
const signature = (r: Recommendation) =>
  [
    r.order.join(),
    r.outcome,
    r.headline.id,
    r.orderText?.id,
    r.nextSteps.map((s) => s.id).join(),
    r.otherHelp.map((s) => s.id).join(),
    r.extras.map((e) => e.id).join(),
    r.questionsToAsk.map((g) => `${g.role}:${g.questions.map((q) => q.id).join()}`).join('|'),
  ].join(';');

export function shownTexts(content: Content, answers: Answers, checked: unknown): PageText[] {
  const result = checked as Recommendation;
  const known = frames.get(content) ?? frames.set(content, new Map()).get(content)!;
  const key = signature(result);
  const frame = known.get(key) ?? pageTexts(pageFrame(content, options, result));
  known.set(key, frame);
  return [
    ...screenTexts(content, answers),
    ...frame,
    ...pageTexts(reasonSections(content, result)),
    ...pageTexts({ answers: answersSection(content, answers) }),
  ];
}
