// The care code (issue 24): every answer set of every version survives the trip through a code
// of at most 10 characters, in every language; a single changed or swapped character is always
// caught; and a bad code says what is wrong with it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allAnswerTexts } from '../../scripts/allAnswerSets';
import { codeLayoutsFromFiles, loadContent } from '../../src/content/loadFromFiles';
import { CODE_ALPHABET, type CodeLayout, decodeCareCode, encodeCareCode, formatCareCode, MAX_CODE_LENGTH } from '../../src/domain';

const layouts = codeLayoutsFromFiles();
const newest = layouts.at(-1)!;

const parse = (text: string): Record<string, string[]> =>
  Object.fromEntries(text.split('&').map((pair) => [pair.split('=')[0]!, pair.split('=')[1]!.split(',')]));

/** Any partial answers of a layout: some questions answered, a follow-up possibly without its lead. */
const partialAnswers = (layout: CodeLayout) =>
  fc.record(
    Object.fromEntries(
      layout.questions.map((q) => [
        q.id,
        q.kind === 'single' ? fc.constantFrom(...q.options.map((o) => [o])) : fc.subarray([...q.options], { minLength: 1 }),
      ]),
    ),
    { requiredKeys: [] },
  );

describe('care codes', () => {
  it('are at most 10 characters for every version, from the alphabet with no 0, O, 1, I or L', () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (const layout of layouts) {
      const code = encodeCareCode(layout, {}, layout.locales[0]!);
      expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
      expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]+$`));
    }
  });

  // Every complete answer set of every version, in every language (about 1.9 million codes).
  it.each(layouts.map((l) => [l.version, l] as const))(
    'round-trip every complete answer set of version %i in every language',
    (_, layout) => {
      let count = 0;
      for (const text of allAnswerTexts(loadContent(layout.version, layout.locales[0]!))) {
        const answers = parse(text);
        for (const locale of layout.locales) {
          const reading = decodeCareCode(layouts, encodeCareCode(layout, answers, locale));
          // The answers back as text, in the version's question order: the text they came from.
          const back = reading.ok
            ? layout.questions
                .filter((q) => reading.answers[q.id])
                .map((q) => `${q.id}=${reading.answers[q.id]!.join(',')}`)
                .join('&')
            : '';
          if (!reading.ok || reading.version !== layout.version || reading.locale !== locale || back !== text)
            expect.unreachable(`${text} (${locale}) came back as ${JSON.stringify(reading)}`);
          count++;
        }
      }
      expect(count).toBeGreaterThan(1000);
    },
    60_000,
  );

  it('round-trip any partial answers of any version', () => {
    for (const layout of layouts)
      fc.assert(
        fc.property(partialAnswers(layout), fc.constantFrom(...layout.locales), (answers, locale) => {
          const reading = decodeCareCode(layouts, formatCareCode(encodeCareCode(layout, answers, locale)).toLowerCase());
          expect(reading).toEqual({
            ok: true,
            version: layout.version,
            locale,
            answers: Object.fromEntries(layout.questions.filter((q) => answers[q.id]).map((q) => [q.id, answers[q.id]])),
          });
        }),
        { numRuns: 300 },
      );
  });

  it('catch every single changed character and every swap of two characters', () => {
    fc.assert(
      fc.property(partialAnswers(newest), fc.constantFrom(...newest.locales), (answers, locale) => {
        const code = encodeCareCode(newest, answers, locale);
        for (let i = 0; i < code.length; i++) {
          for (const other of CODE_ALPHABET) {
            if (other === code[i]) continue;
            const changed = code.slice(0, i) + other + code.slice(i + 1);
            expect(decodeCareCode(layouts, changed).ok, `${code} → ${changed}`).toBe(false);
          }
          for (let j = i + 1; j < code.length; j++) {
            if (code[i] === code[j]) continue;
            const swapped = [...code];
            [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
            expect(decodeCareCode(layouts, swapped.join('')).ok, `${code} → ${swapped.join('')}`).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('say what is wrong with a bad code', () => {
    const code = encodeCareCode(newest, { now: ['hospital'] }, newest.locales[0]!);
    expect(decodeCareCode(layouts, '  ')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(decodeCareCode(layouts, `${code.slice(0, 2)}O${code.slice(3)}`)).toEqual({
      ok: false,
      problem: { kind: 'characters', characters: ['O'] },
    });
    expect(decodeCareCode(layouts, `1${code.slice(1)}`)).toMatchObject({ ok: false, problem: { kind: 'characters', characters: ['1'] } });
    expect(decodeCareCode(layouts, code.slice(0, -1))).toMatchObject({ ok: false });
    expect(decodeCareCode(layouts, `${code}ABCDEF`)).toMatchObject({ ok: false, problem: { kind: 'length', expected: code.length } });
    // A well-formed code of a version this page does not have.
    const future = encodeCareCode({ ...newest, version: newest.version + 5 }, {}, newest.locales[0]!);
    expect(decodeCareCode(layouts, future)).toEqual({ ok: false, problem: { kind: 'version' } });
    // Spaces, dashes and lower case are how people type; they do not matter.
    expect(decodeCareCode(layouts, ` ${formatCareCode(code).toLowerCase()} `)).toMatchObject({ ok: true, answers: { now: ['hospital'] } });
  });
});
