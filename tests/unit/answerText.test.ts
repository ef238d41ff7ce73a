import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadFromFiles';
import { answerSets } from '../fixtures/arbitraries';
import { formatAnswerText, isAllowedAnswer, parseAnswerText, pruneAnswers } from '../../src/domain';

const content = loadContent(1, 'en');

describe('answer text', () => {
  it('reads a fragment, a whole URL, or bare text alike', () => {
    const text = 'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&family=far';
    const expected = parseAnswerText(content, text).answers;
    expect(parseAnswerText(content, `#${text}`).answers).toEqual(expected);
    expect(parseAnswerText(content, `https://example.org/wizard/#v=1&${text}`).answers).toEqual(expected);
    expect(expected.needs).toEqual(['coordination', 'medications']);
  });

  it('matches keys and values case-insensitively after trimming, and merges repeated multi-valued keys', () => {
    const r = parseAnswerText(content, ' NOW = Hospital &needs=costs&needs=%20Rights%20&needs=costs');
    expect(r.answers).toEqual({ now: ['hospital'], needs: ['costs', 'rights'] });
    expect(r.problems).toEqual([]);
  });

  it('keeps every valid answer and lists what it could not use', () => {
    const r = parseAnswerText(
      content,
      'v=1&now=moon&next=home&needs=visits,magic&colour=blue&travel=none,flight&escort=yes&family=%E0%A4%A',
    );
    expect(r.answers).toEqual({ next: ['home'], needs: ['visits'] });
    expect(r.version).toBe(1);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { kind: 'unknown-value', key: 'now', value: 'moon' },
        { kind: 'unknown-value', key: 'needs', value: 'magic' },
        { kind: 'unknown-key', key: 'colour' },
        { kind: 'too-many', key: 'travel', values: ['none', 'flight'] },
        { kind: 'not-asked', key: 'escort' },
        { kind: 'bad-encoding', key: 'family' },
      ]),
    );
  });

  it('survives a 100 KB fragment and still finds the answers in it', () => {
    const junk = 'x'.repeat(50_000);
    const r = parseAnswerText(content, `#now=home&junk=${junk}&${'&'.repeat(40_000)}family=far`);
    expect(r.answers).toEqual({ now: ['home'], family: ['far'] });
    expect(r.problems.length).toBeLessThanOrEqual(20);
  });

  it('round-trips every valid answer set', () => {
    const answerSet = answerSets(content, true);
    fc.assert(
      fc.property(answerSet, (raw) => {
        const valid = pruneAnswers(content, raw);
        expect(parseAnswerText(content, formatAnswerText(content, valid)).answers).toEqual(valid);
      }),
    );
  });

  it('never throws on arbitrary text and returns only allowed answers', () => {
    const vocabulary = fc.constantFrom(
      'now',
      'next',
      'travel',
      'escort',
      'needs',
      'hospital',
      'home',
      'flight',
      'yes',
      'v',
      '=',
      '&',
      ',',
      '%',
      '#',
      '%E0',
    );
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.array(vocabulary).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const r = parseAnswerText(content, input);
        for (const [key, values] of Object.entries(r.answers)) expect(isAllowedAnswer(content, key, values)).toBe(true);
        expect(pruneAnswers(content, r.answers)).toEqual(r.answers);
      }),
      { numRuns: Number(process.env.SOAK_RUNS ?? 10_000) },
    );
  });
});

describe('huge links', () => {
  it('reads a link of a million characters in linear time, keeping the good answers and at most 20 problems', () => {
    const text = `now=home&needs=visits&needs=${Array.from({ length: 140_000 }, (_, i) => `x${i}`).join(',')}&${Array.from({ length: 10_000 }, (_, i) => `k${i}=v`).join('&')}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const r = parseAnswerText(content, text);
    expect(r.answers).toMatchObject({ now: ['home'], needs: ['visits'] });
    expect(r.problems.length).toBeLessThanOrEqual(20);
    expect(r.problems).toContainEqual({ kind: 'too-long', ignoredFrom: 200_000 });
  });
});
