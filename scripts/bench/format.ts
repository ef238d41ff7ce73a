// Formatting shared by the bench's tables: sizes, times, the median of a few runs, and a
// plain-text table that reads the same in a terminal and in a CI log.

// kB are 1000 bytes, as Vite prints them.
export const kB = 1000;

export const fmtBytes = (n: number) => (n < kB ? `${n} B` : `${(n / kB).toFixed(1)} kB`);
export const fmtMs = (n: number) => `${Math.round(n)} ms`;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function table(head: string[], rows: string[][], right: boolean[] = []): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
