// The result page as a family reads it: every text, in order, for one locale, each with the
// content keys its words come from. The result screen, print and the CLI (`recommend --page`)
// show this and nothing else, and `content:check` walks it to prove each text's facts
// (content/v<N>/truth.json), so no sentence can reach a family without being checked.
import type { Answers, Content, RoleId } from '../../content/types';
import { type AnswerRow, answersSection } from './answerRows';
import { article, filled, type PageText, t, textsOf } from './pageText';
import { type ReasonLine, reasonSections, type RoleCardModel } from './reasonSections';
import { recommend, type Recommendation } from './recommend';

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
