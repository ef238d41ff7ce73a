// Markdown pieces for the decision table: numbers, bars, tables, conditions in words.
import type { Condition, Content } from '../../../content/types';
import { percent } from '../spread.ts';

export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
export const pct = (part: number, whole: number) => percent(whole ? part / whole : 0);
export const describeCondition = (c: Condition) =>
  Object.entries(c)
    .map(([q, v]) => `${q} = ${v.join(' or ')}`)
    .join(', ');

export function describeOutcomeKey(key: string): string {
  const [outcome, order] = key.split(':');
  return order ? `${outcome}, ${order.split(',')[0]} first` : outcome!;
}

/** A bar of `width` cells for a share, in eighths of a cell. */
export function bar(x: number, width: number): string {
  const eighths = Math.round(x * width * 8);
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8]!;
  return ('█'.repeat(Math.floor(eighths / 8)) + partial).padEnd(width, ' ');
}

export function table(head: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[] = []): string[] {
  const align = head.map((_, i) => (right[i] ? '---:' : '---'));
  return [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** The decision rule of content.json in one paragraph. */
export function ruleInWords(d: Content['decision']): string {
  return (
    '**The rule.** ' +
    [
      d.second
        ? `The role with more points; both roles when the other one scores at least ${d.second.atLeast} and has work of its own: ` +
          d.second.rules
            .map(
              (r) =>
                `${r.role} when ${describeCondition(r.when)}${r.unless?.length ? ` (not when ${r.unless.map(describeCondition).join(', or ')})` : ''}`,
            )
            .join('; ') +
          '.'
        : d.both
          ? `Both roles when each scores at least ${d.both.atLeast}` +
            (d.both.ratio !== null ? `, neither more than ${d.both.ratio} times the other` : '') +
            (d.both.ownAtLeast
              ? `, and each has at least ${d.both.ownAtLeast} points from answers other than ${d.both.setting.join(' and ')}`
              : '') +
            '; otherwise the role with more points.'
          : 'The role with more points.',
      'Which role comes first (for both, and on a tie): ' +
        d.first.map((f) => (f.when ? `${f.role} when ${describeCondition(f.when)}` : `otherwise ${f.role}`)).join('; ') +
        '.',
      d.lean
        ? `A single role is worded as a lean: "few" when fewer than ${d.lean.fewerAnswersThan} questions gave points, "close" when it leads by at most ${d.lean.marginAtMost}.`
        : 'Every single-role result is worded as clear.',
    ].join(' ')
  );
}
