// Tallies the blind reviews of result pages in this folder, round by round:
// `node docs/reviews/result-pages-2026-12-07/tally.mjs`. The themes are found by keywords in a
// finding's quote and reason, so they count roughly; the severities are the reviewers' own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const themes = {
  'facility appeal': /non-coverage|NOMNC|no cobertura|(fast appeal|apelaci).*(facility|rehab|nursing|centro)|(facility|rehab|nursing|centro).*(fast appeal|apelaci)/i,
  'nobody at home': /nobody|no one at home|nadie/i,
  'SHIP / 1-800-MEDICARE': /SHIP.*1-800-MEDICARE|1-800-MEDICARE.*SHIP|877-839/i,
  'care-manager cost': /insurance covers|seguro cubre|does not pay for one|no lo paga/i,
  'inpatient or observation': /observation|observaci|3-day|3 d[ií]as|three-day/i,
  'flight escort': /escort|flight|vuelo|fly/i,
};
for (const round of readdirSync(here).filter((d) => d.startsWith('round')).sort()) {
  const roles = {};
  const severity = {};
  const serious = {};
  const mustFix = {};
  let pages = 0;
  for (const file of readdirSync(join(here, round)).filter((f) => f.endsWith('.json')).sort())
    for (const page of JSON.parse(readFileSync(join(here, round, file), 'utf8'))) {
      pages++;
      roles[page.role_acceptable] = (roles[page.role_acceptable] ?? 0) + 1;
      for (const f of page.findings) {
        severity[f.severity] = (severity[f.severity] ?? 0) + 1;
        for (const [theme, words] of Object.entries(themes))
          if (words.test(`${f.quote} ${f.why}`)) {
            if (f.severity !== 'minor') serious[theme] = (serious[theme] ?? 0) + 1;
            if (f.severity === 'must-fix') mustFix[theme] = (mustFix[theme] ?? 0) + 1;
          }
      }
    }
  console.log(`${round}: ${pages} page reviews; role acceptable ${JSON.stringify(roles)}; findings ${JSON.stringify(severity)}`);
  console.log(`  must-fix or should-fix, by theme: ${JSON.stringify(serious)}`);
  console.log(`  must-fix, by theme: ${JSON.stringify(mustFix)}`);
}
