// Answers arrive in the URL fragment (never the query string, so they never reach a server).
// The fragment is read once, handed to the machine, and removed from the address bar, so the
// answers do not linger in the tab's history or a bookmark; progress keeps them from then on.
import { migrateAnswersThrough, type Migration } from '../../content/migrate';
import type { Questionnaire } from '../../content/types';
import { parseAnswerText, type ParseOptions } from '../../domain';
import type { Prefill, PrefillSource } from '../../machine/wizardMachine';

export function prefillFromText(content: Questionnaire, text: string, source: PrefillSource, options: ParseOptions = {}): Prefill | null {
  if (!text.replace(/^#/, '').trim()) return null;
  const parsed = parseAnswerText(content, text, options);
  return {
    answers: parsed.answers,
    // A link marked `shared=1` was shared by a family, never by the care team.
    source: source === 'care-team' && parsed.sharedByFamily ? 'shared' : source,
    problems: parsed.problems,
    versionStatus: parsed.versionStatus,
    fromVersion: parsed.version,
    careTeam: parsed.careTeam,
  };
}

/** Reads the fragment (a care team's link, or one a family shared) and clears it from the address bar. */
export function takeLinkFromLocation(content: Questionnaire, win: Window, options: ParseOptions = {}): Prefill | null {
  const prefill = prefillFromText(content, win.location.hash, 'care-team', options);
  if (win.location.hash) {
    win.history.replaceState(win.history.state, '', win.location.pathname + win.location.search);
  }
  return prefill;
}

/**
 * Upgrades answers written for an older version through each version's migration in turn;
 * null when a step of the way is missing, so the reader reports an unknown version instead.
 */
export function migratorFor(migrations: readonly Migration[], currentVersion: number): NonNullable<ParseOptions['migrate']> {
  return (from, answers) => {
    const chain = [...migrations].filter((m) => m.from >= from && m.from < currentVersion).sort((a, b) => a.from - b.from);
    if (chain.length !== currentVersion - from || chain.some((m, i) => m.from !== from + i)) return null;
    return migrateAnswersThrough(chain, answers);
  };
}
