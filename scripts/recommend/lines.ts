// Batch mode's input, read as it streams in: stdin's bytes split into lines, and the lines into
// batches, with memory bounded whatever arrives (a hostile review piped 2 MB lines by the
// thousand, and one 100 MB line, into a version that held whole lines and batches: out of memory).
// No process globals here, so tests can feed it chunks directly.

/**
 * The longest line batch mode reads, in bytes before its line ending. A complete answer text
 * is well under 1 KB; a longer line is answered with an error and skipped, not read.
 */
export const LINE_LIMIT = 64 * 1024;

/**
 * A batch (what goes to the output, or to a worker, at once) ends with the input read so far
 * (so a line that arrives alone is answered before more is read), or after this many lines…
 */
export const BATCH_LINES = 1024;
/** …or once its lines hold this many bytes, whichever comes first. */
export const BATCH_BYTES = 1 << 20;
/**
 * Worker threads take the batches after this many lines, when there is more than one core;
 * a shorter input is answered before a worker would have started.
 */
export const WORKERS_AFTER_LINES = 4096;

/** A line's text, or null for a line longer than the limit (its bytes were dropped as they came). */
export type InputLine = string | null;

export interface LineLimits {
  lineBytes: number;
  batchLines: number;
  batchBytes: number;
}
const LIMITS: LineLimits = { lineBytes: LINE_LIMIT, batchLines: BATCH_LINES, batchBytes: BATCH_BYTES };

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Splits byte chunks (stdin) into lines and yields them in batches, at the latest at the end of
 * each chunk: lines end at `\n` or `\r\n`, and a last line without a newline counts. Every line is kept, blank ones too. Bytes are split
 * before decoding, so a character split across chunks stays whole (UTF-8 never has a 0x0A byte
 * inside a character). At most `lineBytes` + 1 bytes of one line are held; past that the line
 * is null and the rest of it is skipped up to its newline.
 */
export async function* lineBatches(chunks: AsyncIterable<Uint8Array>, limits: Partial<LineLimits> = {}): AsyncGenerator<InputLine[]> {
  const { lineBytes, batchLines, batchBytes } = { ...LIMITS, ...limits };
  let batch: InputLine[] = [];
  let held = 0;
  // The line read so far: its pieces (copied, so a chunk is not kept alive by a short slice),
  // their length, and whether it went over the limit.
  let pieces: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let started = false;

  const endLine = () => {
    const bytes = Buffer.concat(pieces, length);
    // A `\r` before the newline is the line ending's, not the line's.
    const size = bytes.at(-1) === CR ? length - 1 : length;
    if (tooLong || size > lineBytes) batch.push(null);
    else {
      batch.push(bytes.toString('utf8', 0, size));
      held += size;
    }
    pieces = [];
    length = 0;
    tooLong = false;
    started = false;
  };
  const full = () => batch.length >= batchLines || held >= batchBytes;
  const take = () => {
    const out = batch;
    batch = [];
    held = 0;
    return out;
  };

  for await (const chunk of chunks) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    while (start < bytes.length) {
      const nl = bytes.indexOf(NEWLINE, start);
      const end = nl < 0 ? bytes.length : nl;
      started = true;
      if (!tooLong) {
        // One byte over the limit is kept: it may be the `\r` of a `\r\n`.
        if (length + (end - start) > lineBytes + 1) {
          tooLong = true;
          pieces = [];
          length = 0;
        } else if (end > start) {
          pieces.push(Buffer.from(bytes.subarray(start, end)));
          length += end - start;
        }
      }
      if (nl < 0) break;
      endLine();
      start = nl + 1;
      if (full()) yield take();
    }
    // What has arrived is answered now, not once a batch fills: a program that writes a line
    // and waits for its answer gets it.
    if (batch.length) yield take();
  }
  if (started) endLine();
  if (batch.length) yield take();
}
