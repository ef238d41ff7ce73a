import type { Answers, Content, Evidence, OutcomeId, RoleId, Support } from '../../content/types';
import { conditionHolds } from '../conditions';

export interface Applied {
  question: string;
  answer: string;
  said: string;
  support: Support;
}

export interface Decided {
  outcome: OutcomeId;
  order: RoleId[];
  scores: Record<RoleId, number>;
  evidence: Evidence;
  mixed: boolean;
  /** Every support that counted, in question order: each is a reason. */
  applied: Applied[];
}

/**
 * The rule (ADR 0007): `both` only when each role has enough points, neither outweighs the
 * other by more than `both.ratio`, and each has points of its own beyond the setting questions;
 * otherwise the stronger role, a tie going to the role that comes first. A single role decided
 * by few answers or a near tie is a lean. Expects answers already pruned to what is asked.
 */
export function decide(content: Content, answers: Answers): Decided {
  const [roleA, roleB] = content.roles;
  const { both, lean, first, mixedAt } = content.decision;
  const scores: Record<RoleId, number> = { [roleA]: 0, [roleB]: 0 };
  const own: Record<RoleId, number> = { [roleA]: 0, [roleB]: 0 };
  const applied: Applied[] = [];
  const counted = new Set<string>();

  for (const q of content.questions) {
    for (const answer of answers[q.id] ?? []) {
      const option = q.options.find((o) => o.id === answer);
      for (const support of option?.supports ?? []) {
        if (!conditionHolds(support.when, answers)) continue;
        scores[support.role] = (scores[support.role] ?? 0) + support.points;
        if (!both.setting.includes(q.id)) own[support.role] = (own[support.role] ?? 0) + support.points;
        applied.push({ question: q.id, answer, said: option!.said, support });
        counted.add(q.id);
      }
    }
  }

  const firstRole = first.find((rule) => conditionHolds(rule.when, answers))?.role ?? roleA;
  const other = (role: RoleId) => (role === roleA ? roleB : roleA);
  const a = scores[roleA]!;
  const b = scores[roleB]!;
  const [low, high] = [Math.min(a, b), Math.max(a, b)];
  const isBoth =
    low >= both.atLeast &&
    (both.ratio === null || high <= both.ratio * low) &&
    own[roleA]! >= both.ownAtLeast &&
    own[roleB]! >= both.ownAtLeast;

  if (isBoth) {
    return { outcome: 'both', order: [firstRole, other(firstRole)], scores, evidence: 'clear', mixed: true, applied };
  }
  const outcome = a === b ? firstRole : a > b ? roleA : roleB;
  let evidence: Evidence = 'clear';
  if (lean && counted.size < lean.fewerAnswersThan) evidence = 'few';
  else if (lean && high - low <= lean.marginAtMost) evidence = 'close';
  return { outcome, order: [outcome], scores, evidence, mixed: low >= mixedAt, applied };
}
