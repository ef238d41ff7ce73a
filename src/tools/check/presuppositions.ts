// Every word true: what each text takes for granted about the family (`truth.json` `assumes`),
// proved over every answer set on the page the family actually reads (the domain's page model
// and question screens); and a second, independent guard, the lexicon: a text whose words give
// a fact away (the hospital, leaving, a flight, far away…) must declare that fact, or say why not
// (`allow`). Hedges the article puts on duties are kept in every language.
import type { ContentProblem } from '../../content/assemble.ts';
import type { Recommendation } from '../../domain/index.ts';
import type { Truth } from '../../content/schema/truth.ts';
import type { Answers, Content } from '../../content/types';
import { answerText, conditionMet, resultHolds } from './spread.ts';

/** A text as the page shows it: the content keys its words come from. */
export interface ShownText {
  readonly keys: readonly string[];
}

/** What the family reads for one answer set: the question screens on the way, and the result page. */
export type PageWalker = (answers: Answers) => readonly ShownText[];

/** The texts the lexicon reads: every file a question screen, the check page or the result draws on. */
const IN_SCOPE = /^(questions|outcomes|profiles)\/|^ui\/(result|check)\.|^ui\/share\.sharedNote$|^sources\//;

/** Every string leaf of a locale file, by `<file>/<path>`. */
export function textsOf(files: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (x: unknown, path: string) => {
    if (typeof x === 'string') out.set(path, x);
    else if (Array.isArray(x)) {
      for (const [i, v] of x.entries()) walk(v, `${path}.${i}`);
    } else if (x && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) if (k !== '$schema' && k !== 'url') walk(v, `${path}${path.endsWith('/') ? '' : '.'}${k}`);
  };
  for (const [name, json] of Object.entries(files)) walk(json, `${name.replace(/\.json$/, '')}/`);
  return out;
}

/** An option's own words (`…options.<id>.label|restated`) restate that it was chosen: its facts need no declaring. */
function impliedByChoice(key: string, fact: Truth['facts'][string]): boolean {
  const m = /^questions\/questions\.([\w-]+)\.options\.([\w-]+)\.(label|restated)$/.exec(key);
  if (!m || fact.whenAny || fact.result || !fact.when) return false;
  const [, question, answer] = m;
  return Object.keys(fact.when).length === 1 && (fact.when[question!]?.includes(answer!) ?? false);
}

/** Static checks of the words, per locale: declarations name real facts and texts, the lexicon and hedges. */
export function checkWords(truth: Truth, locales: Record<string, Map<string, string>>, file: string, problems: ContentProblem[]): void {
  const problem = (path: string, message: string) => problems.push({ file, path, message });
  const facts = new Set(Object.keys(truth.facts));
  const anyLocale = Object.values(locales)[0] ?? new Map<string, string>();
  for (const [key, list] of Object.entries(truth.assumes)) {
    if (!anyLocale.has(key)) problem(`assumes.${key}`, 'names a text that is not in the content');
    for (const f of list) if (!facts.has(f)) problem(`assumes.${key}`, `names the fact "${f}", which is not in facts`);
  }
  const used = new Set<number>();
  for (const [locale, entries] of Object.entries(truth.lexicon)) {
    const texts = locales[locale];
    if (!texts) {
      problem(`lexicon.${locale}`, `no locale "${locale}" in this version`);
      continue;
    }
    for (const entry of entries) {
      if (!facts.has(entry.fact)) problem(`lexicon.${locale}`, `names the fact "${entry.fact}", which is not in facts`);
      const words = new RegExp(entry.words, 'iu');
      for (const [key, text] of texts) {
        if (!IN_SCOPE.test(key)) continue;
        const found = words.exec(text);
        if (!found) continue;
        if (truth.assumes[key]?.includes(entry.fact)) continue;
        const fact = truth.facts[entry.fact];
        if (fact && impliedByChoice(key, fact)) continue;
        const allowed = truth.allow.findIndex((a) => a.text === key && a.fact === entry.fact);
        if (allowed >= 0) {
          used.add(allowed);
          continue;
        }
        problems.push({
          file: `content/${file.split('/')[1]}/${locale}/${key.split('/')[0]}.json`,
          path: key.slice(key.indexOf('/') + 1),
          message: `"${found[0]}" assumes "${entry.fact}" (${fact?.means ?? '?'}): declare it in truth.json assumes, or add an allow entry saying why not`,
        });
      }
    }
  }
  truth.allow.forEach((a, i) => {
    if (!used.has(i)) problem(`allow.${i}`, `"${a.text}" uses no lexicon word for "${a.fact}" in any locale: remove the entry`);
  });
  for (const [locale, hedge] of Object.entries(truth.hedges.words)) {
    const words = new RegExp(hedge, 'iu');
    for (const key of truth.hedges.texts) {
      const text = locales[locale]?.get(key);
      if (text === undefined) problem(`hedges.texts`, `"${key}" is not a text in "${locale}"`);
      else if (!words.test(text)) {
        problems.push({
          file: `content/${file.split('/')[1]}/${locale}/${key.split('/')[0]}.json`,
          path: key.slice(key.indexOf('/') + 1),
          message: 'lost its hedge: the source article hedges this duty ("may", "often", "usually"…); keep one in every language',
        });
      }
    }
  }
}

/** The smallest answer set seen so far: fewest answers chosen, then first found. */
const size = (answers: Answers) => Object.values(answers).reduce((n, v) => n + (v?.length ?? 0), 0);

/**
 * Proves `assumes` over a walk: call `visit` with every answer set and the texts shown for it,
 * then `finish` to report each text whose fact failed, with the smallest answer set where it did.
 */
export function factProver(content: Content, truth: Truth, file: string) {
  const failed = new Map<string, Answers>();
  // A Map, and each fact decided once per answer set: this runs for every text of every page.
  const assumes = new Map(Object.entries(truth.assumes));
  const facts = Object.keys(truth.facts);
  const verdict = new Map<string, boolean>();
  const withFacts = new WeakMap<object, (readonly [string, string[]])[]>();
  const seen = new WeakSet<object>();
  const holds = (id: string, answers: Answers, result: Recommendation) => {
    const f = truth.facts[id];
    return (
      !!f &&
      conditionMet(f.when, answers) &&
      (!f.whenAny || f.whenAny.some((c) => conditionMet(c, answers))) &&
      resultHolds(f.result, result)
    );
  };
  return {
    /** `shown` in parts; a part handed back again as the same array is read once (its texts with facts kept). */
    visit(answers: Answers, result: Recommendation, shown: readonly (readonly ShownText[])[]) {
      for (const f of facts) verdict.set(f, holds(f, answers, result));
      const fail = (key: string, f: string) => {
        const at = `${key}\u0000${f}`;
        const before = failed.get(at);
        if (!before || size(answers) < size(before)) failed.set(at, answers);
      };
      for (const part of shown) {
        const pairs = withFacts.get(part);
        if (pairs) {
          for (const [key, list] of pairs) for (const f of list) if (!verdict.get(f)) fail(key, f);
          continue;
        }
        // Read directly the first time; a part seen again is kept as its texts with facts.
        if (seen.has(part)) {
          withFacts.set(
            part,
            part.flatMap((s) => s.keys.flatMap((key) => (assumes.has(key) ? [[key, assumes.get(key)!] as const] : []))),
          );
        } else seen.add(part);
        for (const s of part)
          for (const key of s.keys) {
            const list = assumes.get(key);
            if (list) for (const f of list) if (!verdict.get(f)) fail(key, f);
          }
      }
    },
    finish(problems: ContentProblem[]) {
      for (const [at, answers] of failed) {
        const [key, f] = at.split('\u0000') as [string, string];
        problems.push({
          file,
          path: `assumes.${key}`,
          message: `is shown where "${f}" (${truth.facts[f]?.means}) does not hold, e.g. for ${answerText(content, answers)}`,
        });
      }
    },
  };
}
