// The questionnaire of one content version as Mermaid in Markdown: questions in order with their
// options and weights, the skip conditions as labelled edges, the decision and its outcomes,
// then extras and next steps. A reviewer sees the flow without reading code.
import type { Walk } from './check/reachability.ts';
import type { Condition, Content, Question } from '../content/types';

const node = (prefix: string, id: string) => `${prefix}_${id.replace(/[^a-z0-9]/g, '_')}`;
/** Mermaid label text: quotes and markup characters as entities. */
const esc = (s: string) => s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');

export function describeCondition(c: Condition): string {
  return Object.entries(c)
    .map(([q, values]) => `${q} = ${values.join(' or ')}`)
    .join(' and ');
}

function questionNode(q: Question): string {
  const lines = q.options.map((o) => {
    const scores = o.supports.map((s) => `${s.role} +${s.points} (${s.duty})`).join(', ');
    return `${esc(o.id)}: ${scores ? esc(scores) : 'no role'}`;
  });
  const kind = q.kind === 'single' ? 'one answer' : 'one or more answers';
  return `  ${node('q', q.id)}["<b>${esc(q.id)}</b> · ${kind}<br/><i>${esc(q.title)}</i><br/>${lines.join('<br/>')}"]`;
}

/** From each question, the next one always asked, and the conditional ones in between. */
function routeEdges(questions: readonly Question[]): string[] {
  const edges: string[] = [];
  const from = ['start', ...questions.map((q) => node('q', q.id))];
  from.forEach((source, i) => {
    let skipped = false;
    for (let j = i; j <= questions.length; j++) {
      const q = questions[j];
      if (!q) {
        edges.push(`  ${source} -->${skipped ? '|otherwise|' : ''} score`);
        break;
      }
      if (q.showIf) {
        edges.push(`  ${source} -->|"if ${esc(describeCondition(q.showIf))}"| ${node('q', q.id)}`);
        skipped = true;
        continue;
      }
      edges.push(`  ${source} -->${skipped ? '|otherwise|' : ''} ${node('q', q.id)}`);
      break;
    }
  });
  return edges;
}

const share = (n: number, total: number) => `${n} of ${total} answer sets (${total ? ((100 * n) / total).toFixed(1) : '0'}%)`;

export function contentGraph(content: Content, walk: Walk): string {
  const [a, b] = content.roles;
  const { both: rule, first } = content.decision;
  const count = (key: string) => walk.outcomes.get(key) ?? 0;
  const when = (c: Readonly<Record<string, readonly string[]>> | undefined) =>
    c
      ? Object.entries(c)
          .map(([q, v]) => `${q} = ${v.join(' or ')}`)
          .join(' and ')
      : 'otherwise';
  const firstFor = (role: string) =>
    first
      .filter((r) => r.role === role)
      .map((r) => when(r.when))
      .join('; or ');
  const outcome = (role: string) => `  ${node('o', role)}(["<b>${esc(role)}</b><br/>${share(count(role), walk.answerSets)}"])`;
  const both = (firstRole: string, second: string) =>
    `  ${node('o', `both-${firstRole}`)}(["<b>both: ${esc(firstRole)}, then ${esc(second)}</b><br/>when ${esc(firstFor(firstRole))}<br/>${share(count(`both:${firstRole},${second}`), walk.answerSets)}"])`;
  const second = content.decision.second;
  const limits = rule
    ? [
        `each role at ${rule.atLeast} points or more`,
        ...(rule.ratio === null ? [] : [`the stronger at most ${rule.ratio} times the weaker`]),
        ...(rule.ownAtLeast ? [`each at least ${rule.ownAtLeast} points beyond ${rule.setting.join(' and ')}`] : []),
      ]
    : [
        `the weaker role at ${second?.atLeast ?? 0} points or more`,
        `and with work of its own: ${(second?.rules ?? []).map((r) => `${r.role} when ${when(r.when)}`).join('; ')}`,
      ];

  const lines = [
    '```mermaid',
    'flowchart TD',
    '  start([Start])',
    ...content.questions.map(questionNode),
    `  score{{"Add up the points of every answer given"}}`,
    `  decide{"${esc(limits.join(', '))}?"}`,
    `  which{"Which role has more points?<br/>A tie goes to the role that comes first"}`,
    outcome(a),
    outcome(b),
    both(a, b),
    both(b, a),
    ...routeEdges(content.questions),
    '  score --> decide',
    `  decide -->|yes: the role needed first, first| ${node('o', `both-${a}`)} & ${node('o', `both-${b}`)}`,
    '  decide -->|no| which',
    `  which -->|${esc(a)}| ${node('o', a)}`,
    `  which -->|${esc(b)}| ${node('o', b)}`,
    '```',
  ];

  const extras = content.extras.map((e) => `| ${e.id} | ${describeCondition(e.when)} | ${e.title} |`);
  const steps = content.nextSteps.map((s) => `| ${s.id} | ${s.roles.join(', ')} | ${s.when ? describeCondition(s.when) : 'always'} |`);
  return [
    `## Version ${content.version} (reviewed ${content.reviewed})`,
    '',
    `Each question lists its options with the role each one points to, the points, and the duty it`,
    `calls for. "no role" marks an answer that is neutral on purpose. The counts weigh all`,
    `${walk.answerSets} answer sets a person could give equally; most of them tick many needs, so`,
    `the counts show which outcomes are rare, not how often families get each one.`,
    '',
    ...lines,
    '',
    '| extra | shown when | title |',
    '|---|---|---|',
    ...extras,
    '',
    '| next step | for | when |',
    '|---|---|---|',
    ...steps,
    '',
  ].join('\n');
}
