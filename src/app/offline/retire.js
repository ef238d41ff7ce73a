// The kill switch (docs/deploy.md): built as sw.js with CARE_PATH_OFFLINE=off. A browser that
// has the real worker fetches this on its next visit or reload. It never activates: it
// unregisters while it installs, and empties the guide's caches.
//
// Why not install, skipWaiting and unregister once active (as before): with a tab of the guide
// open, that activation waits until the old worker has no request in flight, and a reload that
// came while it happened hung on a blank page for 15 s or more in Chromium (10–60 s in review;
// tests/engines/offline.test.ts). Unregistering takes the registration out of use at once: the
// open tab's next navigation goes straight to the network, uncontrolled, while the page it had
// stays with the old worker, which finds its caches empty and passes every request to the
// network. When that tab goes, the browser drops the registration and this worker with it.
addEventListener('install', (event) => {
  // Not inside waitUntil: unregistering waits for this install to end, which would wait for it.
  registration.unregister();
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('care-path-wizard:')).map((k) => caches.delete(k)))),
  );
});
// A page of the old build still open may register sw.js afresh (it registers on each load of a
// journey). With no older worker this one then activates; it unregisters there too.
addEventListener('activate', () => registration.unregister());
