// Set by vite.config.ts: false in a build made with CARE_PATH_OFFLINE=off (the kill switch).
declare const __CARE_PATH_OFFLINE__: boolean;
// Registers the offline worker (dist/sw.js, written by tasks/offlineWorkerPlugin.ts) and, when a new
// deploy's worker is waiting, offers it between journeys only, and only while no other tab is
// mid-journey: see ADR 0012.
import type { WizardActor } from '../../ui/actorContext';
import { between, canTell, holdWhileUnderWay, othersUnderWay, whileNoneUnderWay } from './journeyLock';

export function keepOffline(actor: WizardActor): void {
  const sw = navigator.serviceWorker;
  // None in some private modes, old browsers, or where a policy blocks workers: the page then
  // works online as before.
  if (!sw) return;
  let recheck = () => {};
  holdWhileUnderWay(actor, () => recheck());
  // Another tab activated a new deploy: a tab between journeys takes it too, or a journey begun
  // here would run this page's code against the new worker and, after a reload, its page.
  let moving = false;
  sw.addEventListener('controllerchange', () => {
    if (moving || between(actor)) window.location.reload();
  });
  // Relative to the page, so the worker's scope is the directory the guide is deployed in.
  sw.register('./sw.js').then(
    (registration?: ServiceWorkerRegistration) => {
      // Where workers are blocked, some engines resolve with nothing rather than refuse.
      if (!registration) return;
      let offered = false;
      const offer = () => {
        // A first install has nothing to replace; a worker waits only behind an older one.
        if (offered || !registration.waiting || !sw.controller || !canTell()) return;
        offered = true;
        void import('./updateNotice').then((m) => {
          recheck = m.offerUpdate(actor, othersUnderWay, () =>
            whileNoneUnderWay(
              () =>
                new Promise((resolve) => {
                  moving = true;
                  sw.addEventListener('controllerchange', resolve);
                  registration.waiting?.postMessage('activate');
                }),
            ),
          );
        });
      };
      registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offer));
      offer();
    },
    // Registration refused (storage blocked, an insecure origin): online as before.
    () => undefined,
  );
}
