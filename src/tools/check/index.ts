// `npm run content:check`: every check over every version and locale, each problem as
// `file: path: what is wrong`. Node-only (reads the disk); the domain is passed in.
import { formatProblem, type ContentProblem } from '../../content/assemble.ts';
import { localeFiles } from '../../content/schema.ts';
import type { Answers } from '../../content/types';
import { assembleLocales, type AssembledVersion } from './locales.ts';
import { checkMigration } from './migration.ts';
import { checkLocaleParity } from './parity.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkPlainLanguage, type FileReading } from './plainLanguage.ts';
import { checkReachability, type Domain } from './reachability.ts';
import { checkSchemaRefs } from './schemaRefs.ts';
import type { Spread } from './spread.ts';
import { truthSchema, type Truth } from '../../content/schema/truth.ts';
import { checkWords, textsOf } from './presuppositions.ts';
import { checkTruth } from './truth.ts';
import { checkScoring } from './scoring.ts';
import { label, readContentTree, type VersionTree } from './tree.ts';

export type { Domain } from './reachability.ts';

export interface CheckReport {
  problems: ContentProblem[];
  versions: number[];
  /** Locales checked in each version. */
  locales: Record<number, string[]>;
  files: number;
  /** Complete answer sets walked per version (the walk stops once everything was reached). */
  answerSets: Record<number, number>;
  /** Reading of each prose file, by its label. */
  readings: Record<string, FileReading>;
  /** How the outcomes spread over every answer set, per version that sets goals. */
  spreads: Record<number, Spread>;
}

/** `only`: walk just the answer sets it accepts (a test's shortcut; the command walks them all). */
export function checkContent(root: string, domain: Domain, only?: (answers: Answers) => boolean): CheckReport {
  const tree = readContentTree(root);
  const problems = [...tree.problems];
  const report: CheckReport = { problems, versions: [], locales: {}, files: 0, answerSets: {}, readings: {}, spreads: {} };
  let previous: AssembledVersion | undefined;

  for (const v of tree.versions) {
    const assembled = assembleLocales(v, problems);
    const { structure } = assembled;
    const structureFile = label(v.version, 'content.json');
    const locales = structure?.locales.filter((l) => v.localeDirs.includes(l)) ?? v.localeDirs;
    report.versions.push(v.version);
    report.locales[v.version] = locales;
    report.files += Object.keys(v.files).length + v.invalid.size;

    checkSchemaRefs(v, problems);
    if (structure) checkScoring(structure, structureFile, problems);
    checkLocaleParity(v, locales, problems);
    if (structure) checkPlaceholders(v, structure.defaultLocale, locales, problems);
    for (const locale of locales) {
      for (const name of Object.keys(localeFiles)) {
        const json = v.files[`${locale}/${name}`];
        const file = label(v.version, `${locale}/${name}`);
        if (json !== undefined) report.readings[file] = checkPlainLanguage(json, file, locale, problems);
      }
    }
    // Routing and scoring live in content.json, so one locale's assembled content is enough. Only
    // the version families see must reach every question and outcome; older ones only migrate.
    const content = Object.values(assembled.contents)[0];
    const latest = v === tree.versions.at(-1);
    if (content && latest) report.answerSets[v.version] = checkReachability(content, domain, structureFile, problems).answerSets;
    // The version families see (the app ships only the latest; older links are migrated to it)
    // is held to every sentence, its facts and the spread; older ones are kept as they were
    // published, for their migrations.
    const truth = latest && structure?.goals ? readTruth(v, locales, problems) : undefined;
    if (content && structure?.goals && latest) {
      const facts = truth && { facts: truth, file: label(v.version, 'truth.json') };
      report.spreads[v.version] = checkTruth(content, structure.goals, domain, structureFile, problems, facts, only);
      report.answerSets[v.version] = report.spreads[v.version]!.all.total;
    }
    checkMigration(v, structure, previous && { version: previous.version, structure: previous.structure }, problems);
    previous = assembled;
  }

  // The same content.json problem comes back from each locale's loading: say it once.
  const seen = new Set<string>();
  report.problems = problems.filter((p) => {
    const line = formatProblem(p);
    return !seen.has(line) && seen.add(line) !== undefined;
  });
  return report;
}

/** `truth.json` of the version families see, checked against its schema and its words. */
function readTruth(v: VersionTree, locales: readonly string[], problems: ContentProblem[]): Truth | undefined {
  const file = label(v.version, 'truth.json');
  const raw = v.files['truth.json'];
  if (raw === undefined) {
    if (!v.invalid.has('truth.json'))
      problems.push({
        file,
        path: '',
        message: 'missing: the version families see declares what its texts assume (docs/content-guide.md)',
      });
    return undefined;
  }
  const parsed = truthSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, path: issue.path.join('.'), message: issue.message });
    return undefined;
  }
  const texts = Object.fromEntries(
    locales.map((l) => [l, textsOf(Object.fromEntries(Object.keys(localeFiles).map((name) => [name, v.files[`${l}/${name}`]])))]),
  );
  checkWords(parsed.data, texts, file, problems);
  return parsed.data;
}
