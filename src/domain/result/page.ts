// The result page as a family reads it: every text, in order, for one locale, each with the
// content keys its words come from. The result screen, print and the CLI (`recommend --page`)
// show this and nothing else, and `content:check` walks it to prove each text's facts
// (content/v<N>/truth.json), so no sentence can reach a family without being checked.
import type { Answers, Content, Question, RoleId } from '../../content/types';
import { fillTemplate } from '../fillTemplate';
import { visibleQuestions } from '../questions';
import { BOTH, recommend, type Reason, type Recommendation } from './recommend';

/**
 * A text on the page and the content it is made of: `keys` are `<file>/<path>` in the locale's
 * files (`outcomes/reasons.in-hospital`, `ui/result.nowTitle`), one per piece filled in.
 */
export interface PageText {
  keys: string[];
  text: string;
}

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

/** One question and the answer given, as the check page, the result and the planner's sheet restate it. */
export interface AnswerRow {
  /** The question's id, for a control beside the row (Change). */
  id: string;
  question: PageText;
  answers: PageText[];
}

export interface ResultPage {
  heading: PageText;
  lead: PageText;
  /** Shown when someone shared these answers: check them, and a way to change them. */
  sharedNote: { note: PageText; change: PageText } | null;
  changeAnswers: PageText;
  /**
   * `contactAt`: where an embedding agency's own contact goes among the steps (its words are the
   * agency's), or null when it goes after them (its role is not in the outcome, or none given).
   */
  now: { title: PageText; steps: PageText[]; contactAt: number | null };
  costs: { title: PageText; items: PageText[] };
  ask: { title: PageText; groups: { role: RoleId; title: PageText; questions: PageText[] }[] };
  /** Print only: how to open these answers again. */
  reopen: { qrLabel: PageText; text: PageText; printedOn: PageText };
  otherHelp: { title: PageText; items: PageText[] } | null;
  /** One group per recommended role: the first `shown` lines in view, the rest behind `more`. */
  why: { role: RoleId; title: PageText; lines: ReasonLine[]; shown: number; more: PageText | null }[];
  /** Answers that point to the role not recommended, when they are notable. */
  mixed: { note: PageText; title: PageText; reasons: PageText[] } | null;
  extras: { title: PageText; items: { title: PageText; text: PageText }[] } | null;
  roles: { title: PageText; cards: RoleCardModel[] };
  disclaimer: PageText;
  print: PageText;
  /** The share control's words: the button (a phone's share sheet, or copy), what it does, how it went. */
  share: Record<'title' | 'button' | 'copyButton' | 'explain' | 'copied' | 'failed' | 'fieldLabel', PageText>;
  /** "Start again" and its question before every answer is cleared. */
  restart: Record<'button' | 'confirm' | 'yes' | 'no', PageText>;
  answers: { title: PageText; rows: AnswerRow[] };
  about: {
    version: PageText;
    title: PageText;
    basis: PageText;
    sourcesTitle: PageText;
    sources: { url: string; name: PageText; note: PageText }[];
  };
}

/** What the page needs besides the answers: dates already formatted for the reader. */
export interface PageOptions {
  today: string;
  reviewed: string;
  sharedWithYou?: boolean;
  /** The role an embedding agency gives (data-contact-role), if it said. */
  contactRole?: RoleId | null;
}

/**
 * Where an agency's own contact goes in "What to do now": only when its role is in the outcome,
 * and then before the first step less urgent than content's `agencyContact` (so never above a
 * hospital-day step a family needs first). Null: after the steps, as for any agency.
 */
export function agencyContactAt(content: Content, result: Recommendation, role: RoleId | null | undefined): number | null {
  if (!role || !result.order.includes(role) || content.agencyContactUrgency === null) return null;
  const urgency = (id: string) => content.nextSteps.find((s) => s.id === id)?.urgency ?? Number.POSITIVE_INFINITY;
  const at = result.nextSteps.findIndex((s) => urgency(s.id) > content.agencyContactUrgency!);
  return at < 0 ? result.nextSteps.length : at;
}

const t = (key: string, text: string): PageText => ({ keys: [key], text });

/** Named texts of one content group, each keyed `<group>.<name>`. */
function textsOf<K extends string>(group: string, texts: Record<K, string>, names: readonly K[]): Record<K, PageText> {
  return Object.fromEntries(names.map((name) => [name, t(`${group}.${name}`, texts[name])])) as Record<K, PageText>;
}

/** The plain words of named texts, for a control that takes strings. */
export function wordsOf<K extends string>(texts: Record<K, PageText>): Record<K, string> {
  return Object.fromEntries(Object.entries<PageText>(texts).map(([name, text]) => [name, text.text])) as Record<K, string>;
}

/** A template from `key` filled with other texts: its keys are the template's and theirs. */
function filled(key: string, template: string, values: Record<string, PageText | string | number>): PageText {
  const keys = [key];
  const plain: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(values)) {
    if (typeof v === 'object') {
      if (template.includes(`{${name}}`)) keys.push(...v.keys);
      plain[name] = v.text;
    } else plain[name] = v;
  }
  return { keys, text: fillTemplate(template, plain) };
}

/** The key of an answer's words: `said` completes "You said …"; `label` is the option itself. */
const optionKey = (question: string, answer: string, part: 'said' | 'label') => `questions/questions.${question}.options.${answer}.${part}`;

function becauseOf(content: Content, r: Reason): PageText {
  const reasonText = r.reasonId && content.reasons[r.reasonId];
  return reasonText ? t(`outcomes/reasons.${r.reasonId}`, reasonText) : t(`profiles/roles.${r.role}.duties.${r.duty}.because`, r.because);
}

/** One role's reasons as lines, strongest first, each sentence once: answers calling for the same duty share a line. */
function reasonLines(content: Content, reasons: readonly Reason[]): ReasonLine[] {
  const lines: ReasonLine[] = [];
  for (const r of reasons) {
    const said = t(optionKey(r.question, r.answer, 'said'), r.said.charAt(0).toLocaleUpperCase(content.locale) + r.said.slice(1));
    const because = becauseOf(content, r);
    const line = lines.find((l) => l.because.text === because.text);
    if (line) line.answers.push(said);
    else lines.push({ answers: [said], because });
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

/** The parts of the page that depend on the result's texts only, not on the answers' reasons or words. */
export type PageFrame = Omit<ResultPage, 'why' | 'mixed' | 'roles' | 'answers'>;

/**
 * The result page for these answers. How many reasons show, when a note shows and which texts
 * fill each section are decided here, not in a component.
 */
export function resultPage(
  content: Content,
  answers: Answers,
  options: PageOptions,
  result: Recommendation = recommend(content, answers),
): ResultPage {
  const f = pageFrame(content, options, result);
  const { why, mixed, roles } = reasonSections(content, result);
  // In reading order, as the screen shows them.
  return {
    heading: f.heading,
    lead: f.lead,
    sharedNote: f.sharedNote,
    changeAnswers: f.changeAnswers,
    now: f.now,
    costs: f.costs,
    ask: f.ask,
    reopen: f.reopen,
    otherHelp: f.otherHelp,
    why,
    mixed,
    extras: f.extras,
    roles,
    disclaimer: f.disclaimer,
    print: f.print,
    share: f.share,
    restart: f.restart,
    answers: answersSection(content, answers),
    about: f.about,
  };
}

const article = (content: Content, role: RoleId): PageText => t(`profiles/roles.${role}.article`, content.profiles[role]?.article ?? role);

/** The result's heading: the headline with the roles in order filled in. */
export function pageHeading(content: Content, result: Recommendation): PageText {
  const [first, second] = result.order;
  return filled(`outcomes/outcomes.${result.headline.id}.heading`, result.headline.heading, {
    first: first ? article(content, first) : '',
    second: second ? article(content, second) : '',
  });
}

/** Everything but the reasons, role cards and answers: the same for every answer set with the same result texts. */
export function pageFrame(content: Content, options: PageOptions, result: Recommendation): PageFrame {
  const ui = content.ui.result;
  const headlineKey = `outcomes/outcomes.${result.headline.id}`;
  const heading = pageHeading(content, result);
  const lead = result.orderText
    ? t(`outcomes/order.${result.orderText.id}`, result.orderText.text)
    : t(`${headlineKey}.why`, result.headline.why);
  return {
    heading,
    lead,
    sharedNote: options.sharedWithYou
      ? { note: t('ui/share.sharedNote', content.ui.share.sharedNote), change: t('ui/result.changeAnswers', ui.changeAnswers) }
      : null,
    changeAnswers: t('ui/result.changeAnswers', ui.changeAnswers),
    now: {
      title: t('ui/result.nowTitle', ui.nowTitle),
      steps: result.nextSteps.map((s) => t(`outcomes/nextSteps.${s.id}`, s.text)),
      contactAt: agencyContactAt(content, result, options.contactRole),
    },
    costs: {
      title: t('ui/result.costsTitle', ui.costsTitle),
      items: result.order.map((role) => t(`profiles/roles.${role}.cost`, content.profiles[role]?.cost ?? '')),
    },
    ask: {
      title: t('ui/result.askTitle', ui.askTitle),
      groups: result.questionsToAsk.map(({ role, questions }) => ({
        role,
        title: t(`profiles/roles.${role}.name`, content.profiles[role]?.name ?? role),
        questions: questions.map((q) => t(`outcomes/questionsToAsk.${q.id}`, q.text)),
      })),
    },
    reopen: {
      qrLabel: t('ui/planner.sheetQr', content.ui.planner.sheetQr),
      text: t('ui/result.reopen', ui.reopen),
      printedOn: filled('ui/result.printedOn', ui.printedOn, { date: options.today }),
    },
    otherHelp: result.otherHelp.length
      ? {
          title: t('ui/result.otherHelpTitle', ui.otherHelpTitle),
          items: result.otherHelp.map((s) => t(`outcomes/nextStepLines.${s.id}`, s.text)),
        }
      : null,
    extras: result.extras.length
      ? {
          title: t('ui/result.extrasTitle', ui.extrasTitle),
          items: result.extras.map((e) => ({
            title: t(`outcomes/extras.${e.id}.title`, e.title),
            text: t(`outcomes/extras.${e.id}.text`, e.text),
          })),
        }
      : null,
    disclaimer: t('ui/result.disclaimer', ui.disclaimer),
    print: t('ui/result.print', ui.print),
    share: textsOf('ui/share', content.ui.share, ['title', 'button', 'copyButton', 'explain', 'copied', 'failed', 'fieldLabel']),
    restart: textsOf('ui/restart', content.ui.restart, ['button', 'confirm', 'yes', 'no']),
    about: {
      version: filled('ui/result.version', ui.version, { version: content.version, date: options.reviewed }),
      title: t('ui/result.aboutTitle', ui.aboutTitle),
      basis: t('sources/basis', content.sources.basis),
      sourcesTitle: t('ui/result.sourcesTitle', ui.sourcesTitle),
      sources: content.sources.sources.map((s, n) => ({
        url: s.url,
        name: t(`sources/sources.${n}.name`, s.name),
        note: t(`sources/sources.${n}.note`, s.note),
      })),
    },
  };
}

/** The parts made of the answers' reasons: why each role, the other role's answers, the role cards. */
export function reasonSections(content: Content, result: Recommendation): Pick<ResultPage, 'why' | 'mixed' | 'roles'> {
  const ui = content.ui.result;
  const others = content.roles.filter((r) => !result.order.includes(r));
  const otherReasons = result.reasons.filter((r) => others.includes(r.role));
  const reasonText = (r: Reason): PageText => {
    const because = becauseOf(content, r);
    const said = filled('ui/result.reason', ui.reason, { answer: t(optionKey(r.question, r.answer, 'said'), r.said) });
    return { keys: [...said.keys, ...because.keys], text: `${said.text} ${because.text}`.trim() };
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

/** Every text of the page, in reading order: what `content:check` proves and a DOM test compares. */
export function pageTexts(page: ResultPage | PageFrame | Partial<ResultPage>): PageText[] {
  const out: PageText[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) for (const v of x) walk(v);
    else if (x && typeof x === 'object') {
      if ('keys' in x && 'text' in x) out.push(x as PageText);
      else for (const v of Object.values(x)) walk(v);
    }
  };
  walk(page);
  return out;
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
