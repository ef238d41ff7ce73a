// What any rule over a content version's answers could reach on writers it has never seen,
// estimated the way a rule would be judged: for each writer lens, a model is fitted on the other
// lenses' ratings and scored on that lens's stories (leave one writer out; ADR 0019). The model
// is multinomial logistic regression on one indicator per answer option, the best-known simple
// learner for this; a rule written by hand is one function of the same answers, so when the model
// does no better on unseen writers than the shipped rule, reweighting the answers cannot either,
// and only a question carrying new facts can. Pure and deterministic (fixed steps, no randomness).
import type { Content } from '../../src/content/types.ts';
import { type Bank, type Case, CHOICES, type Choice, type Fact, factReadings } from './bank.ts';
import { caseAnswers } from './guide.ts';
import { leaveEachWriterOut } from './folds.ts';

/**
 * One indicator per option of every question, and for a many-answer question how many were
 * ticked; then, for each story fact in `facts`, whether most of its readers read `yes` and whether
 * most read `no` — as if the family had been asked it, to measure a question before writing it.
 */
export function features(content: Content, bank: Bank, c: Case, facts: readonly Fact[] = []): number[] {
  const answers = caseAnswers(content, c);
  const x = [1];
  for (const q of content.questions) {
    const given = answers[q.id] ?? [];
    for (const o of q.options) x.push(given.includes(o.id) ? 1 : 0);
    if (q.kind === 'multiple') x.push(given.length / q.options.length);
  }
  for (const fact of facts) {
    const read = factReadings(bank, c.id, fact);
    if (!read.length) throw new Error(`case ${c.id}: nobody read ${fact} from its story`);
    for (const value of ['yes', 'no'] as const) x.push(2 * read.filter((v) => v === value).length > read.length ? 1 : 0);
  }
  return x;
}

export interface FitOptions {
  /** The L2 penalty on every weight but the intercept. */
  l2: number;
  steps: number;
  rate: number;
  facts: readonly Fact[];
}
export const FIT: FitOptions = { l2: 0.002, steps: 1500, rate: 1, facts: [] };

export interface Model {
  /** One weight row per choice, in CHOICES order. */
  weights: number[][];
}

/** A case as the model sees it: its features, which are on, and its raters' share of each choice. */
interface Row {
  id: string;
  writer: string;
  x: number[];
  on: number[];
  n: number;
  target: number[];
}

function rowsOf(bank: Bank, content: Content, ids: readonly string[], facts: readonly Fact[]): Row[] {
  const byId = new Map(bank.cases.map((c) => [c.id, c]));
  return ids.map((id) => {
    const c = byId.get(id)!;
    const rs = bank.ratings.get(id)!;
    const x = features(content, bank, c, facts);
    // The indicators are mostly 0: the fit visits only the answers given.
    const on = x.flatMap((v, j) => (v ? [j] : []));
    return { id, writer: c.writer, x, on, n: rs.length, target: CHOICES.map((ch) => rs.filter((r) => r.first === ch).length / rs.length) };
  });
}

/**
 * Fits the model to the ratings of `ids`: each case weighs as many times as it has ratings, with
 * the share of its raters choosing each outcome as its target. Plain gradient descent on the mean
 * loss (1,500 steps reach the same choices as 3,000 of twice the size on the bank).
 */
export function fitModel(bank: Bank, content: Content, ids: readonly string[], options: FitOptions = FIT): Model {
  return fitRows(rowsOf(bank, content, ids, options.facts), options);
}

function fitRows(rows: readonly Row[], options: FitOptions): Model {
  const total = rows.reduce((s, r) => s + r.n, 0);
  const dim = rows[0]?.x.length ?? 0;
  const weights = CHOICES.map(() => new Array<number>(dim).fill(0));
  const grad = CHOICES.map(() => new Float64Array(dim));
  for (let step = 0; step < options.steps; step++) {
    for (const g of grad) g.fill(0);
    for (const { x, on, n, target } of rows) {
      const p = softmax(weights.map((w) => on.reduce((s, j) => s + w[j]! * x[j]!, 0)));
      for (let k = 0; k < CHOICES.length; k++) {
        const g = (n * (p[k]! - target[k]!)) / total;
        const gk = grad[k]!;
        for (const j of on) gk[j]! += g * x[j]!;
      }
    }
    for (let k = 0; k < CHOICES.length; k++)
      for (let j = 0; j < dim; j++) {
        const penalty = j === 0 ? 0 : 2 * options.l2 * weights[k]![j]!;
        weights[k]![j]! -= options.rate * (grad[k]![j]! + penalty);
      }
  }
  return { weights };
}

export function predict(model: Model, x: readonly number[]): Choice {
  const scores = model.weights.map((w) => dot(w, x));
  return CHOICES[scores.indexOf(Math.max(...scores))]!;
}

/** Each case's choice by a model fitted without its writer's lens: for `measure`. */
export function leaveOneWriterOut(bank: Bank, content: Content, ids: readonly string[], options: FitOptions = FIT): Map<string, Choice> {
  // Each case's features once, for every fold that trains or scores on it.
  return leaveEachWriterOut(rowsOf(bank, content, ids, options.facts), (others) => {
    const model = fitRows(others, options);
    return (row) => predict(model, row.x);
  });
}

const dot = (w: readonly number[], x: readonly number[]) => w.reduce((s, wj, j) => s + wj * x[j]!, 0);

function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
