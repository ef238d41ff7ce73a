// Worked examples for the decision table: per group, the plainest answer set of each variant.
import type { Answers, Content } from '../../../content/types';
import type { Recommendation } from '../../../domain/index.ts';
import { answerText } from '../spread.ts';
import { describeOutcomeKey } from './markdown.ts';

export interface Example {
  answers: Answers;
  result: Recommendation;
  /** Choices made on multiple-choice questions: the fewer, the plainer the example. */
  choices: number;
}

/**
 * Keeps, per group, the best candidate for each variant (the answers to the first two questions):
 * a higher `rank` wins, then fewer choices, then the first met (walk order).
 */
export class Best {
  private readonly byGroup = new Map<string, Map<string, { example: Example; rank: number; variant: readonly number[] }>>();
  offer(group: string, variant: readonly number[], example: Example, rank: number): void {
    const groups = this.byGroup.get(group) ?? this.byGroup.set(group, new Map()).get(group)!;
    const key = variant.join(',');
    const held = groups.get(key);
    if (!held || rank > held.rank || (rank === held.rank && example.choices < held.example.choices))
      groups.set(key, { example, rank, variant });
  }
  /** Up to `n` of a group, the best first: each with another answer to the first question while there are any. */
  pick(group: string, n: number): Example[] {
    const held = [...(this.byGroup.get(group)?.values() ?? [])];
    held.sort(
      (a, b) => b.rank - a.rank || a.example.choices - b.example.choices || a.variant.reduce((d, x, i) => d || x - b.variant[i]!, 0),
    );
    const picked = new Set<(typeof held)[number]>();
    const firsts = new Set<number>();
    for (const h of held) {
      if (picked.size >= n || firsts.has(h.variant[0]!)) continue;
      picked.add(h);
      firsts.add(h.variant[0]!);
    }
    for (const h of held) if (picked.size < n) picked.add(h);
    return held.filter((h) => picked.has(h)).map((h) => h.example);
  }
}

export const scoresText = (content: Content, r: Recommendation) =>
  content.roles.map((role) => `${role} ${r.scores[role] ?? 0}`).join(' · ');

/** Per outcome, the picked answer sets with their scores and reasons, as markdown lines. */
export function workedExamples(content: Content, keys: readonly string[], representative: Best): string[] {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const firstQ = content.questions[0]!;
  push(
    '## Worked examples',
    '',
    `Per outcome, up to three answer sets, with different answers to \`${firstQ.id}\` where the outcome allows: for a single role the widest`,
    'lead, for both the strongest support of the weaker role; then the fewest choices.',
    '',
  );
  for (const k of keys) {
    push(`### ${describeOutcomeKey(k)} (\`${k}\`)`, '');
    const list = representative.pick(k, 3);
    if (!list.length) push('No answer set gives this outcome.', '');
    for (const e of list) {
      const r = e.result;
      push(
        `- \`${answerText(content, e.answers)}\``,
        `  - scores ${scoresText(content, r)}; evidence ${r.evidence}; headline \`${r.headline.id}\`` +
          (r.orderText ? `; order text \`${r.orderText.id}\`` : ''),
        ...r.reasons.map((reason) => `  - ${reason.role} +${reason.points}: ${reason.text}`),
      );
    }
    if (list.length) push('');
  }
  return out;
}
