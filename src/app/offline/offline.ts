// Registers the offline worker (public as dist/sw.js, built by workerPlugin.ts) and, when a new
// deploy's worker is waiting, offers it between journeys only: see ADR 0009.
import type { WizardActor } from '../../ui/actorContext';

export function keepOffline(actor: WizardActor): void {
  const sw = navigator.serviceWorker;
  // Relative to the page, so the worker's scope is the directory the guide is deployed in.
  sw.register('./sw.js').then(
    (registration) => {
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
    // Without a worker (blocked, private mode, an old browser) the page works online as before.
    () => undefined,
  );
}
