// The answer vocabulary as text: `v=1&now=hospital&needs=costs,rights`. Used by the CLI now
// and by prefilled links. This is the one place untrusted answer text is validated.
import type { Answers, Content } from '../content/types';
import { findQuestion, pruneAnswers, visibleQuestions } from './questions';

export type AnswerProblem =
  | { kind: 'unknown-key'; key: string }
  | { kind: 'unknown-value'; key: string; value: string }
  | { kind: 'too-many'; key: string; values: string[] }
  | { kind: 'not-asked'; key: string }
  | { kind: 'bad-encoding'; key: string }
  | { kind: 'bad-version'; value: string }
  | { kind: 'too-long'; ignoredFrom: number };

export interface ParsedAnswers {
  answers: Record<string, string[]>;
  problems: AnswerProblem[];
  /** The `v` the text names, or null when it names none. */
  version: number | null;
  lang: string | null;
}

/** Longer text is cut here: a real link needs under 200 characters; this bounds the work. */
export const MAX_ANSWER_TEXT = 200_000;
const MAX_PROBLEMS = 20;

const normal = (s: string) => s.trim().toLowerCase();

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Takes what follows `#` in a URL or fragment; plain `key=value&…` text is used as it is. */
export function answerTextOf(input: string): string {
  const hash = input.indexOf('#');
  if (hash >= 0) return input.slice(hash + 1);
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input.trim()) ? '' : input;
}

export function parseAnswerText(content: Content, input: string): ParsedAnswers {
  let text = answerTextOf(String(input));
  const problems: AnswerProblem[] = [];
  const add = (p: AnswerProblem) => {
    const same = problems.some((q) => JSON.stringify(q) === JSON.stringify(p));
    if (!same && problems.length < MAX_PROBLEMS) problems.push(p);
  };
  if (text.length > MAX_ANSWER_TEXT) {
    add({ kind: 'too-long', ignoredFrom: MAX_ANSWER_TEXT });
    text = text.slice(0, text.lastIndexOf('&', MAX_ANSWER_TEXT) + 1 || MAX_ANSWER_TEXT);
  }
  const collected = new Map<string, string[]>();
  let version: number | null = null;
  let lang: string | null = null;

  for (const pair of text.split('&')) {
    if (!pair.trim()) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const key = decode(rawKey);
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === null || value === null) {
      add({ kind: 'bad-encoding', key: normal(key ?? rawKey).slice(0, 40) });
      continue;
    }
    const k = normal(key);
    if (k === 'v') {
      const v = normal(value);
      if (/^\d{1,6}$/.test(v)) version = Number(v);
      else add({ kind: 'bad-version', value: v.slice(0, 40) });
      continue;
    }
    if (k === 'lang') {
      lang = /^[a-z]{2}$/.test(normal(value)) ? normal(value) : lang;
      continue;
    }
    const q = findQuestion(content, k);
    if (!q) {
      add({ kind: 'unknown-key', key: k.slice(0, 40) });
      continue;
    }
    const list = collected.get(k) ?? [];
    for (const part of value.split(',')) {
      const v = normal(part);
      if (!v) continue;
      if (!q.options.some((o) => o.id === v)) add({ kind: 'unknown-value', key: k, value: v.slice(0, 40) });
      else if (!list.includes(v)) list.push(v);
    }
    collected.set(k, list);
  }

  const answers: Record<string, string[]> = {};
  for (const [key, values] of collected) {
    const q = findQuestion(content, key)!;
    if (values.length === 0) continue;
    if (q.kind === 'single' && values.length > 1) add({ kind: 'too-many', key, values });
    else answers[key] = values;
  }
  const kept = pruneAnswers(content, answers);
  for (const key of Object.keys(answers)) if (!kept[key]) add({ kind: 'not-asked', key });
  return { answers: kept, problems, version, lang };
}

/** The canonical text for a set of answers: content order, option order, `v` first. */
export function formatAnswerText(content: Content, answers: Answers): string {
  const kept = pruneAnswers(content, answers);
  const pairs = [`v=${content.version}`];
  for (const q of visibleQuestions(content, kept)) {
    const values = kept[q.id];
    if (values?.length) pairs.push(`${q.id}=${values.join(',')}`);
  }
  return pairs.join('&');
}
