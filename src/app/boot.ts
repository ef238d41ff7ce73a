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

// After `load` and the first contentful paint, so the bundle never competes with that paint; or
// at once if the person starts interacting before then. The entry's chunks are preloaded
// (fetched, not run) in the next task, to keep this one short.
let started: Promise<unknown> | undefined;
let signals = 0;
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
// Run from <head>: `load` is always still to come. The first contentful paint comes once; go()
// runs once, whatever calls it, so no listener needs removing.
const one = () => {
  if (++signals === 2) setTimeout(go);
};
addEventListener('load', one);
try {
  new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) one();
  }).observe({ type: 'paint', buffered: true });
} catch {
  one();
}
setTimeout(() => signals < 2 && go(), 3000);
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
