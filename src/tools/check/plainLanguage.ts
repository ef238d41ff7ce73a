// Plain language for families under stress, often on a phone: no sentence over 25 words, and
// each file readable at US grade 8 or below (Flesch–Kincaid, over all its on-screen strings).
// Sentence length is checked in every language; the grade formula is for English only.
import type { ContentProblem } from '../../content/assemble.ts';
import { stringsOf, type StringAt } from './jsonPaths.ts';
import { addCounts, countsOf, gradeOf, sentencesOf, wordsOf, type Counts } from './readability.ts';

export const MAX_SENTENCE_WORDS = 25;
export const MAX_GRADE = 8;
/** Languages the grade formula is made for. */
export const GRADED_LOCALES = ['en'];
/** Keys whose strings are not read as prose. */
const notProse = new Set(['$schema', 'lang', 'url']);
/** How many of the hardest strings a grade problem names. */
const HARDEST = 3;
/** Strings shorter than this are too short for a meaningful grade of their own. */
const MIN_WORDS_TO_RANK = 6;

/** A reader reads a link's words, not its address: `[words](https://…)` counts as `words`. */
const linkWords = (text: string) => text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');

export function proseOf(json: unknown): StringAt[] {
  return stringsOf(json)
    .filter((s) => !notProse.has(s.key))
    .map((s) => ({ ...s, text: linkWords(s.text) }));
}

export interface FileReading {
  counts: Counts;
  grade: number;
  strings: number;
}

export function checkPlainLanguage(json: unknown, file: string, locale: string, problems: ContentProblem[]): FileReading {
  const prose = proseOf(json);
  for (const s of prose) {
    for (const sentence of sentencesOf(s.text)) {
      const n = wordsOf(sentence).length;
      if (n > MAX_SENTENCE_WORDS) {
        problems.push({ file, path: s.path, message: `a sentence of ${n} words (at most ${MAX_SENTENCE_WORDS}): "${sentence}"` });
      }
    }
  }
  const counts = prose.map((s) => countsOf(s.text)).reduce(addCounts, { sentence: 0, word: 0, syllable: 0 });
  const grade = gradeOf(counts);
  if (GRADED_LOCALES.includes(locale) && grade > MAX_GRADE) {
    const hardest = prose
      .map((s) => ({ path: s.path, words: wordsOf(s.text).length, grade: gradeOf(countsOf(s.text)) }))
      .filter((s) => s.words >= MIN_WORDS_TO_RANK)
      .sort((a, b) => b.grade - a.grade)
      .slice(0, HARDEST)
      .map((s) => `${s.path} (${s.grade.toFixed(1)})`);
    problems.push({
      file,
      path: '',
      message: `reading grade ${grade.toFixed(1)} is above ${MAX_GRADE} (Flesch–Kincaid over ${prose.length} strings); hardest: ${hardest.join(', ')}`,
    });
  }
  return { counts, grade, strings: prose.length };
}
