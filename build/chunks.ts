// Which chunk a module goes in (vite.config.ts). A first visit runs two: `react` (React and
// what starting the page needs) and `wizard` (xstate, the machine and the screens up to the
// last question), each evaluated in a task of its own (src/app/main.tsx). What only the check
// page and result use lives in the folders below and is left out, so it lands in the chunk
// fetched on Start (ADR 0006): a new file there can never join a first visit by mistake.
// src/app/wizardParts.ts stays out of both: as a chunk of its own it re-exports the wizard's
// parts directly, where inside `wizard` it would need a namespace object and Rolldown's runtime
// would move to a chunk of its own, one more file on every first visit.
// The care code's codec (src/domain/code/) loads with the start page's code field, when opened.
export const LATER_FOLDERS = ['src/ui/later/', 'src/domain/result/', 'src/domain/code/'] as const;
const LATER = new RegExp(`/(${LATER_FOLDERS.join('|')})|/src/content/split\\.ts$`);
const REACT =
  /\/node_modules\/(react|react-dom|scheduler)\/|\/src\/(domain\/|app\/(chooseLocale|loadLocale|progressStore|nextTask|launch)\.tsx?)|^\0virtual:care-path-locales$/;
const WIZARD =
  /\/node_modules\/xstate\/|\/src\/(machine\/|content\/migrate\.ts|app\/(startWizard|historySync|linkIntake)\.ts|ui\/(?!planner\/))/;

export function chunkOf(id: string): string | null {
  const path = id.replaceAll('\\', '/');
  // CSS is Vite's to place; in a JS chunk it would make the page import that chunk at once.
  if (LATER.test(path) || path.endsWith('.css')) return null;
  if (REACT.test(path)) return 'react';
  if (WIZARD.test(path)) return 'wizard';
  return null;
}
