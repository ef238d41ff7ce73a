// Which chunk a module goes in (vite.config.ts), chosen by folder. A first visit runs two:
// `start` (React, the domain, and src/app/start/: what starting the page needs) and `wizard`
// (xstate, the machine, the content's migrations, src/app/journey/ and the screens up to the
// last question), each evaluated in a task of its own (src/app/main.tsx). What only the check
// page and result use (LATER) is left out, so it lands in the chunk fetched on Start (ADR 0006).
// src/app/wizardEntry.ts stays out of both: as a chunk of its own it re-exports the wizard's
// parts directly, where inside `wizard` it would need a namespace object and Rolldown's runtime
// would move to a chunk of its own, one more file on every first visit.
// A module a first visit would load from anywhere else fails the build (`strayFirstVisitModules`,
// run by the prerender): a new file joins the first visit only by being put in a folder here.

/** What waits for Start; the care code's codec loads with the start page's code field, when opened. */
export const LATER = ['src/ui/guidance/', 'src/domain/result/', 'src/domain/code/', 'src/content/split.ts'] as const;

export const FIRST_VISIT = {
  start: [
    'node_modules/react/',
    'node_modules/react-dom/',
    'node_modules/scheduler/',
    'src/domain/',
    'src/app/start/',
    '\0virtual:care-path-locales',
  ],
  wizard: ['node_modules/xstate/', 'src/machine/', 'src/content/', 'src/app/journey/', 'src/ui/'],
} as const;

/** The planner's own page: never on a family's first visit. */
const PLANNER = ['src/ui/planner/'];
/** Loaded on a first visit outside both chunks, on purpose: the page, its entry, its one re-exporting module. */
const ENTRY = ['index.html', 'src/app/main.tsx', 'src/app/wizardEntry.ts'];

const normal = (id: string) => id.replaceAll('\\', '/');
const within = (path: string, places: readonly string[]) =>
  places.some((p) => (p.startsWith('\0') ? path.startsWith(p) : path.includes(`/${p}`)));

export function chunkOf(id: string): keyof typeof FIRST_VISIT | null {
  const path = normal(id);
  // CSS is Vite's to place; in a JS chunk it would make the page import that chunk at once.
  if (within(path, LATER) || within(path, PLANNER) || path.endsWith('.css')) return null;
  if (within(path, FIRST_VISIT.start)) return 'start';
  if (within(path, FIRST_VISIT.wizard)) return 'wizard';
  return null;
}

/**
 * The modules among a first visit's that no folder above put there: a file added to src/app
 * beside the entry, a new package imported by it. Bundler and content modules (`\0…`) are the
 * build's own; style sheets are inlined in the page (ADR 0014) and counted with it.
 */
export function strayFirstVisitModules(moduleIds: readonly string[]): string[] {
  return moduleIds.map(normal).filter((path) => !path.startsWith('\0') && !path.endsWith('.css') && !chunkOf(path) && !within(path, ENTRY));
}
