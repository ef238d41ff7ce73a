// How often one changed answer changes the result: every answer set against each answer set
// that one change reaches (follow-up questions that appear are answered every way).
import type { Content } from '../../../content/types';
import type { Domain } from '../reachability.ts';
import { isBoth } from '../spread.ts';
import { pct, table, thousands } from './markdown.ts';
import { allDigits, answersOfDigits, decodeDigits, dependents, otherDigits, type Radix } from './radix.ts';

export interface Sensitivity {
  question: string;
  /** Answer sets that answer this question. */
  sets: number;
  /** (answer set, change) pairs. */
  pairs: number;
  /** Pairs whose outcome or order differs. */
  changed: number;
  /** Pairs whose outcome differs (not just the order of both). */
  outcome: number;
  /** Neighbours that were not a valid answer set (none, when the walk and the routing agree). */
  missing: number;
}

export interface SensitivityInput {
  content: Content;
  domain: Pick<Domain, 'visibleQuestions'>;
  radix: Radix;
  /** Every valid answer set's index, and its outcome code there (0: not a valid set). */
  indices: readonly number[];
  codeAt: (index: number) => number;
  /** Outcome key per code - 1. */
  codeKeys: readonly string[];
}

export function sensitivityOf({ content, domain, radix, indices, codeAt, codeKeys }: SensitivityInput): Sensitivity[] {
  const deps = dependents(content);
  const sensitivity: Sensitivity[] = content.questions.map((q) => ({
    question: q.id,
    sets: 0,
    pairs: 0,
    changed: 0,
    outcome: 0,
    missing: 0,
  }));
  const isBothCode = codeKeys.map((k) => isBoth(k));
  const outcomeOf = (code: number) => (isBothCode[code - 1] ? 'both' : codeKeys[code - 1]);

  /** The digit vectors a change leads to: follow-ups that appear are answered every way, those that go are dropped. */
  const settle = (digits: number[], from: number, follow: Set<number>): number[][] => {
    for (let j = from; j < digits.length; j++) {
      if (!follow.has(j)) continue;
      const q = content.questions[j]!;
      const asked = domain.visibleQuestions(content, answersOfDigits(radix, digits, j)).some((v) => v.id === q.id);
      if (!asked && digits[j]) digits[j] = 0;
      else if (asked && !digits[j]) {
        return allDigits(q).flatMap((d) => {
          const next = [...digits];
          next[j] = d;
          return settle(next, j + 1, follow);
        });
      }
    }
    return [digits];
  };

  for (const index of indices) {
    const code = codeAt(index);
    const digits = decodeDigits(radix, index);
    content.questions.forEach((q, qi) => {
      const digit = digits[qi]!;
      if (!digit) return;
      const s = sensitivity[qi]!;
      s.sets++;
      for (const other of otherDigits(q, digit)) {
        let neighbours: number[];
        if (!deps[qi]!.size) neighbours = [index + (other - digit) * radix.stride[qi]!];
        else {
          const changed = [...digits];
          changed[qi] = other;
          neighbours = settle(changed, qi + 1, deps[qi]!).map((d) => d.reduce((n, x, i) => n + x * radix.stride[i]!, 0));
        }
        for (const n of neighbours) {
          const c = codeAt(n);
          s.pairs++;
          if (!c) s.missing++;
          else if (c !== code) {
            s.changed++;
            if (outcomeOf(c) !== outcomeOf(code)) s.outcome++;
          }
        }
      }
    });
  }
  return sensitivity;
}

/** The sensitivity table, as markdown lines. */
export function sensitivitySection(sensitivity: readonly Sensitivity[]): string[] {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const missing = sensitivity.reduce((n, s) => n + s.missing, 0);
  push(
    '## Sensitivity: one answer changed',
    '',
    'For each question: every answer set that answers it, changed in that answer alone — to each other option, or',
    'for a multiple-choice question one option added or removed (never none). When the change makes a follow-up',
    'question appear, each of its answers counts as a change of its own; when it makes one disappear, that answer is dropped.',
    'The share is of all such (answer set, change) pairs.',
    '',
    ...table(
      ['Question', 'Answer sets', 'Changes', 'Outcome or order changes', 'Outcome changes', 'Only the order changes'],
      sensitivity.map((s) => [
        `\`${s.question}\``,
        thousands(s.sets),
        thousands(s.pairs),
        pct(s.changed, s.pairs),
        pct(s.outcome, s.pairs),
        pct(s.changed - s.outcome, s.pairs),
      ]),
      [false, true, true, true, true, true],
    ),
    '',
  );
  if (missing) push(`**${thousands(missing)} changes led to an answer set the walk never met**: the routing and the walk disagree.`, '');
  return out;
}
