// `npm run content:check`: every check over every version and locale, each problem as
// `file: path: what is wrong`. Node-only (reads the disk); the domain is passed in.
import { formatProblem, type ContentProblem } from '../assemble.ts';
import { localeFiles } from '../schema.ts';
import { assembleLocales, type AssembledVersion } from './locales.ts';
import { checkMigration } from './migration.ts';
import { checkLocaleParity } from './parity.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkPlainLanguage, type FileReading } from './plainLanguage.ts';
import { checkReachability, type Domain } from './reachability.ts';
import { checkSchemaRefs } from './schemaRefs.ts';
import type { Spread } from './spread.ts';
import { checkTruth } from './truth.ts';
import { checkScoring } from './scoring.ts';
import { label, readContentTree } from './tree.ts';

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

export function checkContent(root: string, domain: Domain): CheckReport {
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
    // Routing and scoring live in content.json, so one locale's assembled content is enough.
    const content = Object.values(assembled.contents)[0];
    if (content) report.answerSets[v.version] = checkReachability(content, domain, structureFile, problems).answerSets;
    // Versions from the first with goals on are held to every sentence and the spread; older
    // ones are kept as they were published, for links made with them.
    if (content && structure?.goals) {
      report.spreads[v.version] = checkTruth(content, structure.goals, domain, structureFile, problems);
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
