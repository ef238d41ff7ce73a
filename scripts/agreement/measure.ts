// Agreement figures for one part of the case bank: how often independent raters agree with each
// other (the ceiling), and how often the guide agrees with them. Pure: the caller says how the
// guide chooses, so the same figures serve any content version or rule.
import type { Bank, Case, Choice, Rating } from './bank.ts';

export interface Rate {
  agree: number;
  of: number;
}

export interface Miss {
  id: string;
  answers: string;
  guide: Choice;
  firsts: Choice[];
}

export interface Figures {
  cases: number;
  ratings: number;
  /**
   * Every pair of ratings of one case: the same first choice; each finding the other's acceptable.
   * And each rating's first choice accepted by every other rater of its case: what a professional
   * who read the whole story reaches on the guide's own "accepted by every rater" measure.
   */
  raters: { first: Rate; mutual: Rate; acceptedByOthers: Rate };
  guide: {
    /** Ratings whose first choice is the guide's. */
    first: Rate;
    /** Cases where every rater accepts the guide's choice. */
    acceptedByAll: Rate;
    perRater: Map<string, Rate>;
    /** By the raters' majority first choice ("split" when no two agree). */
    perMajority: Map<string, Rate>;
    byConfidence: Map<string, Rate>;
    chosen: Map<Choice, number>;
  };
  /** Cases the guide misses (not every rater accepts it, or it is not the majority's choice), grouped "guide → majority". */
  misses: Map<string, Miss[]>;
}

const add = (map: Map<string, Rate>, key: string, agree: boolean) => {
  const r = map.get(key) ?? { agree: 0, of: 0 };
  map.set(key, { agree: r.agree + (agree ? 1 : 0), of: r.of + 1 });
};

/** Every pair of two different items of `list`. */
export const pairs = <T>(list: readonly T[]): [T, T][] => list.flatMap((a, i) => list.slice(i + 1).map((b): [T, T] => [a, b]));

export const pct = (r: Rate) => (r.of ? (100 * r.agree) / r.of : 0);

export function majorityOf(ratings: readonly Rating[]): Choice | 'split' {
  const counts = new Map<Choice, number>();
  for (const r of ratings) counts.set(r.first, (counts.get(r.first) ?? 0) + 1);
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] > (second?.[1] ?? 0) && top[1] >= 2 ? top[0] : 'split';
}

export function measure(bank: Bank, ids: readonly string[], guideChoice: (c: Case) => Choice): Figures {
  const raters = { first: { agree: 0, of: 0 }, mutual: { agree: 0, of: 0 }, acceptedByOthers: { agree: 0, of: 0 } };
  const first = { agree: 0, of: 0 };
  const acceptedByAll = { agree: 0, of: 0 };
  const perRater = new Map<string, Rate>();
  const perMajority = new Map<string, Rate>();
  const byConfidence = new Map<string, Rate>();
  const chosen = new Map<Choice, number>();
  const misses = new Map<string, Miss[]>();
  let ratingCount = 0;
  const byId = new Map(bank.cases.map((c) => [c.id, c]));
  for (const id of ids) {
    const c = byId.get(id)!;
    const rs = bank.ratings.get(id)!;
    ratingCount += rs.length;
    for (const [a, b] of pairs(rs)) {
      raters.first.of++;
      raters.mutual.of++;
      if (a.first === b.first) raters.first.agree++;
      if (a.accept.includes(b.first) && b.accept.includes(a.first)) raters.mutual.agree++;
    }
    for (const r of rs) {
      raters.acceptedByOthers.of++;
      if (rs.every((o) => o === r || o.accept.includes(r.first))) raters.acceptedByOthers.agree++;
    }
    const guide = guideChoice(c);
    chosen.set(guide, (chosen.get(guide) ?? 0) + 1);
    for (const r of rs) {
      first.of++;
      if (r.first === guide) first.agree++;
      add(perRater, r.rater, r.first === guide);
      add(byConfidence, r.confidence, r.first === guide);
    }
    const majority = majorityOf(rs);
    add(perMajority, majority, majority === guide);
    const accepted = rs.every((r) => r.accept.includes(guide));
    acceptedByAll.of++;
    if (accepted) acceptedByAll.agree++;
    if (!accepted || majority !== guide) {
      const key = `${guide} → ${majority}`;
      misses.set(key, [...(misses.get(key) ?? []), { id, answers: c.answers, guide, firsts: rs.map((r) => r.first) }]);
    }
  }
  return {
    cases: ids.length,
    ratings: ratingCount,
    raters,
    guide: { first, acceptedByAll, perRater, perMajority, byConfidence, chosen },
    misses,
  };
}

/** One group of cases (a writer lens, say) measured alone, and optionally under a second rule. */
export interface GroupFigures {
  group: string;
  figures: Figures;
  against?: Figures;
}

/**
 * The figures per group of cases (`groupOf`, e.g. the writer's lens), in group order, and the
 * pooled figures over all of them last (group `all`). With `against`, each group is measured
 * under that second choice too, so a change can be judged group by group.
 */
export function measureBy(
  bank: Bank,
  ids: readonly string[],
  groupOf: (c: Case) => string,
  guideChoice: (c: Case) => Choice,
  against?: (c: Case) => Choice,
): GroupFigures[] {
  const byId = new Map(bank.cases.map((c) => [c.id, c]));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const g = groupOf(byId.get(id)!);
    groups.set(g, [...(groups.get(g) ?? []), id]);
  }
  const row = (group: string, members: readonly string[]): GroupFigures => ({
    group,
    figures: measure(bank, members, guideChoice),
    ...(against ? { against: measure(bank, members, against) } : {}),
  });
  return [...[...groups].sort(([a], [b]) => a.localeCompare(b)).map(([g, members]) => row(g, members)), row('all', ids)];
}

/** Groups where `figures` beats `against` on first-choice ratings, where it loses, and the largest loss. */
export function helpsHurts(rows: readonly GroupFigures[]): { helps: number; hurts: number; worst: number } {
  let helps = 0;
  let hurts = 0;
  let worst = 0;
  for (const { group, figures, against } of rows) {
    if (group === 'all' || !against) continue;
    const d = figures.guide.first.agree - against.guide.first.agree;
    if (d > 0) helps++;
    if (d < 0) hurts++;
    worst = Math.min(worst, d);
  }
  return { helps, hurts, worst };
}
