import type { Answers, Content, Evidence, OutcomeId, RoleId, Shown } from '../../content/types';
import { conditionHolds } from '../conditions';
import { shownFor } from './shownFor';
import { decide } from './decide';
import { fillTemplate } from '../fillTemplate';
import { pruneAnswers } from '../questions';

export interface Reason {
  question: string;
  answer: string;
  role: RoleId;
  duty: string;
  points: number;
  /** The answer in the reader's words, e.g. "they are in the hospital now". */
  restated: string;
  /** Why this answer points to the role: the support's own sentence, or the duty's. */
  because: string;
  /** The support's own sentence's id in `Content.reasons`, when it has one and it is used. */
  reasonId?: string | undefined;
  text: string;
}

export interface Recommendation {
  contentVersion: number;
  outcome: OutcomeId;
  /** The roles to contact, in order: one role, or both with the one needed first first. */
  order: RoleId[];
  scores: Record<RoleId, number>;
  /** How firmly the answers decide: a single-role result on few answers or a near tie is a lean. */
  evidence: Evidence;
  /** True when the answers give notable support to both roles. */
  mixed: boolean;
  headline: { id: string; heading: string; why: string };
  /** For both: what to do first, then; null for a single role. */
  orderText: { id: string; text: string } | null;
  reasons: Reason[];
  extras: { id: string; title: string; text: string }[];
  /** What to do now: the three most urgent steps shown; a step's text may hold [words](https:…) links. */
  nextSteps: { id: string; text: string }[];
  /** The other steps shown, less urgent: free and public help, one line each. */
  otherHelp: { id: string; text: string }[];
  /** For each recommended role, in order: what to ask when calling. */
  questionsToAsk: { role: RoleId; questions: { id: string; text: string }[] }[];
}

export const BOTH: OutcomeId = 'both';
/** "What to do now" holds at most this many steps, so the first phone screens act. */
export const NOW_AT_MOST = 3;

/**
 * Scores each role from the content's weights, decides (see `decide`), and picks every text
 * shown with the result by its conditions, so each sentence is true of these answers.
 */
export function recommend(content: Content, given: Answers): Recommendation {
  const answers = pruneAnswers(content, given);
  const decision = decide(content, answers);
  const { outcome, order, scores, evidence, mixed, applied } = decision;
  const shows = (t: Shown) => shownFor(t, answers, decision);

  const reasons: Reason[] = applied.map(({ question, answer, restated, support: s }) => {
    const reasonId = s.reason && content.reasons[s.reason] ? s.reason : undefined;
    const because = (reasonId && content.reasons[reasonId]) || content.profiles[s.role]?.duties[s.duty]?.because || '';
    const text = `${fillTemplate(content.ui.result.reason, { answer: restated })} ${because}`.trim();
    return { question, answer, role: s.role, duty: s.duty, points: s.points, restated, because, reasonId, text };
  });
  // Reasons for the role to contact first come first, the strongest first within a role.
  const byOrder = (role: RoleId) => (order.includes(role) ? order.indexOf(role) : order.length);
  reasons.sort((x, y) => byOrder(x.role) - byOrder(y.role) || y.points - x.points);

  // Every step shown: a recommended role's, or free help whatever the outcome; the most urgent
  // first, then the role needed first before the other, then content order.
  const steps = content.nextSteps
    .filter((s) => (s.free || s.roles.some((role) => order.includes(role))) && shows(s))
    .map((s, i) => ({
      s,
      key: [s.urgency, s.roles.length === 1 && order.includes(s.roles[0]!) ? order.indexOf(s.roles[0]!) : order.length, i],
    }))
    .sort((x, y) => x.key[0]! - y.key[0]! || x.key[1]! - y.key[1]! || x.key[2]! - y.key[2]!)
    .map(({ s }) => s);
  // "What to do now": each recommended role's most urgent step of its own, then the most urgent
  // of the rest, at most NOW_AT_MOST, in order of urgency; everything else is other help.
  const firstOfEachRole = order.map((role) => steps.find((s) => !s.free && s.roles.includes(role))).filter((s) => s !== undefined);
  const now = new Set([...new Set(firstOfEachRole)].slice(0, NOW_AT_MOST));
  for (const s of steps) if (now.size < NOW_AT_MOST) now.add(s);
  const text = (s: (typeof steps)[number]) => ({ id: s.id, text: s.text });
  const headline = content.headlines.find(shows);
  const orderText = outcome === BOTH ? content.orderTexts.find(shows) : undefined;
  return {
    contentVersion: content.version,
    outcome,
    order,
    scores,
    evidence,
    mixed,
    headline: headline ? { id: headline.id, heading: headline.heading, why: headline.why } : { id: outcome, heading: outcome, why: '' },
    orderText: orderText ? { id: orderText.id, text: orderText.text } : null,
    reasons,
    extras: content.extras.filter(shows).map(({ id, title, text }) => ({ id, title, text })),
    nextSteps: steps.filter((s) => now.has(s)).map(text),
    otherHelp: steps.filter((s) => !now.has(s)).map((s) => ({ id: s.id, text: s.line })),
    questionsToAsk: order.map((role) => ({
      role,
      questions: content.questionsToAsk.filter((q) => q.roles.includes(role) && shows(q)).map(({ id, text }) => ({ id, text })),
    })),
  };
}

export { conditionHolds };
