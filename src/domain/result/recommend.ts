import type { Answers, Content, Evidence, OutcomeId, RoleId, Shown } from '../../content/types';
import { conditionHolds } from '../conditions';
import { shownFor } from './shownFor';
import { decide } from './decide';
import { fill } from '../fill';
import { pruneAnswers } from '../questions';

export interface Reason {
  question: string;
  answer: string;
  role: RoleId;
  duty: string;
  points: number;
  /** The answer in the reader's words, e.g. "they are in the hospital now". */
  said: string;
  /** Why this answer points to the role: the support's own sentence, or the duty's. */
  because: string;
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
  /** What to do now, for the roles in order; a step's text may hold [words](https:…) links. */
  nextSteps: { id: string; text: string }[];
  /** For each recommended role, in order: what to ask when calling. */
  questionsToAsk: { role: RoleId; questions: { id: string; text: string }[] }[];
}

export const BOTH: OutcomeId = 'both';

/**
 * Scores each role from the content's weights, decides (see `decide`), and picks every text
 * shown with the result by its conditions, so each sentence is true of these answers.
 */
export function recommend(content: Content, given: Answers): Recommendation {
  const answers = pruneAnswers(content, given);
  const decision = decide(content, answers);
  const { outcome, order, scores, evidence, mixed, applied } = decision;
  const shows = (t: Shown) => shownFor(t, answers, decision);

  const reasons: Reason[] = applied.map(({ question, answer, said, support: s }) => {
    const because = (s.reason && content.reasons[s.reason]) || content.profiles[s.role]?.duties[s.duty]?.because || '';
    const text = `${fill(content.ui.result.reason, { answer: said })} ${because}`.trim();
    return { question, answer, role: s.role, duty: s.duty, points: s.points, said, because, text };
  });
  // Reasons for the role to contact first come first, the strongest first within a role.
  const byOrder = (role: RoleId) => (order.includes(role) ? order.indexOf(role) : order.length);
  reasons.sort((x, y) => byOrder(x.role) - byOrder(y.role) || y.points - x.points);

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
    nextSteps: content.nextSteps
      .filter((s) => s.roles.some((role) => order.includes(role)) && shows(s))
      .map((s, i) => ({ s, key: s.roles.length === 1 ? order.indexOf(s.roles[0]!) : order.length + i }))
      .sort((x, y) => x.key - y.key)
      .map(({ s }) => ({ id: s.id, text: s.text })),
    questionsToAsk: order.map((role) => ({
      role,
      questions: content.questionsToAsk.filter((q) => q.roles.includes(role) && shows(q)).map(({ id, text }) => ({ id, text })),
    })),
  };
}

export { conditionHolds };
