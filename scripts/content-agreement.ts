// `npm run content:agreement`: how often the latest content's choice agrees with independent
// professionals on the case bank (tests/fixtures/cases/). By default it reads the tuning and
// choosing parts; the held-out part is read only when asked (`--part heldout`), for the figure
// that is reported. `--misses` lists the cases missed; `--check` exits 1 when a goal is missed.
// `--by writer` prints the figures per writer lens over every part (or the parts asked), and the
// pooled total; with `--against <version>`, the same for that version and the change per lens.
// `--ceiling` prints what any rule over the version's answers could reach on unseen writers (a
// model learned leave-one-writer-out, ADR 0019); `--with plan_cm,medicaid` adds facts read from
// the stories (by the raters, or by fact readers: readings.json) as if they had been asked.
// `--family` compares the answers readers playing the family gave (family-answers.json) with the
// writers', question by question, and scores the guide on them (ADR 0020).
import { latestVersion, loadContent } from '../src/content/loadFromFiles.ts';
import { FACTS, type Fact, loadBank, PARTS, type Part, UNREAD_PARTS } from './agreement/bank.ts';
import { FIT, leaveOneWriterOut } from './agreement/ceiling.ts';
import { answerAgreement, familyFigures } from './agreement/family.ts';
import { leaveOneWriterOutRetuned, RETUNE, retuned } from './agreement/retune.ts';
import { guideChoice } from './agreement/guide.ts';
import { measure, measureBy } from './agreement/measure.ts';
import { goalVerdicts, report, reportBy, reportCeiling, reportFamily } from './agreement/report.ts';
import { goalsOf } from './content-table.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const asked = option('--part');
if (asked !== undefined && asked !== 'all' && !PARTS.includes(asked as Part)) {
  console.error(`--part takes one of ${PARTS.join(', ')}, or all (every part already read)`);
  process.exit(2);
}
const by = option('--by');
if (by !== undefined && by !== 'writer') {
  console.error('--by takes writer');
  process.exit(2);
}
const ceiling = args.includes('--ceiling');
const family = args.includes('--family');
const retune = args.includes('--retune');
const facts = (option('--with')?.split(',') ?? []) as Fact[];
if (facts.some((f) => !FACTS.includes(f))) {
  console.error(`--with takes facts among ${FACTS.join(', ')}, comma-separated`);
  process.exit(2);
}
// `all`, by writer and the ceiling read every spent part: all but a held-out part not yet read
// (UNREAD_PARTS), which is read only when named, once, for its figure.
const spent = PARTS.filter((p) => !UNREAD_PARTS.includes(p));
const parts: Part[] =
  asked === 'all' || ((by || ceiling || retune || family) && !asked) ? spent : asked ? [asked as Part] : ['tuning', 'choosing'];

const version = option('--version') ? Number(option('--version')) : latestVersion();
const content = loadContent(version, 'en');
const goals = goalsOf(version)?.agreement;
const bank = loadBank();
const ids = parts.flatMap((p) => bank.parts[p]);

let missed = false;
console.log(`Case bank: ${bank.cases.length} cases, ${[...bank.ratings.values()].flat().length} ratings; content v${version}.`);
if (by) {
  const againstVersion = option('--against') ? Number(option('--against')) : undefined;
  const against = againstVersion === undefined ? undefined : loadContent(againstVersion, 'en');
  const rows = measureBy(
    bank,
    ids,
    (c) => c.writer,
    (c) => guideChoice(content, c),
    against && ((c) => guideChoice(against, c)),
  );
  console.log(`\nParts: ${parts.join(', ')}.\n${reportBy(by, rows, { version: `v${version}`, against: against && `v${againstVersion}` })}`);
  process.exit(0);
}
const lenses = () => new Set(bank.cases.filter((c) => ids.includes(c.id)).map((c) => c.writer)).size;
if (retune) {
  const options = { ...RETUNE, min: option('--min') === undefined ? RETUNE.min : Number(option('--min')) };
  const tunedOut = leaveOneWriterOutRetuned(bank, content, ids, options);
  const rows = [
    { label: `Content v${version}'s points`, figures: measure(bank, ids, (c) => guideChoice(content, c)) },
    { label: `Its points re-tuned without the lens scored (min ${options.min})`, figures: measure(bank, ids, (c) => tunedOut.get(c.id)!) },
  ];
  const { changes } = retuned(bank, content, ids, options);
  console.log(`\nParts: ${parts.join(', ')}.\n${reportCeiling(lenses(), rows)}`);
  console.log(`Tuned on all of them: ${changes.map((c) => `${c.name} ${c.from} → ${c.to}`).join('; ') || 'no change'}`);
  process.exit(0);
}
if (family) {
  const figures = familyFigures(content, bank, ids, (c) => guideChoice(content, c));
  console.log(`\nParts: ${parts.join(', ')}.\n${reportFamily(`v${version}`, answerAgreement(content, bank, ids), figures)}`);
  process.exit(0);
}
if (ceiling) {
  const rows = [{ label: `Content v${version}'s rule`, figures: measure(bank, ids, (c) => guideChoice(content, c)) }];
  // A small grid of penalties, each printed: the best of them is the ceiling, an optimistic one.
  for (const l2 of [0.001, 0.002, 0.005]) {
    const learned = leaveOneWriterOut(bank, content, ids, { ...FIT, l2, facts });
    const label = `Learned from v${version}'s answers${facts.length ? ` and ${facts.join(', ')}` : ''} (L2 ${l2})`;
    rows.push({ label, figures: measure(bank, ids, (c) => learned.get(c.id)!) });
  }
  console.log(`\nParts: ${parts.join(', ')}.\n${reportCeiling(lenses(), rows)}`);
  process.exit(0);
}
for (const part of parts) {
  const figures = measure(bank, bank.parts[part], (c) => guideChoice(content, c));
  console.log(`\n${report(part, figures, args.includes('--misses'))}`);
  if (goals) {
    const verdicts = goalVerdicts(figures, goals);
    console.log(verdicts.text);
    missed ||= !verdicts.met;
  }
}
if (args.includes('--check') && missed) process.exit(1);
