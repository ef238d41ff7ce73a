// `npm run recommend -- --stdin [--brief]`: one JSON line per input line, and the generator of
// every valid answer set (scripts/allAnswerSets.ts) that the bench pipes through it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles.ts';
import type { AskedQuestion } from '../../src/content/types.ts';
import { allAnswerTexts } from '../../scripts/allAnswerSets.ts';
import { batchText, check, outputOf } from '../../scripts/recommend/output.ts';
import { BATCH_LINES, WORKERS_AFTER_LINES } from '../../scripts/recommend/lines.ts';

const root = resolve(import.meta.dirname, '../..');
const content = loadContent(latestVersion(), 'en');

// Node with tsx's loader, as `tsx` runs it, without the tsx CLI's second process (~0.3 s a run).
function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/recommend.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    maxBuffer: 64 << 20,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const jsonLines = (out: string) =>
  out
    .split('\n')
    .slice(0, -1)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const GOOD_A = 'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&pay=yes&family=far';
const GOOD_B = 'https://example.org/#now=home&next=home&travel=none&needs=medications,visits&works_for=family&pay=yes&family=far';
const GOOD_C = '#now=outpatient&next=unsure&travel=regular&needs=costs&works_for=facility&family=nearby';
const BAD = 'now=moon&next=home';

describe('npm run recommend -- --stdin', () => {
  it('writes one JSON line per input line, in order; a bad or blank line as {line, error}; exit status 2', () => {
    const r = run(['--stdin'], `${[GOOD_A, BAD, '', GOOD_B, `${GOOD_C}\r`].join('\n')}\n`); // \r: a CRLF line
    expect(r.code).toBe(2);
    expect(r.err).toBe('');
    expect(
      r.out
        .split('\n')
        .slice(0, -1)
        .every((l) => !l.includes('\n') && l.startsWith('{')),
    ).toBe(true);
    const lines = jsonLines(r.out);
    expect(lines).toHaveLength(5);
    // Each good line is the object single mode prints for the same text (cli.test.ts runs that
    // mode; both print outputOf), and a bad line carries its messages, joined by "; ".
    const expected = (text: string) => {
      const c = check(content, text);
      return c.ok ? outputOf(c.recommendation) : { line: 2, error: c.errors.join('; ') };
    };
    expect(lines[0]).toEqual(expected(GOOD_A));
    expect(lines[0]).toMatchObject({ outcome: 'both', reasons: expect.any(Array), nextSteps: expect.any(Array) });
    expect(lines[3]).toEqual(expected(GOOD_B));
    expect(lines[4]).toEqual(expected(GOOD_C));
    expect(lines[1]).toEqual(expected(BAD));
    expect(lines[1]!.error).toContain(
      'now: "moon" is not an answer; use one of hospital, facility, outpatient, home; travel: missing; use one of ',
    );
    expect(lines[2]).toEqual({ line: 3, error: 'empty line' });
  });

  it('--brief writes only contentVersion, outcome, order, scores, mixed and the extras ids; exit status 0', () => {
    const r = run(['--stdin', '--brief'], `${GOOD_A}\n${GOOD_B}`);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.out);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(Object.keys(line)).toEqual(['contentVersion', 'outcome', 'order', 'scores', 'mixed', 'extras']);
    expect(lines[0]).toMatchObject({ outcome: 'both', order: ['case-manager', 'care-manager'], mixed: true });
    expect(lines[0]!.extras).toContain('medical-escort');
    expect((lines[1]!.extras as unknown[]).every((e) => typeof e === 'string')).toBe(true);
    // Single mode takes --brief too, printed as it prints the full object.
    const single = run(['--brief', GOOD_A]);
    expect(single.code).toBe(0);
    expect(single.out).toBe(`${JSON.stringify(lines[0], null, 2)}\n`);
  });

  it('keeps input order and line numbers across batches (shared among worker threads)', () => {
    // Past WORKERS_AFTER_LINES, batches (of at most BATCH_LINES) go to workers: the last ones surely do.
    const LAST = WORKERS_AFTER_LINES + BATCH_LINES + 10;
    const texts: string[] = [];
    for (const text of allAnswerTexts(content)) {
      texts.push(text);
      if (texts.length === LAST) break;
    }
    texts[5] += '&family=moon';
    texts[LAST - 7] = '';
    const r = run(['--stdin', '--brief'], `${texts.join('\n')}\n`);
    expect(r.code).toBe(2);
    expect(r.out).toBe(batchText(content, texts, 1, 'brief').text);
    const lines = r.out.split('\n');
    expect(JSON.parse(lines[5]!)).toMatchObject({ line: 6, error: expect.stringContaining('family: "moon"') });
    expect(JSON.parse(lines[LAST - 7]!)).toEqual({ line: LAST - 6, error: 'empty line' });
  }, 60_000);
});

describe('allAnswerTexts', () => {
  /** Every answer a question takes, counted and listed without the generator's help. */
  const count = (q: AskedQuestion) => (q.kind === 'single' ? q.options.length : 2 ** q.options.length - 1);
  const answers = (q: AskedQuestion): string[][] =>
    q.kind === 'single'
      ? q.options.map((o) => [o.id])
      : Array.from({ length: count(q) }, (_, m) => q.options.filter((_, i) => (m + 1) & (1 << i)).map((o) => o.id));

  /**
   * The number of complete answer sets: the product over questions asked of everyone, where a
   * question that follow-ups depend on counts, per answer, the follow-ups that answer opens.
   */
  function expectedCount(): number {
    const followUps = content.questions.filter((q) => q.showIf);
    // The shape the formula handles: each follow-up names one question, which is asked of everyone.
    for (const f of followUps) {
      const named = Object.keys(f.showIf!);
      expect(named).toHaveLength(1);
      expect(content.questions.find((q) => q.id === named[0])?.showIf).toBeUndefined();
    }
    let total = 1;
    for (const q of content.questions.filter((x) => !x.showIf)) {
      const mine = followUps.filter((f) => f.showIf![q.id]);
      if (!mine.length) {
        total *= count(q);
        continue;
      }
      let sum = 0;
      for (const answer of answers(q)) {
        sum += mine.filter((f) => answer.some((v) => f.showIf![q.id]!.includes(v))).reduce((p, f) => p * count(f), 1);
      }
      total *= sum;
    }
    return total;
  }

  it('yields every complete valid answer set once', () => {
    const texts = [...allAnswerTexts(content)];
    expect(texts.length).toBe(expectedCount());
    expect(new Set(texts).size).toBe(texts.length);
    // A sample of them (every 997th, and the last) is complete and valid.
    for (const text of [...texts.filter((_, i) => i % 997 === 0), texts.at(-1)!]) {
      expect(check(content, text), text).toMatchObject({ ok: true });
    }
  });
});
