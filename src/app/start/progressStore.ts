// Progress survives a reload through sessionStorage: it ends with the tab, so answers about
// someone's health are not left behind on a shared computer. Where storage throws (private
// modes, blocked third-party storage) the same API keeps progress in memory instead.
import type { Answers } from '../../content/types';
import { isStepId, type StepId } from '../../machine/steps';
import type { PrefillSource } from '../../machine/wizardMachine';

export interface SavedProgress {
  version: number;
  answers: Answers;
  step: StepId;
  /** Answers from a link not yet confirmed, so the marks survive a reload. */
  prefilled: Record<string, PrefillSource>;
  /** The language chosen, so a reload keeps it. */
  lang?: string | undefined;
}

export interface ProgressStore {
  load(): SavedProgress | null;
  save(progress: SavedProgress): void;
  clear(): void;
}

const KEY = 'care-path-wizard:progress';

function isAnswers(value: unknown): value is Answers {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'))
  );
}

/** Reads what was saved, or null when it is missing, unreadable or not in the expected shape. */
function parse(text: string | null): SavedProgress | null {
  if (!text) return null;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return null;
    const { version, answers, step, prefilled, lang } = data as Record<string, unknown>;
    if (typeof version !== 'number' || !isAnswers(answers) || !isStepId(step)) return null;
    const marks = Object.fromEntries(
      Object.entries(typeof prefilled === 'object' && prefilled !== null ? prefilled : {}).filter(
        (e): e is [string, PrefillSource] => e[1] === 'care-team' || e[1] === 'website' || e[1] === 'shared',
      ),
    );
    return { version, answers, step, prefilled: marks, lang: typeof lang === 'string' ? lang : undefined };
  } catch {
    return null;
  }
}

/** `instance` keeps two wizards on one page (two embeds) from sharing progress. */
export function createProgressStore(getStorage: () => Storage | null, instance = ''): ProgressStore {
  const key = instance ? `${KEY}:${instance}` : KEY;
  let memory: string | null = null;
  const storage = (): Storage | null => {
    try {
      return getStorage();
    } catch {
      return null;
    }
  };
  return {
    load() {
      try {
        return parse(storage()?.getItem(key) ?? memory);
      } catch {
        return parse(memory);
      }
    },
    save(progress) {
      memory = JSON.stringify(progress);
      try {
        storage()?.setItem(key, memory);
      } catch {
        // Memory already holds it; storage may be full or denied.
      }
    },
    clear() {
      memory = null;
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing stored to clear.
      }
    },
  };
}
