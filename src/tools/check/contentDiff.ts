// `npm run content:diff`: which answer sets get another outcome or order from a new content
// than from an old one. Pure: both contents and the domain in (the content layer may not import
// the domain), a report out; the script finds and reads the old content.
import { ContentError, formatProblem } from '../../content/assemble.ts';
import type { Recommendation } from '../../domain/index.ts';
import type { Answers, Content } from '../../content/types';
import { forEachAnswerSet, outcomeKey, type Domain } from './reachability.ts';
import { answerText } from './spread.ts';

export interface DiffOptions {
  /**
   * Turns answers written for the old content into the new content's ids (its migrations, in
   * turn). Without it the answers are read by the old content as they are: right when both
   * ask the same questions with the same option ids.
   */
  migrate?: (answers: Answers) => Answers;
  /** Compares only the new answer sets this keeps (`n` counts them in walk order from 0); the script keeps all. */
  filter?: (answers: Answers, n: number) => boolean;
}

export interface DiffSide {
  key: string;
  scores: Readonly<Record<string, number>>;
  evidence: string;
  headline: string;
}

export interface DiffGroup {
  from: string;
  to: string;
  count: number;
  /** The plainest example: fewest multiple-choice choices, then the first in walk order. */
  example: { answers: string; old: DiffSide; new: DiffSide };
}

export interface ContentDiff {
  oldVersion: number;
  newVersion: number;
  /** New answer sets compared. */
  compared: number;
  /** Of those, how many get another outcome or order. */
  changed: number;
  /** By count, largest first. */
  groups: DiffGroup[];
  /** How old answers were matched: as they are, or through the migrations. */
  matched: 'as they are' | 'migrated';
  /**
   * Migrated only: new answer sets no old one migrates to (a new question or option); the old
   * content scored them as they are, leaving out what it does not know.
   */
  unmatched: number;
  /** Migrated only: new answer sets more than one old one migrates to, with different outcomes (the first counts). */
  ambiguous: number;
}

const side = (r: Recommendation): DiffSide => ({ key: outcomeKey(r), scores: r.scores, evidence: r.evidence, headline: r.headline.id });

export function diffContents(oldContent: Content, newContent: Content, domain: Domain, options: DiffOptions = {}): ContentDiff {
  const { migrate, filter } = options;
  const diff: ContentDiff = {
    oldVersion: oldContent.version,
    newVersion: newContent.version,
    compared: 0,
    changed: 0,
    groups: [],
    matched: migrate ? 'migrated' : 'as they are',
    unmatched: 0,
    ambiguous: 0,
  };

  // With migrations: every old answer set once, by the text of what it migrates to.
  const oldByText = new Map<string, { key: string; answers: Answers }>();
  if (migrate) {
    forEachAnswerSet(oldContent, domain, (answers) => {
      const text = answerText(newContent, migrate(answers));
      const key = outcomeKey(domain.recommend(oldContent, answers));
      const held = oldByText.get(text);
      if (!held) oldByText.set(text, { key, answers });
      else if (held.key !== key) diff.ambiguous++;
    });
  }

  const multiple = newContent.questions.filter((q) => q.kind === 'multiple').map((q) => q.id);
  const choices = (answers: Answers) => multiple.reduce((n, q) => n + (answers[q]?.length ?? 0), 0);
  const groups = new Map<string, { from: string; to: string; count: number; answers: Answers; oldAnswers: Answers; choices: number }>();
  let n = 0;
  forEachAnswerSet(newContent, domain, (answers) => {
    if (filter && !filter(answers, n++)) return;
    diff.compared++;
    const to = outcomeKey(domain.recommend(newContent, answers));
    let from: string;
    let oldAnswers: Answers = answers;
    const held = migrate ? oldByText.get(answerText(newContent, answers)) : undefined;
    if (held) {
      from = held.key;
      oldAnswers = held.answers;
    } else {
      if (migrate) diff.unmatched++;
      from = outcomeKey(domain.recommend(oldContent, answers));
    }
    if (from === to) return;
    diff.changed++;
    const id = `${from} → ${to}`;
    const group = groups.get(id);
    const c = choices(answers);
    if (!group) groups.set(id, { from, to, count: 1, answers, oldAnswers, choices: c });
    else {
      group.count++;
      if (c < group.choices) Object.assign(group, { answers, oldAnswers, choices: c });
    }
  });

  diff.groups = [...groups.values()]
    .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .map((g) => ({
      from: g.from,
      to: g.to,
      count: g.count,
      example: {
        answers: answerText(newContent, g.answers),
        old: side(domain.recommend(oldContent, g.oldAnswers)),
        new: side(domain.recommend(newContent, g.answers)),
      },
    }));
  return diff;
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The report as lines: the summary first, then each group with its example; the labels name the versions. */
export function formatDiff(diff: ContentDiff, oldLabel: string, newLabel: string): string[] {
  const scores = (s: DiffSide) =>
    Object.entries(s.scores)
      .map(([role, points]) => `${role} ${points}`)
      .join(' · ');
  const lines = [
    `content:diff: ${oldLabel} → ${newLabel}; old answers ${diff.matched === 'migrated' ? 'migrated to the new ids' : 'read as they are'}`,
    `${thousands(diff.changed)} of ${thousands(diff.compared)} answer sets change outcome or order`,
  ];
  if (diff.unmatched)
    lines.push(
      `  ${thousands(diff.unmatched)} answer sets have no old counterpart (new questions or options): the old content scored them without what it does not know`,
    );
  if (diff.ambiguous)
    lines.push(
      `  ${thousands(diff.ambiguous)} old answer sets migrate to the same new one as another with a different outcome: the first counts`,
    );
  const width = Math.max(0, ...diff.groups.map((g) => thousands(g.count).length));
  for (const g of diff.groups) {
    const pad = ' '.repeat(width + 4);
    lines.push(
      `  ${thousands(g.count).padStart(width)}  ${g.from} → ${g.to}`,
      `${pad}e.g. ${g.example.answers}`,
      `${pad}     ${scores(g.example.old)} (${g.example.old.evidence}) → ${scores(g.example.new)} (${g.example.new.evidence})`,
    );
  }
  return lines;
}

/** Thrown when the old content cannot be used; the script prints the message and exits 1. */
export class DiffError extends Error {
  override name = 'DiffError';
}

/** Loads a content with `load`; content today's schemas reject becomes a DiffError naming `where`. */
export function readableContent(where: string, load: () => Content, shown = 3): Content {
  try {
    return load();
  } catch (e) {
    if (e instanceof ContentError) {
      const first = e.problems.slice(0, shown).map(formatProblem).join('; ');
      const more = e.problems.length > shown ? ` (and ${e.problems.length - shown} more)` : '';
      throw new DiffError(`content at ${where} cannot be read by today's schemas: ${first}${more}`);
    }
    throw new DiffError(`content at ${where} cannot be read: ${(e as Error).message}`);
  }
}
