// The answer vocabulary as text: `v=1&now=hospital&needs=costs,rights`. Used by the CLI now
// and by prefilled links. This is the one place untrusted answer text is validated.
import type { Answers, Questionnaire } from '../content/types';
import { findQuestion, pruneAnswers, visibleQuestions } from './questions';

export type AnswerProblem =
  | { kind: 'unknown-key'; key: string }
  | { kind: 'unknown-value'; key: string; value: string }
  | { kind: 'too-many'; key: string; values: string[] }
  | { kind: 'not-asked'; key: string }
  | { kind: 'bad-encoding'; key: string }
  | { kind: 'bad-version'; value: string }
  | { kind: 'too-long'; ignoredFrom: number }
  | { kind: 'unknown-version'; version: number };

/** Whether the text was written for the content it was read with. */
export type VersionStatus = 'current' | 'migrated' | 'unknown';

export interface ParseOptions {
  /**
   * Maps answers written for an older content version to the current one, or returns null
   * when there is no migration from that version.
   */
  migrate?: ((fromVersion: number, answers: Record<string, string[]>) => Record<string, string[]> | null) | undefined;
}

export interface ParsedAnswers {
  answers: Record<string, string[]>;
  problems: AnswerProblem[];
  /** The `v` the text names, or null when it names none (which means the current one). */
  version: number | null;
  versionStatus: VersionStatus;
  lang: string | null;
  /** `shared=1`: a family shared these answers (a link without it comes from a care team). */
  sharedByFamily: boolean;
  /** `unit=`: the hospital or unit of the care team that made the link, when it is a plain name. */
  careTeam: string | null;
}

/** Letters, digits, spaces and the punctuation of names like "St. Anne's, 4 West (Rehab)". */
const UNIT_NAME = /^[\p{L}\p{M}\d .,'’&()/#-]{1,60}$/u;

/**
 * The care team's hospital or unit as a link names it, or null when it is not a plain name. The
 * family reads it in the welcome, so a link must not put its own words there (issue 20, finding
 * 8): no control or direction characters, no colon, @ or URL, at most 60 characters, a letter at
 * least, and at most 6 digits (no phone number).
 */
export function careTeamName(raw: string): string | null {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!UNIT_NAME.test(name) || !/\p{L}/u.test(name)) return null;
  if ((name.match(/\d/g) ?? []).length > 6) return null;
  return name;
}

/** The meta key a family's shared link carries, beside `v` and `lang`. */
export const SHARED_BY_FAMILY = 'shared=1';

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

/** Splits the text into keys and lower-cased values, decoding what can be decoded. */
function readPairs(text: string, add: (p: AnswerProblem) => void) {
  const pairs = new Map<string, Set<string>>();
  let version: number | null = null;
  let lang: string | null = null;
  let sharedByFamily = false;
  let careTeam: string | null = null;
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
    } else if (k === 'lang') {
      if (/^[a-z]{2}$/.test(normal(value))) lang = normal(value);
    } else if (k === 'shared') {
      sharedByFamily = normal(value) === '1';
    } else if (k === 'unit') {
      // Not an answer: a name the planner typed. One that is not a plain name is left out.
      careTeam = careTeamName(value);
    } else {
      // A Set, so a huge link is read in time linear in its length.
      const list = pairs.get(k) ?? new Set<string>();
      for (const part of value.split(',')) {
        const v = normal(part);
        if (v) list.add(v);
      }
      pairs.set(k, list);
    }
  }
  return { pairs, version, lang, sharedByFamily, careTeam };
}

export function parseAnswerText(content: Questionnaire, input: string, options: ParseOptions = {}): ParsedAnswers {
  let text = answerTextOf(String(input));
  const problems: AnswerProblem[] = [];
  const add = (p: AnswerProblem) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const same = problems.some((q) => JSON.stringify(q) === JSON.stringify(p));
    if (!same && problems.length < MAX_PROBLEMS) problems.push(p);
  };
  if (text.length > MAX_ANSWER_TEXT) {
    add({ kind: 'too-long', ignoredFrom: MAX_ANSWER_TEXT });
    text = text.slice(0, text.lastIndexOf('&', MAX_ANSWER_TEXT) + 1 || MAX_ANSWER_TEXT);
  }
  const { pairs, version, lang, sharedByFamily, careTeam } = readPairs(text, add);

  let raw: Record<string, string[]> = Object.fromEntries([...pairs].map(([k, v]) => [k, [...v]]));
  let versionStatus: VersionStatus = 'current';
  if (version !== null && version !== content.version) {
    const migrated = version < content.version ? (options.migrate?.(version, raw) ?? null) : null;
    if (migrated) {
      raw = migrated;
      versionStatus = 'migrated';
    } else {
      // Unknown version: keep whatever still fits the current questions, and say so.
      versionStatus = 'unknown';
      add({ kind: 'unknown-version', version });
    }
  }

  const answers: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(raw)) {
    const q = findQuestion(content, key);
    if (!q) {
      add({ kind: 'unknown-key', key: key.slice(0, 40) });
      continue;
    }
    const known = values.filter((v) => q.options.some((o) => o.id === v));
    for (const v of values) if (!known.includes(v)) add({ kind: 'unknown-value', key, value: v.slice(0, 40) });
    if (known.length === 0) continue;
    if (q.kind === 'single' && known.length > 1) add({ kind: 'too-many', key, values: known });
    else answers[key] = known;
  }
  const kept = pruneAnswers(content, answers);
  for (const key of Object.keys(answers)) if (!kept[key]) add({ kind: 'not-asked', key });
  return { answers: kept, problems, version, versionStatus, lang, sharedByFamily, careTeam };
}

/** The canonical text for a set of answers: content order, option order, `v` first. */
export function formatAnswerText(content: Questionnaire, answers: Answers): string {
  const kept = pruneAnswers(content, answers);
  const pairs = [`v=${content.version}`];
  for (const q of visibleQuestions(content, kept)) {
    const values = kept[q.id];
    if (values?.length) pairs.push(`${q.id}=${values.join(',')}`);
  }
  return pairs.join('&');
}
