import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { answerSets } from '../fixtures/arbitraries';
import { careTeamName, formatAnswerText, isAllowedAnswer, parseAnswerText, pruneAnswers } from '../../src/domain';
import { problemMessage } from '../../src/ui/guidance/problemMessages';

// Links made today: the content and version a family is shown now (old links: linkVersions, migrate).
const latest = latestVersion();
const content = loadContent(latest, 'en');

describe('answer text', () => {
  it('reads a fragment, a whole URL, or bare text alike', () => {
    const text = 'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&family=far';
    const expected = parseAnswerText(content, text).answers;
    expect(parseAnswerText(content, `#${text}`).answers).toEqual(expected);
    expect(parseAnswerText(content, `https://example.org/wizard/#v=${latest}&${text}`).answers).toEqual(expected);
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
      `v=${latest}&now=moon&next=home&needs=visits,magic&colour=blue&travel=none,flight&escort=yes&family=%E0%A4%A`,
    );
    expect(r.answers).toEqual({ next: ['home'], needs: ['visits'] });
    expect(r.version).toBe(latest);
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

// A security review: a link could put its own words in the notice that lists what it could not
// use ("Call 555-0100 now: care team says BOTH"), and a right-to-left override showed a value
// reversed. The notice names only what looks like the guide's own vocabulary.
describe('what the notice says of a link it could not use', () => {
  const SENTENCE = 'Call%20555-0100%20now%3A%20care%20team%20says%20BOTH';
  const RLO = '\u202e';
  const messagesFor = (locale: string, text: string) => {
    const c = loadContent(latest, locale);
    return parseAnswerText(c, text).problems.map((p) => problemMessage(c, p));
  };
  const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

  it.each([
    [
      'en',
      [
        'The link mentions an unknown item, which this guide does not ask about.',
        '“emoh” is not one of the answers to “Where is the person who needs care right now?”.',
      ],
    ],
    [
      'es',
      [
        'El enlace menciona un elemento desconocido, algo que esta guía no pregunta.',
        '“emoh” no es una de las respuestas a “¿Dónde está ahora la persona que necesita cuidados?”.',
      ],
    ],
  ])('%s: a sentence as a key is an unknown item, and no control character is shown', (locale, expected) => {
    const messages = messagesFor(locale, `#v=${latest}&${SENTENCE}=1&now=%E2%80%AEemoh`);
    expect(messages).toEqual(expected);
    for (const m of messages) {
      expect(m).not.toMatch(/555|care team|both/i);
      expect(m).not.toMatch(INVISIBLE);
      expect(m).not.toContain(RLO);
    }
  });

  it.each(['en', 'es'])('%s: long, spaced or foreign-lettered keys and values are not quoted; vocabulary-like ones are', (locale) => {
    const only = (text: string) => messagesFor(locale, `#v=${latest}&${text}`);
    expect(only('colour=1').join()).toContain('“colour”');
    expect(only('now=moon').join()).toContain('“moon”');
    for (const text of [
      'a_very_long_key_that_goes_on_and_on=1',
      'call%20now=1',
      '%D1%81olour=1', // a Cyrillic "с"
      'now=a_very_long_value_that_goes_on_and_on',
      'now=call%20us',
      `now=${encodeURIComponent('\u2066home\u2069x')}`,
    ]) {
      const [message] = only(text);
      expect(message, text).toBeDefined();
      expect(message, text).not.toMatch(/long|call|olour|\u2066|\u2069/);
    }
  });
});

describe("the care team's unit in a link (unit=)", () => {
  it('keeps a plain hospital or unit name, for the welcome', () => {
    expect(careTeamName('  St. Anne’s,   4 West (Rehab) ')).toBe('St. Anne’s, 4 West (Rehab)');
    expect(careTeamName('Hospital Universitario San José')).toBe('Hospital Universitario San José');
    const parsed = parseAnswerText(content, `#v=${content.version}&now=hospital&unit=St.%20Anne%E2%80%99s%2C%204%20West`);
    expect(parsed.careTeam).toBe('St. Anne’s, 4 West');
    expect(parsed.answers).toEqual({ now: ['hospital'] });
    expect(parsed.problems).toEqual([]);
  });

  it('leaves out what is not a plain name: a link must not put its own words in the welcome', () => {
    // Issue 20, finding 8: a key that reads as an instruction, and a right-to-left override.
    expect(careTeamName('Call 555-0100 now: care team says BOTH')).toBeNull();
    expect(careTeamName('4 West\u202Etsew')).toBeNull();
    expect(careTeamName('https://evil.example')).toBeNull();
    expect(careTeamName('nurse@evil.example')).toBeNull();
    expect(careTeamName('Ward 5550100')).toBeNull();
    expect(careTeamName('1234')).toBeNull();
    expect(careTeamName('x'.repeat(61))).toBeNull();
    expect(careTeamName('')).toBeNull();
  });
});
