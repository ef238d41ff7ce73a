// The parts of the result page made of the answers' reasons: why each role is recommended, the
// answers that point to the other role, and a card for each role with the duties the answers
// call for.
import type { Content, RoleId } from '../../content/types';
import type { ResultPage } from './page';
import { article, filled, optionKey, type PageText, t } from './pageText';
import { BOTH, type Reason, type Recommendation } from './recommend';

export interface ReasonLine {
  /** The answers behind it, each in the person's words ("They are in the hospital now"). */
  answers: PageText[];
  because: PageText;
}

export interface RoleCardModel {
  role: RoleId;
  recommended: boolean;
  title: PageText;
  tag: PageText;
  summary: PageText;
  facts: { label: PageText; value: PageText }[];
  dutiesTitle: PageText;
  /** Each duty, with "matches your answers" where the answers call for it. */
  duties: { text: PageText; matches: PageText | null }[];
  findTitle: PageText;
  find: PageText[];
}

function becauseOf(content: Content, r: Reason): PageText {
  const reasonText = r.reasonId && content.reasons[r.reasonId];
  return reasonText ? t(`outcomes/reasons.${r.reasonId}`, reasonText) : t(`profiles/roles.${r.role}.duties.${r.duty}.because`, r.because);
}

/** One role's reasons as lines, strongest first, each sentence once: answers calling for the same duty share a line. */
function reasonLines(content: Content, reasons: readonly Reason[]): ReasonLine[] {
  const lines: ReasonLine[] = [];
  for (const r of reasons) {
    const restated = t(
      optionKey(r.question, r.answer, 'restated'),
      r.restated.charAt(0).toLocaleUpperCase(content.locale) + r.restated.slice(1),
    );
    const because = becauseOf(content, r);
    const line = lines.find((l) => l.because.text === because.text);
    if (line) line.answers.push(restated);
    else lines.push({ answers: [restated], because });
  }
  return lines;
}

/** Role cards differ only by their tag and matched duties: made once per content and kind, so a
 * walk over every answer set (content:check) does not build them half a million times. */
const cards = new WeakMap<Content, Map<string, RoleCardModel>>();

function roleCard(content: Content, result: Recommendation, role: RoleId, article: (r: RoleId) => PageText): RoleCardModel {
  const i = result.order.indexOf(role);
  const matched = new Set(result.reasons.filter((r) => r.role === role).map((r) => r.duty));
  const kind = `${role}|${i}|${result.outcome === BOTH}|${[...matched].sort().join()}`;
  const known = cards.get(content) ?? cards.set(content, new Map()).get(content)!;
  const card = known.get(kind) ?? makeRoleCard(content, result, role, article, matched);
  known.set(kind, card);
  return card;
}

function makeRoleCard(
  content: Content,
  result: Recommendation,
  role: RoleId,
  article: (r: RoleId) => PageText,
  matched: ReadonlySet<string>,
): RoleCardModel {
  const ui = content.ui.result;
  const p = content.profiles[role]!;
  const at = (path: string) => `profiles/roles.${role}.${path}`;
  const i = result.order.indexOf(role);
  const tag =
    i < 0
      ? t('ui/result.notRecommendedTag', ui.notRecommendedTag)
      : result.outcome === BOTH
        ? filled('ui/result.recommendedFirstTag', ui.recommendedFirstTag, { n: i + 1 })
        : t('ui/result.recommendedTag', ui.recommendedTag);
  const facts = [
    ...(p.otherTitles.length
      ? [
          {
            label: t('ui/result.otherTitlesLabel', ui.otherTitlesLabel),
            value: { keys: p.otherTitles.map((_, n) => at(`otherTitles.${n}`)), text: p.otherTitles.join(', ') },
          },
        ]
      : []),
    { label: t('ui/result.worksForLabel', ui.worksForLabel), value: t(at('worksFor'), p.worksFor) },
    { label: t('ui/result.worksWhereLabel', ui.worksWhereLabel), value: t(at('worksWhere'), p.worksWhere) },
    { label: t('ui/result.costLabel', ui.costLabel), value: t(at('cost'), p.cost) },
  ];
  return {
    role,
    recommended: i >= 0,
    title: filled('ui/result.aboutRole', ui.aboutRole, { role: article(role) }),
    tag,
    summary: t(at('summary'), p.summary),
    facts,
    dutiesTitle: t('ui/result.dutiesLabel', ui.dutiesLabel),
    duties: Object.entries(p.duties).map(([id, duty]) => ({
      text: t(at(`duties.${id}.text`), duty.text),
      matches: matched.has(id) ? t('ui/result.matchesTag', ui.matchesTag) : null,
    })),
    findTitle: t('ui/result.findLabel', ui.findLabel),
    find: p.findOne.map((line, n) => t(at(`findOne.${n}`), line)),
  };
}

/** The parts made of the answers' reasons: why each role, the other role's answers, the role cards. */
export function reasonSections(content: Content, result: Recommendation): Pick<ResultPage, 'why' | 'mixed' | 'roles'> {
  const ui = content.ui.result;
  const others = content.roles.filter((r) => !result.order.includes(r));
  const otherReasons = result.reasons.filter((r) => others.includes(r.role));
  const reasonText = (r: Reason): PageText => {
    const because = becauseOf(content, r);
    const restated = filled('ui/result.reason', ui.reason, { answer: t(optionKey(r.question, r.answer, 'restated'), r.restated) });
    return { keys: [...restated.keys, ...because.keys], text: `${restated.text} ${because.text}`.trim() };
  };
  // For both, one reason each in view (two roles' lists would push the page past four phone
  // screens in Spanish); the rest are one tap away.
  const shown = result.order.length > 1 ? 1 : 3;
  return {
    why: result.order.map((role) => {
      const lines = reasonLines(
        content,
        result.reasons.filter((r) => r.role === role),
      );
      const rest = lines.length - shown;
      return {
        role,
        title: filled('ui/result.whyTitle', ui.whyTitle, { role: article(content, role) }),
        lines,
        shown,
        more: rest > 0 ? filled('ui/result.moreReasons', ui.moreReasons, { count: rest }) : null,
      };
    }),
    mixed:
      result.mixed && others.length > 0 && otherReasons.length > 0
        ? {
            note: filled('outcomes/mixedNote', content.mixedNote, { other: article(content, others[0]!) }),
            title: filled('ui/result.otherRoleReasonsTitle', ui.otherRoleReasonsTitle, { role: article(content, others[0]!) }),
            reasons: otherReasons.map(reasonText),
          }
        : null,
    roles: {
      title: t('ui/result.rolesTitle', ui.rolesTitle),
      cards: [...result.order, ...others].map((role) => roleCard(content, result, role, (r) => article(content, r))),
    },
  };
}
