// Registers the offline worker (dist/sw.js, written by build/offlineWorkerPlugin.ts) and, when a new
// deploy's worker is waiting, offers it between journeys only: see ADR 0012.
import type { WizardActor } from '../../ui/actorContext';

export function keepOffline(actor: WizardActor): void {
  const sw = navigator.serviceWorker;
  // None in some private modes, old browsers, or where a policy blocks workers: the page then
  // works online as before.
  if (!sw) return;
  // Relative to the page, so the worker's scope is the directory the guide is deployed in.
  sw.register('./sw.js').then(
    (registration?: ServiceWorkerRegistration) => {
      // Where workers are blocked, some engines resolve with nothing rather than refuse.
      if (!registration) return;
      let offered = false;
      const offer = () => {
        // A first install has nothing to replace; a worker waits only behind an older one.
        if (offered || !registration.waiting || !sw.controller) return;
        offered = true;
        void import('./updateNotice').then((m) =>
          m.offerUpdate(actor, () => {
            sw.addEventListener('controllerchange', () => window.location.reload());
            registration.waiting?.postMessage('activate');
          }),
        );
      };
      registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offer));
      offer();
    },
    // Registration refused (storage blocked, an insecure origin): online as before.
    () => undefined,
  );
}
