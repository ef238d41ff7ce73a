/**
 * Ends the current task, so the browser can handle a tap and paint before the next step of
 * start-up. Lighthouse counts any task over 50 ms on a phone 4× slower than this machine as
 * blocking, so start-up runs as several short tasks (ADR 0004).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
