// The standalone page's entry, started by boot.js once the prerendered start page has painted
// (ADR 0004).
import '../ui/styles.css';
import type { WizardActor } from '../ui/actorContext';
import { langInFragment } from './start/chooseLocale';
import { launch } from './start/launch';
import { createProgressStore } from './start/progressStore';

/**
 * The offline worker is registered when a journey starts, with the files fetched then (ADR
 * 12); a page the worker already serves looks for a waiting update at once.
 */
function offlineOnceStarted(actor: WizardActor) {
  const watch = actor.subscribe(check);
  check();
  function check() {
    if (navigator.serviceWorker?.controller || !actor.getSnapshot().matches('start')) {
      watch.unsubscribe();
      void import('./offline/offline').then((m) => m.keepOffline(actor));
    }
  }
}

await launch(() => {
  const store = createProgressStore(() => window.sessionStorage);
  return {
    store,
    languageHints: [langInFragment(window.location.hash), store.load()?.lang],
    connect: (actor) => {
      if (import.meta.env.PROD && __CARE_PATH_OFFLINE__) offlineOnceStarted(actor);
      return {};
    },
  };
});
