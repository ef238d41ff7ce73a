// `npm run -s recommend -- 'now=hospital&next=home&…'` prints the recommendation as JSON.
// Missing or invalid answers: a message on stderr naming each key and its values, exit 2.
// `--stdin`: one answer text per line from stdin, one JSON line out per line in, in order; a
// bad (or blank) line gives `{"line": N, "error": "…"}`, and the run ends with exit 2 if any
// line was bad. `--brief` (either mode): contentVersion, outcome, order, scores, mixed and the
// extras' ids only. `--page` (either mode): the result page as the family reads it, the
// domain's page model (every text in order, with the content keys it is made of). The program is this file; its pure parts, which tests call directly, are in scripts/recommend/ (output.ts, lines.ts, migrations.ts). Text of an older content version
// (`v=1`) is upgraded through the content's migrations as the browser upgrades a link.
//
// Batch mode streams: stdin is read a chunk at a time and split into lines of at most
// LINE_LIMIT bytes (scripts/recommend/lines.ts; a longer line gets an error line and is skipped unread),
// and each batch's output is written as soon as it is done, reading no more than a few batches
// ahead. Past the first few thousand lines, batches are shared among worker threads (this same
// file, run as a worker: one per core), which load the content once each; their output is
// written in input order.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ContentError } from '../src/content/assemble.ts';
import { latestVersion, loadContent } from '../src/content/loadFromFiles.ts';
import type { Migration } from '../src/content/migrate.ts';
import type { Content } from '../src/content/types.ts';
import type { ParseOptions } from '../src/domain/index.ts';
import { batchText, check, outputOf, type Shape, tooLong, usage } from './recommend/output.ts';
import { type InputLine, LINE_LIMIT, lineBatches, WORKERS_AFTER_LINES } from './recommend/lines.ts';
import { migrationsFromFiles, readOptions } from './recommend/migrations.ts';

function single(content: Content, input: string, shape: Shape, read: ParseOptions): number {
  if (!input.trim()) {
    process.stderr.write(usage(content));
    return 2;
  }
  if (Buffer.byteLength(input) > LINE_LIMIT) {
    process.stderr.write(`Cannot recommend: ${tooLong('answer text')}\n`);
    return 2;
  }
  const checked = check(content, input, read);
  if (!checked.ok) {
    process.stderr.write(`Cannot recommend yet:\n${checked.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(outputOf(checked.recommendation, shape, content, checked.answers), null, 2)}\n`);
  return 0;
}

/** Writes a chunk, waiting for the pipe to drain when it is full. */
function write(text: string): void | Promise<void> {
  if (!text || process.stdout.write(text)) return;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

interface WorkerSetup {
  version: number;
  migrations: Migration[];
  shape: Shape;
}
interface Job {
  id: number;
  firstLine: number;
  lines: InputLine[];
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

  run(firstLine: number, lines: InputLine[]): Promise<Done> {
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

async function batch(content: Content, migrations: Migration[], shape: Shape): Promise<number> {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const threads = Math.min(availableParallelism(), 4);
  const read = readOptions(migrations, content.version);
  // The main thread answers the first lines itself (a short input never waits for workers to
  // start); workers take the rest of a long one, when there is more than one core.
  let pool: Pool | null = null;
  let lines = 0;
  let bad = 0;
  // Each batch's output is written as soon as it and every batch before it are done, in input
  // order. At most four batches per worker are in flight (batches are small: one chunk of
  // stdin, 64 KiB from a pipe), so reading waits when writing lags and memory holds a few
  // batches, whatever the input's length.
  let written: Promise<void> = Promise.resolve();
  const inFlight: Promise<void>[] = [];
  try {
    for await (const batch of lineBatches(process.stdin as AsyncIterable<Buffer>)) {
      if (!pool && lines >= WORKERS_AFTER_LINES && threads > 1) pool = new Pool(threads, { version: content.version, migrations, shape });
      const firstLine = lines + 1;
      lines += batch.length;
      const done = pool ? pool.run(firstLine, batch) : Promise.resolve(batchText(content, batch, firstLine, shape, read));
      written = written.then(async () => {
        const d = await done;
        bad += d.bad;
        await write(d.text);
      });
      // A failure reaches the loop when it awaits this batch, not as an unhandled rejection before.
      written.catch(() => {});
      inFlight.push(written);
      if (inFlight.length >= (pool ? threads * 4 : 1)) await inFlight.shift();
    }
    await written;
  } finally {
    await pool?.close();
  }
  return bad ? 2 : 0;
}

async function main(argv: string[]): Promise<number> {
  const stdin = argv.includes('--stdin');
  const shape: Shape = argv.includes('--page') ? 'page' : argv.includes('--brief') ? 'brief' : 'full';
  const args = argv.filter((a) => a !== '--stdin' && a !== '--brief' && a !== '--page');
  const version = latestVersion();
  let content: Content;
  let migrations: Migration[];
  try {
    content = loadContent(version, 'en');
    migrations = migrationsFromFiles();
  } catch (e) {
    process.stderr.write(`${e instanceof ContentError ? e.message : String(e)}\n`);
    return 1;
  }
  if (!stdin) return single(content, args.join('&'), shape, readOptions(migrations, version));
  if (args.length) {
    process.stderr.write('--stdin reads the answers from stdin, one text per line; give no answer text as an argument.\n');
    return 2;
  }
  return batch(content, migrations, shape);
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
  const { version, migrations, shape } = workerData as WorkerSetup;
  const content = loadContent(version, 'en');
  const read = readOptions(migrations, version);
  parentPort!.on('message', ({ id, firstLine, lines }: Job) => {
    parentPort!.postMessage({ id, ...batchText(content, lines, firstLine, shape, read) } satisfies Done);
  });
}
