// boot.js: the start page's one classic script, inline in <head> before its styles, so its
// listeners exist before the Start button is painted (ADR 4, ADR 12, ADR 14). build/prerenderPlugin.ts
// builds it from this file with the build's file names in the constants below, minifies it and
// puts it in the page.

/** The entry module, the first visit's other chunks, each language's questions, the page's language. */
declare const MAIN: string;
declare const PRELOAD: readonly string[];
declare const CONTENT: Readonly<Record<string, string>>;
declare const LANG: string;

// The questions in the language launch.tsx will most likely choose (the link's `lang`, else the
// browser's first language we have, else the start page's), or it would fetch them only once the
// bundle has run: one more round trip on a slow network. A guess (the language chosen earlier in
// the tab and case are left out): a wrong one costs only the 2 kB preloaded for nothing.
const guess =
  [/[#&]lang=(\w\w)/.exec(location.hash)?.[1], ...navigator.languages].map((l) => l?.slice(0, 2)).find((l) => CONTENT[l!]) || LANG;

// After `load` and the first paint, so the bundle never competes with that paint; or at once if
// the person starts interacting before then. The entry's chunks are preloaded (fetched, not
// run) in the next task, to keep this one short.
let started: Promise<unknown> | undefined;
const go = () => {
  if (started) return;
  started = import(MAIN);
  setTimeout(() => {
    for (const href of [...PRELOAD, CONTENT[guess]!]) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
  });
};
// The page fetches nothing before it paints (its script and styles are inline, ADR 14), so
// `load` comes as soon as it is read; a task queued from the next frame runs once that frame is
// drawn. (The paint timing entry arrived 100 ms or more after the paint on a slow phone.) A tab
// in the background draws no frames: it starts after 3 s at the latest.
addEventListener('load', () => requestAnimationFrame(() => setTimeout(go)));
setTimeout(go, 3000);
for (const type of ['pointerdown', 'keydown', 'touchstart']) addEventListener(type, go, true);
// A tap on Start before the app runs is kept: said at once (politely, in a status region), then
// launch.tsx opens question 1 as soon as it can. No second tap.
addEventListener(
  'click',
  (event) => {
    const root = document.documentElement;
    const start = (event.target as Element).closest?.<HTMLButtonElement>('.button--start');
    if (!start || root.hasAttribute('data-ready')) return;
    event.preventDefault();
    root.setAttribute('data-start-pending', '');
    (start.nextSibling as Element).textContent = start.dataset.starting!;
    go();
  },
  true,
);

export {};
