// boot.js: the start page's one classic script, inline in <head> before its styles, so its
// listeners exist before the Start button is painted (ADR 4, ADR 12, ADR 14). tasks/prerenderPlugin.ts
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

const root = document.documentElement;
// A tap on Start whose app could not arrive is kept across the reload that fetches it again.
const KEPT = 'care-path-wizard:tap';

// After `load` and the first paint, so the bundle never competes with that paint; or at once if
// the person starts interacting before then. The entry's chunks are preloaded (fetched, not
// run) in the next task, to keep this one short. The entry waits for the app to start, so a
// chunk or content that fails to arrive fails this import too; the next tap tries again.
let started: Promise<unknown> | 0 = 0;
const preloads = [...PRELOAD, CONTENT[guess]!];
let kept = false;
const go = () => {
  if (started) return;
  started = import(MAIN).catch(() => {
    started = 0;
    if (!root.hasAttribute('data-start-pending')) return;
    // The network dropped before the app arrived: said, and tried again when the browser is
    // back online (the same listener is never added twice). At once too, unless this page is
    // that retry's reload: a site that answers but whose files fail must not reload forever.
    say('failed');
    addEventListener('online', retry);
    if (!kept) retry();
  });
  setTimeout(() => {
    for (const href of preloads) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
  });
};

const say = (what: 'starting' | 'failed') => {
  const status = document.querySelector<HTMLElement>('.start__pending')!;
  status.textContent = status.dataset[what]!;
};
// Some engines never fetch a failed import again (ADR 8), so the page reloads, keeping the tap,
// but only once the site answers: a family still offline keeps this page, not an error page.
// The files preloaded are fetched again too, past every cache: WebKit keeps a failed preload
// across a reload, and this replaces it. Only if all of them arrive does the page reload.
const retry = () =>
  Promise.all(['./', ...preloads].map((href) => fetch(href, { cache: 'reload' }))).then(
    (answers) => {
      if (answers.some((answer) => !answer.ok)) return;
      // Reload first: without storage it still happens, only the tap is not kept.
      location.reload();
      sessionStorage[KEPT] = 1;
    },
    () => {},
  );
try {
  if (sessionStorage[KEPT]) {
    delete sessionStorage[KEPT];
    kept = true;
    root.setAttribute('data-start-pending', '');
    go();
  }
} catch {
  // Without storage nothing was kept.
}

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
    const start = (event.target as Element).closest?.<HTMLButtonElement>('.button--start');
    if (!start || root.hasAttribute('data-ready')) return;
    event.preventDefault();
    root.setAttribute('data-start-pending', '');
    say('starting');
    go();
  },
  true,
);

export {};
