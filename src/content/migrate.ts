// Turns answers written for one content version (an old link, saved progress) into answers for
// the next, following that version's `migration.json`. Pure and zod-free, so the browser can
// ship it; the migration itself is validated against both versions by `npm run content:check`.
import type { Migration } from './schema';

export type { Migration };

/** Answers as the link codec reads them: question id → option ids. */
export type RawAnswers = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * Applies one migration (version N-1 → N). A question or option the migration does not list
 * keeps its id; one mapped to `null` is dropped, so the person is asked it again. Values that
 * end up on the same question are merged in the order met, without repeats. Ids the migration
 * does not know pass through unchanged: the link reader reports them as it would any unknown id.
 * To go further than one version, apply each version's migration in turn.
 */
export function migrateAnswers(migration: Migration, answers: RawAnswers): Record<string, string[]> {
  // A Map, not an object: ids come from untrusted link text ("__proto__" must stay a plain key).
  const out = new Map<string, string[]>();
  for (const [question, values] of Object.entries(answers)) {
    if (!values) continue;
    const rule = Object.hasOwn(migration.questions, question) ? migration.questions[question] : undefined;
    if (rule === null) continue;
    const target = rule?.id ?? question;
    const options = rule?.options;
    const list = out.get(target) ?? [];
    for (const value of values) {
      const mapped = options && Object.hasOwn(options, value) ? options[value] : value;
      if (mapped != null && !list.includes(mapped)) list.push(mapped);
    }
    if (list.length) out.set(target, list);
  }
  return Object.fromEntries(out);
}

/** Applies `migrations` in order, each from the version before the next one (v1→v2, v2→v3…). */
export function migrateAnswersThrough(migrations: readonly Migration[], answers: RawAnswers): Record<string, string[]> {
  let current = migrateAnswers({ from: 0, questions: {} }, answers);
  for (const m of migrations) current = migrateAnswers(m, current);
  return current;
}
