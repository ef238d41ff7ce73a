// The service worker (docs/adr/0012-offline-service-worker.md). Built into dist/sw.js by
// tasks/offlineWorkerPlugin.ts, which puts the build's own files in FILES and a hash of
// their contents in VERSION: a new deploy is a new sw.js, so the browser installs it.
// It never caches at run time: only the listed files, which carry no answers. Answers live in
// the fragment and in storage. A navigation's fragment does reach the worker (Request.url keeps
// it, as the Fetch standard says), so the worker matches on the path alone and keeps nothing of
// a request: the cache keys are the fixed list, and HTTP never sends a fragment.
/* global FILES, VERSION */
const PREFIX = 'care-path-wizard:';
const CACHE = PREFIX + VERSION;
// The standalone page. Other pages (embed.html with its own framing policy, the planner) are
// left to the network: their headers stay the host's, as before.
const PAGE = new URL('./', location.href).href;

addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // Hashed files are the same forever; the page (boot.js is inlined in it) must be this deploy's.
      cache.addAll(FILES.map((f) => new Request(f, { cache: f.startsWith('./assets/') ? 'default' : 'no-cache' }))),
    ),
  );
});

addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      // Keeps the newest older version too: a page still on it (another tab, mid-journey)
      // finds its own files, so one journey never mixes two deploys.
      .then((keys) => keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).slice(0, -1))
      .then((old) => Promise.all(old.map((k) => caches.delete(k))))
      .then(() => clients.claim()),
  );
});

// The page asks for this only between journeys (src/app/offline/updateNotice.ts).
addEventListener('message', (event) => {
  if (event.data === 'activate') skipWaiting();
});

addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Same origin, GET, no query: anything else goes to the network untouched.
  if (request.method !== 'GET' || url.origin !== location.origin || url.search) return;
  if (request.mode === 'navigate') {
    const page = url.origin + url.pathname;
    if (page !== PAGE && page !== `${PAGE}index.html`) return;
    event.respondWith(caches.match(PAGE, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  // This version's files first, then the older one's.
  event.respondWith(
    caches
      .match(request, { cacheName: CACHE, ignoreVary: true })
      .then((hit) => hit || caches.match(request, { ignoreVary: true }))
      .then((hit) => hit || fetch(request)),
  );
});
