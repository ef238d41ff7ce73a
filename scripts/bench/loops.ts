// The domain and the machine in a loop, in the bench's own process (tsx, no bundling), and
// every valid answer set through the command line's batch mode. No budgets: they show whether
// a change made either much slower.
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles.ts';
import { parseAnswerText } from '../../src/domain/answerText.ts';
import { recommend } from '../../src/domain/index.ts';
import { wizardMachine } from '../../src/machine/wizardMachine.ts';
import { answersOf, journeys } from '../../tests/fixtures/journeys.ts';
import { allAnswerTexts } from '../allAnswerSets.ts';
import { root } from './build.ts';
import { table } from './format.ts';

const LOOP_MS = 1000;

// ── domain and machine loops ─────────────────────────────────────────────────────────────
/** Calls `fn` for about `ms` (after a short warm-up) and returns calls per second. */
function opsPerSecond(fn: (i: number) => unknown, ms = LOOP_MS): number {
  let sink = 0;
  const warmUntil = performance.now() + 150;
  for (let i = 0; performance.now() < warmUntil; i++) sink += fn(i) ? 1 : 0;
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let k = 0; k < 50; k++) sink += fn(calls++) ? 1 : 0;
    now = performance.now();
  }
  if (sink < 0) console.log(sink); // keeps the calls observable
  return calls / ((now - start) / 1000);
}

function runLoops() {
  // The journeys are written for the current content: a pinned version fails them as soon as
  // the next one changes an outcome.
  const content = loadContent(latestVersion(), 'en');
  const answerSets = journeys.map(answersOf);
  const links = journeys.map((j) => `v=${content.version}&${j.answers}`);

  /** START, ANSWER each question the journey's way, CONFIRM; returns the outcome. */
  const fullRun = (i: number) => {
    const answers = answerSets[i % answerSets.length]!;
    const actor = createActor(wizardMachine, { input: { content } }).start();
    actor.send({ type: 'START' });
    for (let guard = 0; actor.getSnapshot().matches('question') && guard < 50; guard++) {
      const q = actor.getSnapshot().context.current!;
      actor.send({ type: 'ANSWER', value: answers[q] ?? [] });
    }
    actor.send({ type: 'CONFIRM' });
    const snapshot = actor.getSnapshot();
    actor.stop();
    // The result screen scores the answers the machine ends with, as here.
    return snapshot.matches('result') ? recommend(content, snapshot.context.answers).outcome : null;
  };
  // A loop is only worth timing when it does what it says.
  journeys.forEach((j, i) => {
    const outcome = fullRun(i);
    if (outcome !== j.outcome) throw new Error(`bench: journey "${j.name}" ended in ${outcome}, expected ${j.outcome}`);
    const parsed = parseAnswerText(content, links[i]!);
    if (parsed.problems.length) throw new Error(`bench: link of "${j.name}" did not decode cleanly`);
  });

  return {
    recommendPerSec: opsPerSecond((i) => recommend(content, answerSets[i % answerSets.length]!)),
    fullRunsPerSec: opsPerSecond(fullRun),
    linkDecodesPerSec: opsPerSecond((i) => parseAnswerText(content, links[i % links.length]!)),
  };
}

/** Runs the loops and prints their rates; returns `results.json`'s `loops`. */
export function domainLoops() {
  const loops = runLoops();
  console.log(`\nDomain and machine in a loop (Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ~${LOOP_MS / 1000} s each)`);
  const fmtOps = (n: number) => `${Math.round(n).toLocaleString('en-US')} /s`;
  console.log(
    table(
      ['what', 'rate'],
      [
        ['recommend()', fmtOps(loops.recommendPerSec)],
        ['full questionnaire run (START → ANSWER… → CONFIRM)', fmtOps(loops.fullRunsPerSec)],
        ['link decode (parseAnswerText)', fmtOps(loops.linkDecodesPerSec)],
      ],
      [false, true],
    ),
  );
  return { msEach: LOOP_MS, ...loops };
}

// ── every answer set through the CLI ─────────────────────────────────────────────────────
/**
 * Pipes every valid answer set of the latest content (what the CLI reads) through
 * `recommend --stdin --brief` in a child process, Node with tsx's loader as `npm run recommend`
 * runs it; the time includes its start-up. Fails when a line is bad or one is missing.
 */
function recommendBatch(): Promise<{ answerSets: number; seconds: number; perSecond: number }> {
  const texts = [...allAnswerTexts(loadContent(latestVersion(), 'en'))];
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'recommend.ts'), '--stdin', '--brief'], { cwd: root });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - began) / 1000;
      if (code !== 0 || lines !== texts.length) {
        reject(new Error(`recommend --stdin --brief exited with ${code} after ${lines} of ${texts.length} lines:\n${stderr.trim()}`));
        return;
      }
      resolve({ answerSets: texts.length, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round(texts.length / seconds) });
    });
    child.stdin.end(`${texts.join('\n')}\n`);
  });
}

/** Runs the batch and prints its rate; returns `results.json`'s `recommendBatch`. */
export async function cliBatch() {
  const batch = await recommendBatch();
  console.log(
    `\nrecommend --stdin --brief: ${batch.answerSets.toLocaleString('en-US')} answer sets in ${batch.seconds.toFixed(1)} s ` +
      `(${batch.perSecond.toLocaleString('en-US')} per second)`,
  );
  return batch;
}
