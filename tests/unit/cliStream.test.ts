// `npm run recommend -- --stdin` streams: it answers lines as they arrive, keeps memory bounded
// and answers a line over LINE_LIMIT bytes with an error line (a hostile review ran it out of
// memory with 2 MB lines); single mode refuses an answer text over the same limit.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allAnswerTexts } from '../../scripts/allAnswerSets.ts';
import { batchText } from '../../scripts/recommend/output.ts';
import { BATCH_LINES, type InputLine, LINE_LIMIT, lineBatches, WORKERS_AFTER_LINES } from '../../scripts/recommend/lines.ts';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles.ts';

const root = resolve(import.meta.dirname, '../..');
const content = loadContent(latestVersion(), 'en');

function run(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/recommend.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { ...process.env, ...env },
    maxBuffer: 64 << 20,
  });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

const GOOD_A = 'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&pay=yes&family=far';
const GOOD_B = '#now=home&next=home&travel=none&needs=medications,visits&works_for=family&pay=yes&family=far';
const tooLongError = (line: number) => ({
  line,
  error: expect.stringMatching(/^the line is too long: the limit is 65536 bytes \(64 KiB\)/),
});

describe('npm run recommend -- --stdin, streaming', () => {
  it('answers each line as it arrives: a program can write a line and wait for its answer', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/recommend.ts', '--stdin', '--brief'], { cwd: root });
    const exited = new Promise<number | null>((done) => child.on('close', done));
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const ask = async (text: string) => {
      child.stdin.write(`${text}\n`);
      return JSON.parse((await answers.next()).value as string);
    };
    const expected = batchText(content, [GOOD_A, GOOD_B], 1, 'brief').text.split('\n');
    expect(await ask(GOOD_A)).toEqual(JSON.parse(expected[0]!));
    expect(await ask('now=moon')).toMatchObject({ line: 2, error: expect.stringContaining('now: "moon" is not an answer') });
    expect(await ask(GOOD_B)).toEqual(JSON.parse(expected[1]!));
    child.stdin.end();
    expect(await exited).toBe(2);
  }, 60_000);
});

describe('npm run recommend -- --stdin, lines over the limit', () => {
  it('answers a line over the limit with an error naming the limit, and the lines around it, in order; exit status 2', () => {
    const over = `now=home&${'x'.repeat(LINE_LIMIT)}`;
    // Exactly at the limit (with or without a \r before the newline) is still read.
    const atLimit = `now=moon&${'x'.repeat(LINE_LIMIT - 9)}`;
    expect(Buffer.byteLength(atLimit)).toBe(LINE_LIMIT);
    const r = run(['--stdin', '--brief'], `${[GOOD_A, over, GOOD_B, atLimit, `${atLimit}\r`, `${over}é`].join('\n')}\n${GOOD_A}`);
    expect(r.err).toBe('');
    expect(r.code).toBe(2);
    const lines = r.out
      .split('\n')
      .slice(0, -1)
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    const answered = batchText(content, [GOOD_A, GOOD_B], 1, 'brief').text.split('\n');
    expect(lines[0]).toEqual(JSON.parse(answered[0]!));
    expect(lines[1]).toEqual(tooLongError(2));
    expect(lines[2]).toEqual(JSON.parse(answered[1]!));
    expect(lines[3]).toEqual({ line: 4, error: expect.stringContaining('now: "moon" is not an answer') });
    expect(lines[4]).toEqual({ line: 5, error: expect.stringContaining('now: "moon" is not an answer') });
    expect(lines[5]).toEqual(tooLongError(6));
    expect(lines[6]).toEqual(JSON.parse(answered[0]!));
  });

  it('keeps memory bounded: lines of several MB under a 64 MB heap, with worker threads, line for line', () => {
    const texts: string[] = [];
    for (const text of allAnswerTexts(content)) {
      texts.push(text);
      if (texts.length === WORKERS_AFTER_LINES + BATCH_LINES + 50) break;
    }
    // 24 lines of 4 MB (96 MB, more than the heap) among the answer texts; the later ones, and
    // the texts after them, go to worker threads.
    const big = `now=home&needs=${'visits,'.repeat(600_000)}`;
    const lines: InputLine[] = [];
    texts.forEach((t, i) => {
      lines.push(t);
      if (i % 200 === 0 && i < 24 * 200) lines.push(null);
    });
    expect(lines.filter((l) => l === null).length).toBe(24);
    const input = Buffer.from(`${lines.map((l) => l ?? big).join('\n')}\n`);
    expect(input.length).toBeGreaterThan(96e6);
    const r = run(['--stdin', '--brief'], input, { NODE_OPTIONS: '--max-old-space-size=64' });
    expect(r.err).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.out).toBe(batchText(content, lines, 1, 'brief').text);
  }, 120_000);
});

describe('npm run recommend, an answer text over the limit', () => {
  it('is refused with a message naming the limit, exit status 2', () => {
    const r = run([`${GOOD_A}&${'x'.repeat(LINE_LIMIT)}`]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'Cannot recommend: the answer text is too long: the limit is 65536 bytes (64 KiB); a complete answer text is well under 1 KB\n',
    );
  });
});

describe('lineBatches', () => {
  async function* chunked(text: string, size: number) {
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  const all = async (text: string, size: number, limits = {}) => {
    const batches: InputLine[][] = [];
    for await (const b of lineBatches(chunked(text, size), limits)) batches.push(b);
    return batches;
  };

  it('splits bytes into lines whatever the chunks: characters split across chunks, CRLF, blank lines, a last line without newline', async () => {
    const text = 'añé\r\n\nabc\n\r\nlast';
    for (const size of [1, 2, 3, 64]) expect((await all(text, size)).flat()).toEqual(['añé', '', 'abc', '', 'last']);
  });

  it('gives null for a line over the limit, counted in bytes before its line ending, and reads on', async () => {
    const text = 'abcde\nabcdef\nabcde\r\néé\néé\r\nabcdefghijklmnop\nab';
    for (const size of [1, 4, 7, 100]) {
      expect((await all(text, size, { lineBytes: 5 })).flat()).toEqual(['abcde', null, 'abcde', 'éé', 'éé', null, 'ab']);
    }
  });

  it('ends a batch with each chunk, so what has arrived is answered, or at a number of lines or of bytes', async () => {
    expect(await all('a\nb\nc\nd\n', 4)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(await all('a\nbc', 3)).toEqual([['a'], ['bc']]);
    expect(await all('a\nb\nc\n', 100, { batchLines: 2 })).toEqual([['a', 'b'], ['c']]);
    expect(await all('aaaa\nbb\ncc\nd', 100, { batchBytes: 4 })).toEqual([['aaaa'], ['bb', 'cc'], ['d']]);
  });
});
