// The pure parts of `npm run recommend` (scripts/recommend.ts): what is wrong with an answer
// text, the output object of both modes, and batch mode's lines. No process globals here,
// so tests can call them directly.
import {
  parseAnswerText,
  recommend,
  resultPage,
  visibleQuestions,
  type AnswerProblem,
  type ParseOptions,
  type Recommendation,
} from '../../src/domain/index.ts';
import type { Answers, Content } from '../../src/content/types.ts';
import { LINE_LIMIT, type InputLine } from './lines.ts';

export function accepted(content: Content, key: string): string {
  const q = content.questions.find((x) => x.id === key);
  if (!q) return '';
  const values = q.options.map((o) => o.id).join(', ');
  return q.kind === 'multiple' ? `one or more of ${values}, separated by commas` : `one of ${values}`;
}

export function describe(content: Content, p: AnswerProblem): string {
  switch (p.kind) {
    case 'unknown-key':
      return `"${p.key}" is not a question; the keys are v, ${content.questions.map((q) => q.id).join(', ')}`;
    case 'unknown-value':
      return `${p.key}: "${p.value}" is not an answer; use ${accepted(content, p.key)}`;
    case 'too-many':
      return `${p.key}: takes one answer, got ${p.values.join(', ')}; use ${accepted(content, p.key)}`;
    case 'not-asked': {
      const q = content.questions.find((x) => x.id === p.key);
      const when = Object.entries(q?.showIf ?? {})
        .map(([k, v]) => `${k}=${v.join(' or ')}`)
        .join(' and ');
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

/** Why a line (or single mode's answer text) longer than LINE_LIMIT bytes was not read. */
export function tooLong(what: 'line' | 'answer text'): string {
  return `the ${what} is too long: the limit is ${LINE_LIMIT} bytes (${LINE_LIMIT / 1024} KiB); a complete answer text is well under 1 KB`;
}

/** The usage message single mode prints when it is given no answer text. */
export function usage(content: Content): string {
  return `Give the answers as link text, e.g. 'now=hospital&next=home&…'.\nThe keys:\n${content.questions.map((q) => `  ${q.id}: ${accepted(content, q.id)}`).join('\n')}\n`;
}

export type Checked = { ok: true; recommendation: Recommendation; answers: Answers } | { ok: false; errors: string[] };

/** What each output line holds: the whole result (`full`), the decision only (`brief`), or the page a family reads (`page`). */
export type Shape = 'full' | 'brief' | 'page';

/**
 * Parses one answer text and recommends, or names each missing or invalid answer. `read` takes
 * the migrations, so text written for an older content version is upgraded as a link is.
 */
export function check(content: Content, input: string, read: ParseOptions = {}): Checked {
  const parsed = parseAnswerText(content, input, read);
  const errors = parsed.problems.map((p) => describe(content, p));
  const named = new Set(parsed.problems.map((p) => ('key' in p ? p.key : '')));
  for (const q of visibleQuestions(content, parsed.answers)) {
    if (!parsed.answers[q.id] && !named.has(q.id)) errors.push(`${q.id}: missing; use ${accepted(content, q.id)}`);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, recommendation: recommend(content, parsed.answers), answers: parsed.answers };
}

/**
 * The object both modes print: the one place that decides the output's shape. `brief` keeps
 * the decision only: contentVersion, outcome, order, scores, mixed and the extras' ids. `page`
 * is the result page in the domain's page model, every text with its content keys, as the
 * screen and print show it (dated today, in ISO form).
 */
export function outputOf(r: Recommendation, shape: Shape = 'full', content?: Content, answers?: Answers) {
  const { contentVersion, outcome, order, scores, mixed } = r;
  const head = { contentVersion, outcome, order, scores, mixed };
  if (shape === 'brief') return { ...head, extras: r.extras.map((e) => e.id) };
  if (shape === 'page' && content && answers) {
    const today = new Date().toISOString().slice(0, 10);
    return { contentVersion, outcome, order, page: resultPage(content, answers, { today, reviewed: content.reviewed }, r) };
  }
  return {
    ...head,
    evidence: r.evidence,
    headline: { id: r.headline.id, heading: r.headline.heading, why: r.headline.why },
    orderText: r.orderText,
    reasons: r.reasons.map(({ question, answer, role, duty, text }) => ({ question, answer, role, duty, text })),
    extras: r.extras.map(({ id, title, text }) => ({ id, title, text })),
    nextSteps: r.nextSteps,
    otherHelp: r.otherHelp,
  };
}

/**
 * One output line (without its newline) for input line `lineNumber` (1-based): the output
 * object, or `{"line": N, "error": "…"}` with the messages single mode prints, joined by "; ".
 * A blank line is a bad line ("empty line"), and so is one too long to read (null), so output
 * lines stay aligned with input lines.
 */
export function batchLine(
  content: Content,
  line: InputLine,
  lineNumber: number,
  shape: Shape,
  read: ParseOptions = {},
): { text: string; ok: boolean } {
  const bad = (error: string) => ({ text: JSON.stringify({ line: lineNumber, error }), ok: false });
  if (line === null) return bad(tooLong('line'));
  if (!line.trim()) return bad('empty line');
  const checked = check(content, line, read);
  if (!checked.ok) return bad(checked.errors.join('; '));
  return { text: JSON.stringify(outputOf(checked.recommendation, shape, content, checked.answers)), ok: true };
}

/**
 * The output of consecutive input lines, the first of them line `firstLine`: one JSON line
 * each (every one ending in a newline), and how many were bad.
 */
export function batchText(
  content: Content,
  lines: readonly InputLine[],
  firstLine: number,
  shape: Shape,
  read: ParseOptions = {},
): { text: string; bad: number } {
  const out: string[] = [];
  let bad = 0;
  for (let i = 0; i < lines.length; i++) {
    const r = batchLine(content, lines[i]!, firstLine + i, shape, read);
    if (!r.ok) bad++;
    out.push(r.text);
  }
  return { text: out.length ? `${out.join('\n')}\n` : '', bad };
}
