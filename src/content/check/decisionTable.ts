// The decision table (`npm run content:table` → docs/decision-table.md): how the outcomes spread
// over every valid answer set of one content version, which answers sway them, how often one
// changed answer flips the result, and a few answer sets worked through. Pure: content, goals and
// the domain in (the content layer may not import the domain), markdown out, the same on every
// run (no dates or timings), so a test can tell when the committed file is stale.
import type { Goals } from '../schema.ts';
import type { Answers, Condition, Content, Question } from '../types';
import { expectedOutcomes, outcomeKey, type CheckedResult, type Domain } from './reachability.ts';
import { answerText, isBoth, percent, share, spreadOf, type Spread, type Tally } from './spread.ts';

/** What the table needs of the domain's result: the checks' result, with each reason's words. */
export interface TableResult extends CheckedResult {
  reasons: readonly { question: string; answer: string; role: string; duty: string; points: number; text: string }[];
}

export interface TableDomain extends Domain {
  recommend(content: Content, answers: Answers): TableResult;
}

export interface TableInput {
  content: Content;
  /** The version's goals (content.json `goals`), when it sets them. */
  goals: Goals | undefined;
  domain: TableDomain;
  /** How the file is made, for its first line. */
  command?: string;
}

// ---------------------------------------------------------------------------------------------
// Answer sets as mixed-radix integers: one digit per question, 0 when it is not asked; a single
// question's digit is its option's place + 1, a multiple one's the bit mask of its options. Each
// answer set is indexed once; a neighbour (one answer changed) is then a lookup, not a rescoring.

interface Radix {
  questions: readonly Question[];
  /** Place value of each question's digit. */
  stride: number[];
  size: number;
  /** Option id → place, per question. */
  place: Map<string, number>[];
}

function radixOf(content: Content): Radix {
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

function digitOf(radix: Radix, qi: number, values: readonly string[] | undefined): number {
  if (!values?.length) return 0;
  const q = radix.questions[qi]!;
  const place = radix.place[qi]!;
  if (q.kind === 'single') return place.get(values[0]!)! + 1;
  return values.reduce((mask, v) => mask | (1 << place.get(v)!), 0);
}

const encode = (radix: Radix, answers: Answers) =>
  radix.questions.reduce((n, q, qi) => n + digitOf(radix, qi, answers[q.id]) * radix.stride[qi]!, 0);

function decodeDigits(radix: Radix, index: number): number[] {
  return radix.questions.map((q, qi) => {
    const base = q.kind === 'single' ? q.options.length + 1 : 2 ** q.options.length;
    return Math.floor(index / radix.stride[qi]!) % base;
  });
}

function valuesOf(radix: Radix, qi: number, digit: number): string[] {
  const q = radix.questions[qi]!;
  if (digit === 0) return [];
  if (q.kind === 'single') return [q.options[digit - 1]!.id];
  return q.options.filter((_, i) => digit & (1 << i)).map((o) => o.id);
}

function answersOfDigits(radix: Radix, digits: readonly number[], upTo = digits.length): Record<string, string[]> {
  const answers: Record<string, string[]> = {};
  for (let qi = 0; qi < upTo; qi++) if (digits[qi]) answers[radix.questions[qi]!.id] = valuesOf(radix, qi, digits[qi]!);
  return answers;
}

/** Every digit a question takes when answered: each option, or each non-empty set of options. */
function allDigits(q: Question): number[] {
  const n = q.kind === 'single' ? q.options.length : 2 ** q.options.length - 1;
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** The other answers one change reaches: another option, or one option more or fewer (never none). */
function otherDigits(q: Question, digit: number): number[] {
  if (q.kind === 'single') return allDigits(q).filter((d) => d !== digit);
  return q.options.map((_, i) => digit ^ (1 << i)).filter((d) => d !== 0);
}

/** Per question, the later questions whose being asked can hang on its answer (through `showIf`). */
function dependents(content: Content): Set<number>[] {
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

// ---------------------------------------------------------------------------------------------

interface Example {
  answers: Answers;
  result: TableResult;
  /** Choices made on multiple-choice questions: the fewer, the plainer the example. */
  choices: number;
}

/**
 * Keeps, per group, the best candidate for each variant (the answers to the first two questions):
 * a higher `rank` wins, then fewer choices, then the first met (walk order).
 */
class Best {
  private readonly byGroup = new Map<string, Map<string, { example: Example; rank: number; variant: readonly number[] }>>();
  offer(group: string, variant: readonly number[], example: Example, rank: number): void {
    const groups = this.byGroup.get(group) ?? this.byGroup.set(group, new Map()).get(group)!;
    const key = variant.join(',');
    const held = groups.get(key);
    if (!held || rank > held.rank || (rank === held.rank && example.choices < held.example.choices)) groups.set(key, { example, rank, variant });
  }
  /** Up to `n` of a group, the best first: each with another answer to the first question while there are any. */
  pick(group: string, n: number): Example[] {
    const held = [...(this.byGroup.get(group)?.values() ?? [])];
    held.sort(
      (a, b) =>
        b.rank - a.rank ||
        a.example.choices - b.example.choices ||
        a.variant.reduce((d, x, i) => d || x - b.variant[i]!, 0),
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

interface Sensitivity {
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

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const pct = (part: number, whole: number) => percent(whole ? part / whole : 0);
const describeCondition = (c: Condition) =>
  Object.entries(c)
    .map(([q, v]) => `${q} = ${v.join(' or ')}`)
    .join(', ');

export function describeOutcomeKey(key: string): string {
  const [outcome, order] = key.split(':');
  return order ? `${outcome}, ${order.split(',')[0]} first` : outcome!;
}

const scoresText = (content: Content, r: CheckedResult) => content.roles.map((role) => `${role} ${r.scores[role] ?? 0}`).join(' · ');

/** A bar of `width` cells for a share, in eighths of a cell. */
function bar(x: number, width: number): string {
  const eighths = Math.round(x * width * 8);
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8]!;
  return ('█'.repeat(Math.floor(eighths / 8)) + partial).padEnd(width, ' ');
}

function table(head: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[] = []): string[] {
  const align = head.map((_, i) => (right[i] ? '---:' : '---'));
  return [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

export function decisionTable({ content, goals, domain, command = 'npm run content:table' }: TableInput): string {
  const radix = radixOf(content);
  const keys = expectedOutcomes(content);
  const keyCode = new Map(keys.map((k, i) => [k, i + 1]));
  // Outcome code per indexed answer set (0: not a valid set): a flat array while it stays small.
  const flat = radix.size <= 1 << 26 ? new Uint8Array(radix.size) : undefined;
  const sparse = flat ? undefined : new Map<number, number>();
  const setCode = (i: number, c: number) => {
    if (flat) flat[i] = c;
    else sparse!.set(i, c);
  };
  const codeAt = (i: number) => (flat ? flat[i]! : (sparse!.get(i) ?? 0));
  const indices: number[] = [];

  const multiple = content.questions.filter((q) => q.kind === 'multiple').map((q) => q.id);
  const firstQ = content.questions[0]!;
  // Examples vary by the answers to the first two questions (by option place).
  const variantQs = content.questions.slice(0, 2).map((q, qi) => ({ id: q.id, place: radix.place[qi]! }));
  const representative = new Best();
  const thin = new Best();
  const ties = new Map<string, number>();

  const spread: Spread = spreadOf(content, domain, goals, (answers, checked) => {
    const result = checked as TableResult;
    const key = outcomeKey(result);
    if (!keyCode.has(key)) keyCode.set(key, keyCode.size + 1);
    const index = encode(radix, answers);
    setCode(index, keyCode.get(key)!);
    indices.push(index);

    const example: Example = { answers, result, choices: multiple.reduce((n, q) => n + (answers[q]?.length ?? 0), 0) };
    const variant = variantQs.map((v) => v.place.get(answers[v.id]?.[0] ?? '') ?? -1);
    const [a, b] = content.roles.map((r) => result.scores[r] ?? 0) as [number, number];
    // Single roles: the widest margin; both: the weaker role's strongest support, then the most even.
    const rank = result.outcome === 'both' ? Math.min(a, b) * 1000 - Math.abs(a - b) : Math.abs(a - b);
    representative.offer(key, variant, example, rank);
    if (result.evidence !== 'clear') thin.offer(result.evidence, variant, example, 0);
    if (a === b) {
      ties.set(key, (ties.get(key) ?? 0) + 1);
      thin.offer('tie', variant, example, 0);
    }
  });
  const codeKeys = [...keyCode.keys()];
  const allKeys = codeKeys; // the four expected first, then any other met (there should be none)

  // ---- Sensitivity: every answer set against each set one changed answer reaches.
  const deps = dependents(content);
  const sensitivity: Sensitivity[] = content.questions.map((q) => ({ question: q.id, sets: 0, pairs: 0, changed: 0, outcome: 0, missing: 0 }));
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

  // ---- The document.
  const total = spread.all.total;
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const count = (t: Tally, k: string) => t.outcomes.get(k) ?? 0;
  const d = content.decision;

  push(
    `Generated by \`${command}\` from content/v${content.version} (locale ${content.locale}). Do not edit by hand: change the content, then run the command again (a test fails when this file is stale).`,
    '',
    `# Decision table: content version ${content.version}`,
    '',
    `How the result comes out over all ${thousands(total)} answer sets a person could give to version ${content.version}`,
    `(reviewed ${content.reviewed}), each counted once. Most of them tick many ${multiple.join(', ') || 'options'}, so the shares`,
    'show which outcomes are rare and which answers sway the result, not how often families get each one.',
    '',
    '**The rule.** ' +
      [
        `Both roles when each scores at least ${d.both.atLeast}` +
          (d.both.ratio !== null ? `, neither more than ${d.both.ratio} times the other` : '') +
          (d.both.ownAtLeast ? `, and each has at least ${d.both.ownAtLeast} points from answers other than ${d.both.setting.join(' and ')}` : '') +
          '; otherwise the role with more points.',
        'Which role comes first (for both, and on a tie): ' +
          d.first.map((f) => (f.when ? `${f.role} when ${describeCondition(f.when)}` : `otherwise ${f.role}`)).join('; ') +
          '.',
        d.lean
          ? `A single role is worded as a lean: "few" when fewer than ${d.lean.fewerAnswersThan} questions gave points, "close" when it leads by at most ${d.lean.marginAtMost}.`
          : 'Every single-role result is worded as clear.',
      ].join(' '),
    '',
  );

  // Spread and goals.
  push('## Outcomes', '', '```mermaid', `pie showData title Outcomes over all ${total} answer sets`);
  for (const k of allKeys) push(`    "${describeOutcomeKey(k)}" : ${count(spread.all, k)}`);
  push('```', '');
  const fewLabel = goals?.few ? `at most ${goals.few.atMost} ${goals.few.question}` : undefined;
  push(
    ...table(
      ['Outcome', 'Key', 'All answer sets', '%', ...(fewLabel ? [`With ${fewLabel}`, '%'] : [])],
      [
        ...allKeys.map((k) => [
          describeOutcomeKey(k),
          `\`${k}\``,
          thousands(count(spread.all, k)),
          pct(count(spread.all, k), total),
          ...(fewLabel ? [thousands(count(spread.few, k)), pct(count(spread.few, k), spread.few.total)] : []),
        ]),
        [
          '**all**',
          '',
          `**${thousands(total)}**`,
          '100.0 %',
          ...(fewLabel ? [`**${thousands(spread.few.total)}**`, '100.0 %'] : []),
        ],
      ],
      [false, false, true, true, true, true],
    ),
    '',
  );

  if (goals) {
    const met = (ok: boolean) => (ok ? 'met' : '**not met**');
    const both = share(spread.all, isBoth);
    const rows: string[][] = [
      ['Both at most', percent(goals.bothAtMost), percent(both), met(both <= goals.bothAtMost)],
      [
        `Never both when one role scores more than ${goals.bothRatioAtMost} times the other`,
        '0 answer sets',
        `${thousands(spread.bothOverRatio)} answer sets`,
        met(spread.bothOverRatio === 0),
      ],
      ...content.roles.map((role) => {
        const alone = share(spread.all, (k) => k === role);
        return [`${role} alone at least`, percent(goals.eachRoleAloneAtLeast), percent(alone), met(alone >= goals.eachRoleAloneAtLeast)];
      }),
    ];
    if (goals.few) {
      const few = share(spread.few, isBoth);
      rows.push([`Both at most, among answer sets with ${fewLabel}`, percent(goals.few.bothAtMost), percent(few), met(few <= goals.few.bothAtMost)]);
    }
    for (const [i, goal] of (goals.reach ?? []).entries()) {
      rows.push([
        `${goal.outcome} reachable when ${describeCondition(goal.when)} (${goal.why})`,
        'at least 1 answer set',
        `${thousands(spread.reached[i]!)} answer sets`,
        met(spread.reached[i]! > 0),
      ]);
    }
    push('### Goals (content.json `goals`)', '', ...table(['Goal', 'Target', 'Actual', 'Met'], rows), '');
  } else push(`Version ${content.version} sets no goals.`, '');

  // Per answer to the first question: text bars.
  push(`### By \`${firstQ.id}\``, '', '```text');
  const labelWidth = Math.max(...allKeys.map((k) => describeOutcomeKey(k).length));
  for (const o of firstQ.options) {
    const t = spread.byAnswer.get(firstQ.id)?.get(o.id);
    if (!t) continue;
    push(`${firstQ.id} = ${o.id} (${thousands(t.total)} answer sets)`);
    for (const k of allKeys) {
      const x = t.total ? count(t, k) / t.total : 0;
      push(`  ${describeOutcomeKey(k).padEnd(labelWidth)}  ${bar(x, 40)}  ${percent(x).padStart(7)}`);
    }
  }
  push('```', '');

  // Per answer: one table.
  push(
    '## By answer',
    '',
    'Each row: the answer sets that include this answer, and the share of them that gives each outcome.',
    '',
    ...table(
      ['Answer', 'Answer sets', ...allKeys.map((k) => `\`${k}\``)],
      content.questions.flatMap((q) =>
        q.options.map((o) => {
          const t = spread.byAnswer.get(q.id)?.get(o.id) ?? { total: 0, outcomes: new Map() };
          return [`${q.id}=${o.id}`, thousands(t.total), ...allKeys.map((k) => pct(count(t, k), t.total))];
        }),
      ),
      [false, true, ...allKeys.map(() => true)],
    ),
    '',
  );

  // Ties and thin evidence.
  const evidenceCount = (e: string) => spread.evidence.get(e) ?? 0;
  const tieTotal = [...ties.values()].reduce((a, b) => a + b, 0);
  const exampleRows = (list: Example[]) =>
    list.map((e) => [
      `\`${answerText(content, e.answers)}\``,
      `\`${outcomeKey(e.result)}\``,
      scoresText(content, e.result),
      e.result.evidence,
      `\`${e.result.headline.id}\``,
    ]);
  const exampleHead = ['Answers', 'Outcome', 'Scores', 'Evidence', 'Headline'];
  push(
    '## Ties and thin evidence',
    '',
    ...table(
      ['', 'Answer sets', '%'],
      [
        [`Tie (both roles score the same)`, thousands(tieTotal), pct(tieTotal, total)],
        ...allKeys.filter((k) => ties.has(k)).map((k) => [`… of which \`${k}\``, thousands(ties.get(k)!), pct(ties.get(k)!, total)]),
        [`Evidence "few" (a lean: few answers gave points)`, thousands(evidenceCount('few')), pct(evidenceCount('few'), total)],
        [`Evidence "close" (a lean: a narrow lead)`, thousands(evidenceCount('close')), pct(evidenceCount('close'), total)],
      ],
      [false, true, true],
    ),
    '',
    `Examples: the fewest ${multiple.join(', ') || 'choices'} first, each with another answer to \`${firstQ.id}\` where there is one.`,
    '',
  );
  for (const [kind, title] of [
    ['tie', 'Ties'],
    ['few', 'Evidence "few"'],
    ['close', 'Evidence "close"'],
  ] as const) {
    const list = thin.pick(kind, 3);
    push(`**${title}**`, '');
    if (list.length) push(...table(exampleHead, exampleRows(list)), '');
    else push('None.', '');
  }

  // Sensitivity.
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

  // Representative answer sets.
  push(
    '## Worked examples',
    '',
    `Per outcome, up to three answer sets, with different answers to \`${firstQ.id}\` where the outcome allows: for a single role the widest`,
    'lead, for both the strongest support of the weaker role; then the fewest choices.',
    '',
  );
  for (const k of allKeys) {
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
  return `${out.join('\n').trimEnd()}\n`;
}
