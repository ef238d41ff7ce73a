// The kill switch (docs/deploy.md): built as sw.js with CARE_PATH_OFFLINE=off. A browser that
// has the real worker fetches this on its next visit, installs it at once, deletes the guide's
// caches and unregisters, so every page goes back to the network. Pages are not reloaded:
// a family in the middle of the questions keeps what they have.
addEventListener('install', () => skipWaiting());
addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('care-path-wizard:')).map((k) => caches.delete(k))))
      .then(() => registration.unregister()),
  );
});
