// Would re-tuning the points of a content version help on writers it has not seen? For each
// writer lens, the points are tuned on the other lenses' stories (greedy steps of ±1 or ±2 on
// one support at a time, kept when they gain `minGain` first-choice ratings and lose no case
// accepted by every rater) and the lens is scored with them (ADR 0019). The rule's shape and
// every text stay; only numbers move, between `min` and `max`. Pure and deterministic.
import type { Content } from '../../src/content/types.ts';
import type { Bank, Choice } from './bank.ts';
import { leaveEachWriterOut } from './folds.ts';
import { caseAnswers, choiceFor } from './guide.ts';

export interface RetuneOptions {
  /** Ratings a step must gain on the stories it is tuned on. */
  minGain: number;
  /** Bounds of a support's points: 1 keeps every duty the content names worth something. */
  min: number;
  max: number;
  sweeps: number;
}
export const RETUNE: RetuneOptions = { minGain: 2, min: 1, max: 8, sweeps: 4 };

/** Every support of every option, in content order, named `question=option→role`. */
export function supports(content: Content): { name: string; points: number }[] {
  return content.questions.flatMap((q) =>
    q.options.flatMap((o) => o.supports.map((s) => ({ name: `${q.id}=${o.id}→${s.role}`, points: s.points }))),
  );
}

/** The content with its supports' points replaced, in `supports` order. */
export function withPoints(content: Content, points: readonly number[]): Content {
  let i = 0;
  return {
    ...content,
    questions: content.questions.map((q) => ({
      ...q,
      options: q.options.map((o) => ({ ...o, supports: o.supports.map((s) => ({ ...s, points: points[i++]! })) })),
    })),
  };
}

type Row = { id: string; writer: string; answers: ReturnType<typeof caseAnswers>; firsts: Choice[]; accepts: Choice[][] };

function rowsOf(bank: Bank, content: Content, ids: readonly string[]): Row[] {
  const byId = new Map(bank.cases.map((c) => [c.id, c]));
  return ids.map((id) => {
    const rs = bank.ratings.get(id)!;
    return {
      id,
      writer: byId.get(id)!.writer,
      answers: caseAnswers(content, byId.get(id)!),
      firsts: rs.map((r) => r.first),
      accepts: rs.map((r) => r.accept),
    };
  });
}

function scoreOf(content: Content, rows: readonly Row[]): { first: number; accepted: number } {
  let first = 0;
  let accepted = 0;
  for (const row of rows) {
    const g = choiceFor(content, row.answers);
    first += row.firsts.filter((f) => f === g).length;
    if (row.accepts.every((a) => a.includes(g))) accepted++;
  }
  return { first, accepted };
}

function tune(content: Content, rows: readonly Row[], options: RetuneOptions): number[] {
  let points = supports(content).map((s) => s.points);
  let best = scoreOf(content, rows);
  for (let sweep = 0; sweep < options.sweeps; sweep++) {
    let moved = false;
    for (let i = 0; i < points.length; i++)
      for (const step of [-2, -1, 1, 2]) {
        const value = points[i]! + step;
        if (value < options.min || value > options.max) continue;
        const tried = points.map((p, j) => (j === i ? value : p));
        const score = scoreOf(withPoints(content, tried), rows);
        if (score.first >= best.first + options.minGain && score.accepted >= best.accepted) {
          points = tried;
          best = score;
          moved = true;
        }
      }
    if (!moved) break;
  }
  return points;
}

/** The points tuned on all of `ids`: a candidate, with what it changes. */
export function retuned(bank: Bank, content: Content, ids: readonly string[], options = RETUNE) {
  const points = tune(content, rowsOf(bank, content, ids), options);
  const before = supports(content);
  return { points, changes: before.flatMap((s, i) => (points[i] !== s.points ? [{ name: s.name, from: s.points, to: points[i]! }] : [])) };
}

/** Each case's choice under points tuned without its writer's lens: for `measure`. */
export function leaveOneWriterOutRetuned(bank: Bank, content: Content, ids: readonly string[], options = RETUNE): Map<string, Choice> {
  return leaveEachWriterOut(rowsOf(bank, content, ids), (others) => {
    const tuned = withPoints(content, tune(content, others, options));
    return (row) => choiceFor(tuned, row.answers);
  });
}
