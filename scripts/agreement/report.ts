// The words `npm run content:agreement` prints for one part of the bank.
import type { Goals } from '../../src/content/schema/goals.ts';
import type { FamilyFigures, QuestionAgreement } from './family.ts';
import { type Figures, type GroupFigures, helpsHurts, pct, type Rate } from './measure.ts';

const show = (r: Rate) => `${pct(r).toFixed(1)} % (${r.agree} of ${r.of})`;

export function report(part: string, f: Figures, listMisses: boolean): string {
  const lines = [
    `== ${part}: ${f.cases} cases, ${f.ratings} ratings`,
    `Raters with each other: same first choice ${show(f.raters.first)}; each accepts the other's ${show(f.raters.mutual)}; a rater's choice accepted by every other rater ${show(f.raters.acceptedByOthers)}`,
    `Guide: first choice agrees with a rater's ${show(f.guide.first)}; accepted by every rater ${show(f.guide.acceptedByAll)}`,
    `  per rater: ${[...f.guide.perRater].map(([k, r]) => `${k} ${show(r)}`).join('; ')}`,
    `  per majority choice: ${[...f.guide.perMajority].map(([k, r]) => `${k} ${show(r)}`).join('; ')}`,
    `  by rater's confidence: ${[...f.guide.byConfidence].map(([k, r]) => `${k} ${show(r)}`).join('; ')}`,
    `  guide chose: ${[...f.guide.chosen].map(([k, n]) => `${k} ${n}`).join('; ')}`,
    `Missed (guide → majority): ${[...f.misses].map(([k, m]) => `${k} ${m.length}`).join('; ') || 'none'}`,
  ];
  if (listMisses)
    for (const [group, misses] of f.misses) {
      lines.push(`  ${group}:`);
      for (const m of misses) lines.push(`    ${m.id} ${m.answers}  raters: ${m.firsts.join(', ')}`);
    }
  return lines.join('\n');
}

export function goalVerdicts(f: Figures, goals: NonNullable<Goals['agreement']>): { met: boolean; text: string } {
  const first = pct(f.guide.first) / 100;
  const ceiling = pct(f.raters.first) / 100;
  const accepted = pct(f.guide.acceptedByAll) / 100;
  const checks = [
    [`first choice ≥ ${goals.firstAtLeast * 100} %`, first >= goals.firstAtLeast],
    [
      `at most ${goals.belowRatersAtMost * 100} points below the raters' ${(ceiling * 100).toFixed(1)} %`,
      ceiling - first <= goals.belowRatersAtMost + 1e-9,
    ],
    [`accepted by every rater ≥ ${goals.acceptedByAllAtLeast * 100} %`, accepted >= goals.acceptedByAllAtLeast],
  ] as const;
  return {
    met: checks.every(([, ok]) => ok),
    text: `Goals: ${checks.map(([what, ok]) => `${what}: ${ok ? 'met' : 'MISSED'}`).join('; ')}`,
  };
}

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/**
 * One line per group (`--by writer`): first-choice agreement and accepted by every rater, the
 * raters' own agreement for the ceiling, and with a second version the change in ratings and
 * cases; the pooled line last, then how many groups the change helps and hurts.
 */
export function reportBy(by: string, rows: readonly GroupFigures[], labels: { version: string; against?: string }): string {
  const lines = [
    `== by ${by}: content ${labels.version}${labels.against ? ` against ${labels.against}` : ''}`,
    `${by.padEnd(7)} cases  raters   first choice            accepted by all${labels.against ? `       ${labels.against} first choice         ${labels.against} accepted      change` : ''}`,
  ];
  for (const { group, figures: f, against: g } of rows) {
    const cols = [
      group.padEnd(7),
      String(f.cases).padStart(5),
      `${pct(f.raters.first).toFixed(1).padStart(6)} %`,
      show(f.guide.first).padEnd(22),
      show(f.guide.acceptedByAll).padEnd(20),
    ];
    if (g)
      cols.push(
        show(g.guide.first).padEnd(22),
        show(g.guide.acceptedByAll).padEnd(20),
        `${signed(f.guide.first.agree - g.guide.first.agree)} ratings, ${signed(f.guide.acceptedByAll.agree - g.guide.acceptedByAll.agree)} accepted`,
      );
    lines.push(cols.join('  ').trimEnd());
  }
  if (labels.against) {
    const { helps, hurts, worst } = helpsHurts(rows);
    const groups = rows.length - 1;
    lines.push(
      `${labels.version} beats ${labels.against} in ${helps} of ${groups} ${by} groups, loses in ${hurts}; the largest loss in one group: ${-worst} rating${worst === -1 ? '' : 's'}`,
    );
  }
  return lines.join('\n');
}

/** `--ceiling`: ways of choosing, each scored on writer lenses it never saw (ADR 0019). */
export function reportCeiling(lenses: number, rows: readonly { label: string; figures: Figures }[]): string {
  const [head] = rows;
  if (!head) return '';
  return [
    `== ceiling: ${head.figures.cases} cases by ${lenses} writer lenses, each lens scored by what was learned from the others`,
    `Raters with each other: same first choice ${show(head.figures.raters.first)}`,
    ...rows.map(
      ({ label, figures }) =>
        `${label}: first choice ${show(figures.guide.first)}; accepted by every rater ${show(figures.guide.acceptedByAll)}`,
    ),
  ].join('\n');
}

/** `--family`: the answers families gave beside the writers', question by question, and the guide on each. */
export function reportFamily(version: string, questions: readonly QuestionAgreement[], f: FamilyFigures): string {
  return [
    `== a family's own answers: ${f.writers.cases} stories, each answered by ${f.families.length} readers playing the family`,
    'question             same as the writer      two families the same   marked a guess',
    ...questions.map((q) =>
      `${q.question.padEnd(20)} ${show(q.withWriter).padEnd(23)} ${show(q.betweenFamilies).padEnd(23)} ${q.guessed.of ? show(q.guessed) : ''}`.trimEnd(),
    ),
    `Raters with each other: same first choice ${show(f.writers.raters.first)}`,
    `Content ${version} on the writers' answers: first choice ${show(f.writers.guide.first)}; accepted by every rater ${show(f.writers.guide.acceptedByAll)}`,
    ...f.families.map(
      (g, i) =>
        `Content ${version} on family ${i + 1}'s answers: first choice ${show(g.guide.first)}; accepted by every rater ${show(g.guide.acceptedByAll)}`,
    ),
    `Content ${version} on a family's answers, all families: first choice ${show(f.allFamilies.first)}; accepted by every rater ${show(f.allFamilies.acceptedByAll)}`,
    `The guide's choice on a family's answers is its choice on the writer's: ${show(f.sameAsWriter)}; the same for two families of one story: ${show(f.sameBetweenFamilies)}`,
  ].join('\n');
}
