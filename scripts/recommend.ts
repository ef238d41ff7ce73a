// `npm run -s recommend -- 'now=hospital&next=home&…'` prints the recommendation as JSON.
// Missing or invalid answers: a message on stderr naming each key and its values, exit 2.
import { ContentError } from '../src/content/assemble.ts';
import { latestVersion, loadContent } from '../src/content/loadFromFiles.ts';
import { parseAnswerText, recommend, visibleQuestions, type AnswerProblem } from '../src/domain/index.ts';
import type { Content } from '../src/content/types.ts';

function accepted(content: Content, key: string): string {
  const q = content.questions.find((x) => x.id === key);
  if (!q) return '';
  const values = q.options.map((o) => o.id).join(', ');
  return q.kind === 'multiple' ? `one or more of ${values}, separated by commas` : `one of ${values}`;
}

function describe(content: Content, p: AnswerProblem): string {
  switch (p.kind) {
    case 'unknown-key':
      return `"${p.key}" is not a question; the keys are v, ${content.questions.map((q) => q.id).join(', ')}`;
    case 'unknown-value':
      return `${p.key}: "${p.value}" is not an answer; use ${accepted(content, p.key)}`;
    case 'too-many':
      return `${p.key}: takes one answer, got ${p.values.join(', ')}; use ${accepted(content, p.key)}`;
    case 'not-asked': {
      const q = content.questions.find((x) => x.id === p.key);
      const when = Object.entries(q?.showIf ?? {}).map(([k, v]) => `${k}=${v.join(' or ')}`).join(' and ');
      return `${p.key}: only asked when ${when}`;
    }
    case 'bad-encoding':
      return `${p.key}: the text is not valid percent-encoding`;
    case 'bad-version':
      return `v: "${p.value}" is not a content version number`;
    case 'too-long':
      return `the text is too long; only the first ${p.ignoredFrom} characters were read`;
    case 'unknown-version':
      return `v: content version ${p.version} is not known; this is version ${content.version}`;
  }
}

function main(args: string[]): number {
  const input = args.join('&');
  const version = latestVersion();
  let content: Content;
  try {
    content = loadContent(version, 'en');
  } catch (e) {
    process.stderr.write(`${e instanceof ContentError ? e.message : String(e)}\n`);
    return 1;
  }
  if (!input.trim()) {
    process.stderr.write(`Give the answers as link text, e.g. 'now=hospital&next=home&…'.\nThe keys:\n${content.questions.map((q) => `  ${q.id}: ${accepted(content, q.id)}`).join('\n')}\n`);
    return 2;
  }
  const parsed = parseAnswerText(content, input);
  const errors = parsed.problems.map((p) => describe(content, p));
  const named = new Set(parsed.problems.map((p) => ('key' in p ? p.key : '')));
  for (const q of visibleQuestions(content, parsed.answers)) {
    if (!parsed.answers[q.id] && !named.has(q.id)) errors.push(`${q.id}: missing; use ${accepted(content, q.id)}`);
  }
  if (errors.length) {
    process.stderr.write(`Cannot recommend yet:\n${errors.map((e) => `  - ${e}`).join('\n')}\n`);
    return 2;
  }
  const r = recommend(content, parsed.answers);
  const out = {
    contentVersion: r.contentVersion,
    outcome: r.outcome,
    order: r.order,
    scores: r.scores,
    mixed: r.mixed,
    reasons: r.reasons.map(({ question, answer, role, duty, text }) => ({ question, answer, role, duty, text })),
    extras: r.extras.map(({ id, title, text }) => ({ id, title, text })),
    nextSteps: r.nextSteps,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
