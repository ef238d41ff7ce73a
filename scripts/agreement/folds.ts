// Leave one writer lens out (ADR 0019): for each lens, a way of choosing is built from the other
// lenses' cases only and then chooses for that lens's cases, so every case is judged by something
// its own writer never taught. Shared by the learned model (--ceiling) and the re-tuned points
// (--retune).
import type { Choice } from './bank.ts';

export function leaveEachWriterOut<R extends { id: string; writer: string }>(
  rows: readonly R[],
  build: (others: readonly R[]) => (row: R) => Choice,
): Map<string, Choice> {
  const chosen = new Map<string, Choice>();
  for (const writer of [...new Set(rows.map((r) => r.writer))].sort()) {
    const choose = build(rows.filter((r) => r.writer !== writer));
    for (const row of rows.filter((r) => r.writer === writer)) chosen.set(row.id, choose(row));
  }
  return chosen;
}
