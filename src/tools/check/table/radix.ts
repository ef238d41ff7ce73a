// Answer sets as mixed-radix integers: one digit per question, 0 when it is not asked; a single
// question's digit is its option's place + 1, a multiple one's the bit mask of its options. Each
// answer set is indexed once; a neighbour (one answer changed) is then a lookup, not a rescoring.
import type { Answers, Content, Question } from '../../../content/types';

export interface Radix {
  questions: readonly Question[];
  /** Place value of each question's digit. */
  stride: number[];
  size: number;
  /** Option id → place, per question. */
  place: Map<string, number>[];
}

export function radixOf(content: Content): Radix {
  const stride: number[] = [];
  let size = 1;
  for (const q of content.questions) {
    stride.push(size);
    size *= q.kind === 'single' ? q.options.length + 1 : 2 ** q.options.length;
  }
  if (!Number.isSafeInteger(size)) throw new Error('too many possible answer sets to index');
  const place = content.questions.map((q) => new Map(q.options.map((o, i) => [o.id, i])));
  return { questions: content.questions, stride, size, place };
}

export function digitOf(radix: Radix, qi: number, values: readonly string[] | undefined): number {
  if (!values?.length) return 0;
  const q = radix.questions[qi]!;
  const place = radix.place[qi]!;
  if (q.kind === 'single') return place.get(values[0]!)! + 1;
  return values.reduce((mask, v) => mask | (1 << place.get(v)!), 0);
}

export const encode = (radix: Radix, answers: Answers) =>
  radix.questions.reduce((n, q, qi) => n + digitOf(radix, qi, answers[q.id]) * radix.stride[qi]!, 0);

export function decodeDigits(radix: Radix, index: number): number[] {
  return radix.questions.map((q, qi) => {
    const base = q.kind === 'single' ? q.options.length + 1 : 2 ** q.options.length;
    return Math.floor(index / radix.stride[qi]!) % base;
  });
}

export function valuesOf(radix: Radix, qi: number, digit: number): string[] {
  const q = radix.questions[qi]!;
  if (digit === 0) return [];
  if (q.kind === 'single') return [q.options[digit - 1]!.id];
  return q.options.filter((_, i) => digit & (1 << i)).map((o) => o.id);
}

export function answersOfDigits(radix: Radix, digits: readonly number[], upTo = digits.length): Record<string, string[]> {
  const answers: Record<string, string[]> = {};
  for (let qi = 0; qi < upTo; qi++) if (digits[qi]) answers[radix.questions[qi]!.id] = valuesOf(radix, qi, digits[qi]!);
  return answers;
}

/** Every digit a question takes when answered: each option, or each non-empty set of options. */
export function allDigits(q: Question): number[] {
  const n = q.kind === 'single' ? q.options.length : 2 ** q.options.length - 1;
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** The other answers one change reaches: another option, or one option more or fewer (never none). */
export function otherDigits(q: Question, digit: number): number[] {
  if (q.kind === 'single') return allDigits(q).filter((d) => d !== digit);
  return q.options.map((_, i) => digit ^ (1 << i)).filter((d) => d !== 0);
}

/** Per question, the later questions whose being asked can hang on its answer (through `showIf`). */
export function dependents(content: Content): Set<number>[] {
  const ids = content.questions.map((q) => q.id);
  const deps = ids.map(() => new Set<number>());
  content.questions.forEach((q, j) => {
    for (const named of Object.keys(q.showIf ?? {})) {
      const i = ids.indexOf(named);
      if (i < 0) continue;
      deps[i]!.add(j);
      // Whatever `named` hangs on, this follow-up hangs on too.
      for (const d of deps) if (d.has(i)) d.add(j);
    }
  });
  return deps;
}
