// Counting for the plain-language check: sentences, words and syllables of English text, and
// the Flesch–Kincaid grade (the US school grade that can read it) from those counts.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface Counts {
  sentence: number;
  word: number;
  syllable: number;
}

/** Placeholders are read as one short word, as most are filled with one ("{n}", "{role}"). */
const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, 'it');

/**
 * A string's sentences. A string without a full stop (a label, a heading) is one sentence:
 * it is read as one unit.
 */
export function sentencesOf(text: string): string[] {
  return withoutPlaceholders(text)
    .split(/(?<=[.!?…])["”’)]*\s+/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export function wordsOf(text: string): string[] {
  return withoutPlaceholders(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function countsOf(text: string): Counts {
  const words = wordsOf(text);
  return {
    sentence: sentencesOf(text).length,
    word: words.length,
    syllable: words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0),
  };
}

export const addCounts = (a: Counts, b: Counts): Counts => ({
  sentence: a.sentence + b.sentence,
  word: a.word + b.word,
  syllable: a.syllable + b.syllable,
});

/** Flesch–Kincaid grade level, rounded to one decimal; 0 for text without words. */
export function gradeOf(counts: Counts): number {
  if (counts.word === 0) return 0;
  return Math.round(fleschKincaid({ ...counts }) * 10) / 10;
}
