// Hostile input through the command line's batch mode: the shapes a review used to run it out of
// memory (2,600 lines of 2 MB: heap exhausted, exit 134; 10,000 lines of 190 KB: 4.7 GB; one
// 100 MB line: 56 s), scaled down so the section takes seconds, plus lines under the line limit,
// which are all read and parsed: a thousand just under it, and enough shorter ones to start the
// worker threads. Each shape is piped into
// `recommend --stdin --brief` in a child process (Node with tsx's loader, as `npm run recommend`
// runs it); the figures are its wall time and its peak resident memory, worker threads included.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { LINE_LIMIT } from '../recommend/lines.ts';
import { root } from './build.ts';
import { table } from './format.ts';

const MB = 1_000_000;

export interface CliShape {
  name: string;
  lines: number;
  bytesPerLine: number;
}

export const CLI_SHAPES: CliShape[] = [
  { name: '300 lines of 2 MB', lines: 300, bytesPerLine: 2 * MB },
  { name: '2,000 lines of 190 KB', lines: 2000, bytesPerLine: 190_000 },
  { name: 'one line of 100 MB', lines: 1, bytesPerLine: 100 * MB },
  { name: '1,000 lines just under the limit', lines: 1000, bytesPerLine: LINE_LIMIT - 1000 },
  // Past WORKERS_AFTER_LINES: the worker threads' memory counts too.
  { name: '6,000 lines of 8 KB (workers)', lines: 6000, bytesPerLine: 8000 },
];

export interface CliShapeFigures {
  lines: number;
  inputMB: number;
  seconds: number;
  peakRssMB: number;
  exitCode: number | null;
  outputLines: number;
}

// Reports the child's peak resident memory (kB; the whole process, worker threads included) on
// fd 3 as it exits: no change to the CLI, and no dependence on GNU time.
const reportPeak = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { try { writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });",
)}`;

/** A line's bytes: answers a person might give, then one question's value repeated, as a mangled link would. */
const filler = Buffer.from(`now=home&next=home&needs=${'visits,'.repeat(Math.ceil(MB / 7))}`.slice(0, MB));

function runShape(shape: CliShape): Promise<CliShapeFigures> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', reportPeak, join(root, 'scripts', 'recommend.ts'), '--stdin', '--brief'],
      { cwd: root, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] },
    );
    let outputLines = 0;
    let peak = '';
    let stderr = '';
    let exited = false;
    // Wakes the writer when the pipe drains, or when the child is gone and will never drain it.
    let wake: (() => void) | undefined;
    child.stdout!.on('data', (d: Buffer) => {
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) outputLines++;
    });
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (peak += d.toString()));
    child.on('error', reject);
    // A child that died early stops reading: the write fails, and the exit status tells why.
    child.stdin!.on('error', () => {});
    child.on('close', (code) => {
      exited = true;
      wake?.();
      const seconds = (performance.now() - began) / 1000;
      // Only worth printing when the CLI did what README promises: a line out per line in, exit 0 or 2.
      if (!peak || outputLines !== shape.lines || (code !== 0 && code !== 2)) {
        reject(
          new Error(
            `recommend --stdin on ${shape.name}: exit ${code}, ${outputLines} of ${shape.lines} lines:\n${stderr.trim().slice(0, 2000)}`,
          ),
        );
        return;
      }
      resolve({
        lines: shape.lines,
        inputMB: Math.round((shape.lines * (shape.bytesPerLine + 1)) / MB),
        seconds: Math.round(seconds * 100) / 100,
        peakRssMB: Math.round(Number(peak) / 1000),
        exitCode: code,
        outputLines,
      });
    });

    // Writes the input as the child takes it, a piece of at most 1 MB at a time.
    const stdin = child.stdin!;
    stdin.on('drain', () => wake?.());
    const put = (bytes: Uint8Array) => (stdin.write(bytes) ? Promise.resolve() : new Promise<void>((done) => (wake = done)));
    (async () => {
      for (let line = 0; line < shape.lines && !exited; line++) {
        for (let left = shape.bytesPerLine; left > 0 && !exited; left -= filler.length) {
          await put(filler.subarray(0, Math.min(left, filler.length)));
        }
        await put(Buffer.from('\n'));
      }
      stdin.end();
    })().catch(reject);
  });
}

/** Runs every shape and prints a table; returns `results.json`'s `recommendHostile`. */
export async function cliHostile() {
  process.stdout.write(`\nrecommend --stdin --brief on hostile input (line limit ${LINE_LIMIT.toLocaleString('en-US')} bytes) … `);
  const figures: Record<string, CliShapeFigures> = {};
  for (const shape of CLI_SHAPES) figures[shape.name] = await runShape(shape);
  console.log('done');
  console.log(
    table(
      ['input', 'MB in', 'time', 'peak RSS', 'lines out', 'exit'],
      Object.entries(figures).map(([name, f]) => [
        name,
        String(f.inputMB),
        `${f.seconds.toFixed(1)} s`,
        `${f.peakRssMB} MB`,
        f.outputLines.toLocaleString('en-US'),
        String(f.exitCode),
      ]),
      [false, true, true, true, true, true],
    ),
  );
  return { lineLimit: LINE_LIMIT, shapes: figures, worstPeakRssMB: Math.max(...Object.values(figures).map((f) => f.peakRssMB)) };
}
