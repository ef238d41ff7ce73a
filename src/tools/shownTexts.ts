// Everything a family reads for one answer set, as `content:check` walks it: the question
// screens on the way and the whole result page (as shared with them, so the shared note is
// there too). The dates are placeholders: they are not words content writes.
//
// The walk meets half a million answer sets but only a few thousand different parts: about two
// thousand result frames (everything but the reasons, role cards and answers: `pageFrame`), four
// sets of question screens, a few hundred role cards. Each such part is made once and handed
// back as the same array, which the fact prover reads once (`presuppositions.ts`); the reasons
// and the answers are made every time.
import type { Answers, Content } from '../content/types.ts';
import { answersSection, type PageText, pageFrame, pageTexts, type Recommendation, reasonSections, screenTexts } from '../domain/index.ts';

const options = { today: '', reviewed: '', sharedWithYou: true };
const parts = new WeakMap<Content, Map<string, PageText[]>>();
const cardTexts = new WeakMap<object, PageText[]>();

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

export function shownTexts(content: Content, answers: Answers, checked: unknown): PageText[][] {
  const result = checked as Recommendation;
  const known = parts.get(content) ?? parts.set(content, new Map()).get(content)!;
  const once = (key: string, make: () => PageText[]) => known.get(key) ?? known.set(key, make()).get(key)!;
  // Screens differ only by which questions are asked (the follow-ups' conditions).
  const asked = Object.keys(answers).sort().join();
  const { why, mixed, roles } = reasonSections(content, result);
  return [
    once(`screens:${asked}`, () => screenTexts(content, answers)),
    once(`frame:${signature(result)}`, () => pageTexts(pageFrame(content, options, result))),
    pageTexts({ why, mixed }),
    [roles.title],
    ...roles.cards.map((card) => cardTexts.get(card) ?? cardTexts.set(card, pageTexts(card as never)).get(card)!),
    pageTexts({ answers: answersSection(content, answers) }),
  ];
}
