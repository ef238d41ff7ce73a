import type { Answers, Content, OutcomeId, RoleId } from '../content/types';
import { conditionHolds } from './conditions';
import { fill } from './fill';
import { pruneAnswers } from './questions';

export interface Reason {
  question: string;
  answer: string;
  role: RoleId;
  duty: string;
  points: number;
  /** The answer in the reader's words, e.g. "they are in hospital now". */
  said: string;
  /** The duty of the role that this answer calls for. */
  because: string;
  text: string;
}

export interface Recommendation {
  contentVersion: number;
  outcome: OutcomeId;
  /** The roles to contact, in order: one role, or both with the one that fits now first. */
  order: RoleId[];
  scores: Record<RoleId, number>;
  /** True when the answers give notable support to both roles. */
  mixed: boolean;
  reasons: Reason[];
  extras: { id: string; title: string; text: string }[];
  nextSteps: { id: string; text: string }[];
}

export const BOTH: OutcomeId = 'both';

/**
 * Scores each role from the content's weights and decides. Both roles with real support
 * give `both`, ordered by where the person is now; otherwise the stronger role wins, and a
 * tie goes to the role that fits where the person is now.
 */
export function recommend(content: Content, given: Answers): Recommendation {
  const answers = pruneAnswers(content, given);
  const [roleA, roleB] = content.roles;
  const scores: Record<RoleId, number> = { [roleA]: 0, [roleB]: 0 };
  const reasons: Reason[] = [];

  for (const q of content.questions) {
    for (const answer of answers[q.id] ?? []) {
      const option = q.options.find((o) => o.id === answer);
      for (const s of option?.supports ?? []) {
        scores[s.role] = (scores[s.role] ?? 0) + s.points;
        const said = option!.said;
        const because = content.profiles[s.role]?.duties[s.duty]?.because ?? '';
        const text = `${fill(content.ui.result.reason, { answer: said })} ${because}`.trim();
        reasons.push({ question: q.id, answer, role: s.role, duty: s.duty, points: s.points, said, because, text });
      }
    }
  }

  const { supportedAt, mixedAt, firstRole } = content.decision;
  const nowAnswer = answers[firstRole.question]?.[0];
  const fitsNow = (nowAnswer && firstRole.byAnswer[nowAnswer]) || roleA;
  const other = (role: RoleId) => (role === roleA ? roleB : roleA);
  const a = scores[roleA]!;
  const b = scores[roleB]!;

  let outcome: OutcomeId;
  let order: RoleId[];
  if (a >= supportedAt && b >= supportedAt) {
    outcome = BOTH;
    order = [fitsNow, other(fitsNow)];
  } else {
    outcome = a === b ? fitsNow : a > b ? roleA : roleB;
    order = [outcome];
  }

  // Reasons for the role to contact first come first; shared steps follow role-specific ones.
  const byOrder = (role: RoleId) => (order.includes(role) ? order.indexOf(role) : order.length);
  reasons.sort((x, y) => byOrder(x.role) - byOrder(y.role));

  return {
    contentVersion: content.version,
    outcome,
    order,
    scores,
    mixed: Math.min(a, b) >= mixedAt,
    reasons,
    extras: content.extras.filter((e) => conditionHolds(e.when, answers)).map(({ id, title, text }) => ({ id, title, text })),
    nextSteps: content.nextSteps
      .filter((s) => s.roles.some((role) => order.includes(role)) && conditionHolds(s.when, answers))
      .map((s, i) => ({ s, key: s.roles.length === 1 ? order.indexOf(s.roles[0]!) : order.length + i }))
      .sort((x, y) => x.key - y.key)
      .map(({ s }) => ({ id: s.id, text: s.text })),
  };
}
