// `npm run -s recommend -- 'now=hospital&next=home&…'` prints the recommendation as JSON.
// Missing or invalid answers: a message on stderr naming each key and its values, exit 2.
// `--stdin`: one answer text per line from stdin, one JSON line out per line in, in order; a
// bad (or blank) line gives `{"line": N, "error": "…"}`, and the run ends with exit 2 if any
// line was bad. `--brief` (either mode): contentVersion, outcome, order, scores, mixed and the
// extras' ids only. The pure parts are in recommendCli.ts.
//
// Input longer than one batch is shared among worker threads (this same file, run as a
// worker: one per core), which load the content once each; their output is written in input order.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ContentError } from '../src/content/assemble.ts';
import { latestVersion, loadContent } from '../src/content/loadFromFiles.ts';
import type { Content } from '../src/content/types.ts';
import { batchText, check, lineBatches, outputOf, usage } from './recommendCli.ts';

function single(content: Content, input: string, brief: boolean): number {
  if (!input.trim()) {
    process.stderr.write(usage(content));
    return 2;
  }
  const checked = check(content, input);
  if (!checked.ok) {
    process.stderr.write(`Cannot recommend yet:\n${checked.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(outputOf(checked.recommendation, brief), null, 2)}\n`);
  return 0;
}

/** Writes a chunk, waiting for the pipe to drain when it is full. */
function write(text: string): void | Promise<void> {
  if (!text || process.stdout.write(text)) return;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

interface WorkerSetup {
  version: number;
  brief: boolean;
}
interface Job {
  id: number;
  firstLine: number;
  lines: string[];
}
interface Done {
  id: number;
  text: string;
  bad: number;
}

/**
 * A worker thread running this file. Node 20 does not pass tsx's loader on to workers, so a
 * TypeScript worker starts with tsx's `tsImport`.
 */
function startWorker(setup: WorkerSetup): Worker {
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith('.ts')) return new Worker(self, { workerData: setup });
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(self.href)}, ${JSON.stringify(self.href)}))`;
  return new Worker(code, { eval: true, workerData: setup });
}

/** Worker threads running this file; each job goes to the one with the fewest waiting. */
class Pool {
  private readonly workers: { worker: Worker; waiting: number }[] = [];
  private readonly replies = new Map<number, { resolve: (d: Done) => void; reject: (e: unknown) => void }>();
  private nextId = 0;

  constructor(size: number, setup: WorkerSetup) {
    for (let i = 0; i < size; i++) {
      const entry = { worker: startWorker(setup), waiting: 0 };
      entry.worker.on('message', (d: Done) => {
        entry.waiting--;
        this.replies.get(d.id)?.resolve(d);
        this.replies.delete(d.id);
      });
      entry.worker.on('error', (e) => this.failAll(e));
      entry.worker.on('exit', (code) => {
        if (this.replies.size) this.failAll(new Error(`a recommend worker stopped (exit ${code})`));
      });
      this.workers.push(entry);
    }
  }

  run(firstLine: number, lines: string[]): Promise<Done> {
    const id = this.nextId++;
    const entry = this.workers.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    entry.waiting++;
    const done = new Promise<Done>((resolve, reject) => {
      this.replies.set(id, { resolve, reject });
      entry.worker.postMessage({ id, firstLine, lines } satisfies Job);
    });
    // A failure reaches the caller when it awaits this job, not as an unhandled rejection before.
    done.catch(() => {});
    return done;
  }

  private failAll(e: unknown) {
    for (const r of this.replies.values()) r.reject(e);
    this.replies.clear();
  }

  close(): Promise<unknown> {
    return Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

async function batch(content: Content, brief: boolean): Promise<number> {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.stdin.setEncoding('utf8');
  const input = lineBatches(process.stdin as AsyncIterable<string>)[Symbol.asyncIterator]();
  // Workers only when there is more than one batch (and more than one core).
  const head: string[][] = [];
  while (head.length < 2) {
    const r = await input.next();
    if (r.done) break;
    head.push(r.value);
  }
  const threads = Math.min(availableParallelism(), 4);
  const pool = head.length > 1 && threads > 1 ? new Pool(threads, { version: content.version, brief }) : null;
  async function* batches() {
    yield* head;
    for (let r = await input.next(); !r.done; r = await input.next()) yield r.value;
  }

  let lines = 0;
  let bad = 0;
  // Batches in input order; a few per worker in flight, so reading waits when writing lags.
  const inFlight: Promise<{ text: string; bad: number }>[] = [];
  const writeOldest = async () => {
    const done = await inFlight.shift()!;
    bad += done.bad;
    await write(done.text);
  };
  try {
    for await (const batch of batches()) {
      const firstLine = lines + 1;
      lines += batch.length;
      inFlight.push(pool ? pool.run(firstLine, batch) : Promise.resolve(batchText(content, batch, firstLine, brief)));
      if (inFlight.length >= (pool ? threads * 3 : 1)) await writeOldest();
    }
    while (inFlight.length) await writeOldest();
  } finally {
    await pool?.close();
  }
  return bad ? 2 : 0;
}

async function main(argv: string[]): Promise<number> {
  const stdin = argv.includes('--stdin');
  const brief = argv.includes('--brief');
  const args = argv.filter((a) => a !== '--stdin' && a !== '--brief');
  const version = latestVersion();
  let content: Content;
  try {
    content = loadContent(version, 'en');
  } catch (e) {
    process.stderr.write(`${e instanceof ContentError ? e.message : String(e)}\n`);
    return 1;
  }
  if (!stdin) return single(content, args.join('&'), brief);
  if (args.length) {
    process.stderr.write('--stdin reads the answers from stdin, one text per line; give no answer text as an argument.\n');
    return 2;
  }
  return batch(content, brief);
}

if (isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`recommend: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
} else {
  // A worker of batch mode: the same content version as the main thread, loaded once.
  const { version, brief } = workerData as WorkerSetup;
  const content = loadContent(version, 'en');
  parentPort!.on('message', ({ id, firstLine, lines }: Job) => {
    parentPort!.postMessage({ id, ...batchText(content, lines, firstLine, brief) } satisfies Done);
  });
}
