// `npm run content:check [-- --root <dir>]`: checks every content version and locale and prints
// each problem as `file: path: what is wrong`, then a summary. Exit status 1 on any problem.
import { resolve } from 'node:path';
import { formatProblem } from '../src/content/assemble.ts';
import { checkContent } from '../src/tools/check/index.ts';
import { MAX_GRADE } from '../src/tools/check/plainLanguage.ts';
import { contentRoot } from '../src/content/loadFromFiles.ts';
import { realDomain } from '../src/tools/check/reachability.ts';
import { isBoth, percent, share } from '../src/tools/check/spread.ts';

function main(args: string[]): number {
  const at = args.indexOf('--root');
  const root = at >= 0 && args[at + 1] ? resolve(args[at + 1]!) : contentRoot;
  const report = checkContent(root, realDomain);
  for (const p of report.problems) process.stdout.write(`${formatProblem(p)}\n`);

  const versions = report.versions.map((v) => `v${v} (${report.locales[v]!.join(', ') || 'no locale'})`).join(', ');
  const graded = Object.entries(report.readings).filter(([file]) => /\/en\//.test(file));
  const grades = graded.map(([file, r]) => `${file.split('/').at(-1)} ${r.grade.toFixed(1)}`).join(', ');
  const sets = Object.entries(report.answerSets)
    .map(([v, n]) => `v${v} ${n}`)
    .join(', ');
  process.stderr.write(
    `${[
      `content:check: ${versions}; ${report.files} files`,
      `  answer sets tried (a seeded sample; every one when something is not met): ${sets || 'none'}`,
      `  English reading grades (at most ${MAX_GRADE}): ${grades || 'none'}`,
      ...Object.entries(report.spreads).map(([v, s]) => {
        const keys = [...s.all.outcomes.keys()].sort();
        const all = keys.map((k) => `${k} ${percent(share(s.all, (x) => x === k))}`).join(', ');
        const leans = [...s.evidence].map(([e, n]) => `${e} ${percent(n / s.all.total)}`).join(', ');
        const steps = [...s.steps].map(([id, n]) => `${id} ${n}`).join(', ');
        return [
          `  v${v} spread over all ${s.all.total} answer sets: ${all}; both ${percent(share(s.all, isBoth))}`,
          `  v${v} both among the ${s.few.total} with few needs: ${percent(share(s.few, isBoth))}; worded as a lean: ${leans || 'none'}`,
          `  v${v} answer sets that show each step: ${steps || 'none'}`,
        ].join('\n');
      }),
      `  ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`,
    ].join('\n')}\n`,
  );
  return report.problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
