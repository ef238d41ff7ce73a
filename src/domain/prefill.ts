// The rules for answers that arrive from outside (a care team's link, an agency's website, a
// family's shared link): how they merge with answers already saved, who is marked as having
// given each, what the family must be told, and when a link must wait for the family to choose.
// The machine only routes on what these return.
import type { Answers, Questionnaire } from '../content/types';
import type { AnswerProblem, VersionStatus } from './answerText';
import { pruneAnswers } from './questions';

/** Who filled in answers before the person opened the wizard. */
export type PrefillSource = 'care-team' | 'website' | 'shared';

/** What a link or embedding page brought: valid answers, and what could not be used. */
export interface Prefill {
  answers: Answers;
  source: PrefillSource;
  problems: readonly AnswerProblem[];
  versionStatus: VersionStatus;
  /** The version the link was made for, when it named one. */
  fromVersion: number | null;
  /** The hospital or unit of the care team that made the link, when it named a plain one. */
  careTeam?: string | null;
}

export interface PrefillNotice {
  problems: readonly AnswerProblem[];
  versionStatus: VersionStatus;
  fromVersion: number | null;
}

/** The answers held, and who gave those not yet confirmed by the family. */
export interface Held {
  answers: Record<string, string[]>;
  prefilled: Record<string, PrefillSource>;
}

/** What arriving answers change: the answers and marks, the notice, and whether to welcome. */
export interface Arrival extends Held {
  notice: PrefillNotice | null;
  /** A care team's link brought answers: say who started this before the first step. */
  welcome: boolean;
  careTeam: string | null;
}

/** What the family must be told about some prefills, or null when they arrived whole. */
export function noticeOf(prefills: readonly Prefill[]): PrefillNotice | null {
  const told = prefills.filter((p) => p.problems.length > 0 || p.versionStatus !== 'current');
  if (!told.length) return null;
  return {
    problems: told.flatMap((p) => p.problems),
    versionStatus: told.find((p) => p.versionStatus !== 'current')?.versionStatus ?? 'current',
    fromVersion: told.find((p) => p.fromVersion !== null)?.fromVersion ?? null,
  };
}

/** A prefill's answers merged over those held: its answers win, and are marked as its own. */
export function withPrefill(questions: Questionnaire, held: Held, prefill: Prefill): Held & { notice: PrefillNotice | null } {
  const answers = pruneAnswers(questions, { ...held.answers, ...prefill.answers });
  const given = Object.keys(prefill.answers).filter((q) => answers[q]);
  return {
    answers,
    prefilled: {
      ...Object.fromEntries(Object.entries(held.prefilled).filter(([q]) => answers[q])),
      ...Object.fromEntries(given.map((q) => [q, prefill.source])),
    },
    notice: noticeOf([prefill]),
  };
}

/** A link would change an answer the person already gave (found by a security review). */
export function overwrites(held: Pick<Held, 'answers'>, prefill: Prefill): boolean {
  return Object.entries(prefill.answers).some(([q, values]) => {
    const saved = held.answers[q];
    return !!saved && (saved.length !== values!.length || saved.some((v) => !values!.includes(v)));
  });
}

/** A link's answers and what follows from them: marks, notice, and who started this. */
export function applyLink(questions: Questionnaire, held: Held, prefill: Prefill): Arrival {
  const brought = Object.keys(prefill.answers).length > 0;
  const welcome = prefill.source === 'care-team' && brought;
  return { ...withPrefill(questions, held, prefill), welcome, careTeam: welcome ? (prefill.careTeam ?? null) : null };
}

/**
 * A page opened with answers from outside, over answers saved here: the website's and then the
 * link's are applied in order. A link that would change a saved answer is held (`pendingLink`)
 * until the person chooses; everything else arrives at once. `arrived` is whether anything did,
 * which replaces the step the person was on.
 */
export function openWith(
  questions: Questionnaire,
  saved: Held,
  prefills: readonly Prefill[],
  link: Prefill | null,
): Arrival & { pendingLink: Prefill | null; arrived: boolean } {
  const merged = prefills.reduce<Held>((held, p) => withPrefill(questions, held, p), saved);
  const pendingLink = link && overwrites(merged, link) ? link : null;
  const applied = link && !pendingLink ? [...prefills, link] : prefills;
  const landed = link && !pendingLink ? applyLink(questions, merged, link) : { ...merged, welcome: false, careTeam: null };
  // Every source's problems, in one notice.
  return { ...landed, notice: noticeOf(applied), pendingLink, arrived: applied.length > 0 };
}
