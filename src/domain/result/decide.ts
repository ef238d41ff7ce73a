import type { Answers, Content, Evidence, OutcomeId, RoleId, Support } from '../../content/types';
import { conditionHolds } from '../conditions';

export interface Applied {
  question: string;
  answer: string;
  restated: string;
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

/** Whether `role` is earned by a need of its own (decision.second; ADR 0015). */
function earnsSecond(content: Content, role: RoleId, answers: Answers): boolean {
  const second = content.decision.second;
  return (
    !!second &&
    second.rules.some(
      (rule) => rule.role === role && conditionHolds(rule.when, answers) && !(rule.unless ?? []).some((u) => conditionHolds(u, answers)),
    )
  );
}

/**
 * The rule. Every answer gives points to the roles it supports; the stronger role is the
 * outcome, a tie going to the role that comes first. `both` (ADR 0007, versions 1 and 2) when
 * each role has enough points, neither outweighs the other by more than `both.ratio`, and each
 * has points of its own beyond the setting questions. `second` (ADR 0015, version 3 on) when
 * the weaker role has a need of its own that the stronger cannot meet (a rule of
 * `second.rules`) and at least `second.atLeast` points. A single role decided by few answers
 * or a near tie is a lean. Expects answers already pruned to what is asked.
 */
export function decide(content: Content, answers: Answers): Decided {
  const [roleA, roleB] = content.roles;
  const { both, lean, first, mixedAt } = content.decision;
  const scores: Record<RoleId, number> = { [roleA]: 0, [roleB]: 0 };
  const pointsBeyondSetting: Record<RoleId, number> = { [roleA]: 0, [roleB]: 0 };
  const applied: Applied[] = [];
  const counted = new Set<string>();

  for (const q of content.questions) {
    for (const answer of answers[q.id] ?? []) {
      const option = q.options.find((o) => o.id === answer);
      for (const support of option?.supports ?? []) {
        if (!conditionHolds(support.when, answers)) continue;
        scores[support.role] = (scores[support.role] ?? 0) + support.points;
        if (!both?.setting.includes(q.id)) pointsBeyondSetting[support.role] = (pointsBeyondSetting[support.role] ?? 0) + support.points;
        applied.push({ question: q.id, answer, restated: option!.restated, support });
        counted.add(q.id);
      }
    }
  }

  const firstRole = first.find((rule) => conditionHolds(rule.when, answers))?.role ?? roleA;
  const other = (role: RoleId) => (role === roleA ? roleB : roleA);
  const a = scores[roleA]!;
  const b = scores[roleB]!;
  const [low, high] = [Math.min(a, b), Math.max(a, b)];
  const outcome = a === b ? firstRole : a > b ? roleA : roleB;
  const second = content.decision.second;
  const isBoth = second
    ? scores[other(outcome)]! >= second.atLeast && earnsSecond(content, other(outcome), answers)
    : !!both &&
      low >= both.atLeast &&
      (both.ratio === null || high <= both.ratio * low) &&
      pointsBeyondSetting[roleA]! >= both.ownAtLeast &&
      pointsBeyondSetting[roleB]! >= both.ownAtLeast;

  if (isBoth) {
    return { outcome: 'both', order: [firstRole, other(firstRole)], scores, evidence: 'clear', mixed: true, applied };
  }
  let evidence: Evidence = 'clear';
  // A tie is chosen by which role comes first, not by the answers: never "slightly more".
  if (lean?.tie && a === b) evidence = 'tie';
  else if (lean && counted.size < lean.fewerAnswersThan) evidence = 'few';
  else if (lean && high - low <= lean.marginAtMost) evidence = 'close';
  // "The best fit" only when the family's own needs support the winner, not only where the
  // person is or who is around (issue 21): otherwise the result says what it rests on.
  else if (lean?.ownNeeds && !applied.some((x) => x.question === lean.ownNeeds && x.support.role === outcome)) evidence = 'setting';
  return { outcome, order: [outcome], scores, evidence, mixed: low >= mixedAt, applied };
}
