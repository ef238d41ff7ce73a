// A prefill (a care team's link, the agency's website, a family's shared link) applied to the
// wizard's context: answers merged, who filled each in, what the family must be told.
import { pruneAnswers } from '../domain';
import type { Prefill, PrefillNotice, WizardContext } from './types';

const content = (c: WizardContext) => c.content!;

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

export function withPrefill(c: WizardContext, prefill: Prefill): Partial<WizardContext> {
  const answers = pruneAnswers(content(c), { ...c.answers, ...prefill.answers });
  const given = Object.keys(prefill.answers).filter((q) => answers[q]);
  return {
    answers,
    prefilled: {
      ...Object.fromEntries(Object.entries(c.prefilled).filter(([q]) => answers[q])),
      ...Object.fromEntries(given.map((q) => [q, prefill.source])),
    },
    notice: noticeOf([prefill]),
    returnToCheck: false,
    error: null,
  };
}

/** A link would change an answer the person already gave (found by a security review). */
export function overwrites(c: Pick<WizardContext, 'answers'>, prefill: Prefill): boolean {
  return Object.entries(prefill.answers).some(([q, values]) => {
    const saved = c.answers[q];
    return !!saved && (saved.length !== values!.length || saved.some((v) => !values!.includes(v)));
  });
}

/** A link's answers and what follows from them: marks, notice, and who started this. */
export function arrive(c: WizardContext, prefill: Prefill): Partial<WizardContext> {
  const brought = Object.keys(prefill.answers).length > 0;
  const welcome = prefill.source === 'care-team' && brought;
  return { ...withPrefill(c, prefill), pendingLink: null, welcome, careTeam: welcome ? (prefill.careTeam ?? null) : null };
}
