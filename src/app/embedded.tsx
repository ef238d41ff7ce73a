// The wizard inside an agency's page (see src/embed/embed.ts): no site chrome, no history
// entries on the host, messages only to the host's origin, and the host's accent colour and font.
import '../ui/styles.css';
import '../ui/embedded.css';
import { langInFragment } from './start/chooseLocale';
import { applyLook, parseEmbedOptions, takeWebsitePrefill } from './embedOptions';
import { connectHost } from './hostChannel';
import { launch } from './start/launch';
import { claimProgress } from './progressClaim';
import { createProgressStore } from './start/progressStore';
import { verifiedHostName } from './verifiedHost';

/**
 * Opened as a page of its own, embed.html would show words and links a host passed in its
 * address on the wizard's own origin: it sends the person to the standalone wizard instead,
 * keeping a link's answers (in the fragment) and nothing of the host's options.
 */
const framed = (() => {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
})();

if (!framed) window.location.replace(new URL('./', window.location.href).href + window.location.hash);
else {
  const options = parseEmbedOptions(window.location.search, (m) => console.warn(m));
  const key = `embed-${options.instance}`;
  // Whatever the host supplies (address, name, extra frames), nothing it can observe depends on
  // the family's saved answers: docs/adr/0010.
  void claimProgress(`care-path-wizard:${key}`, navigator.locks).then((owner) =>
    launch(() => {
      applyLook(document.documentElement, options);
      // A second live frame of this placeholder keeps its journey in memory: it neither reads
      // nor replaces the family's.
      const store = createProgressStore(() => (owner ? window.sessionStorage : null), key);
      const saved = store.load();
      // Read (and so cleared) every time; applied once per placeholder: a reload of the host page,
      // which sets it again, never undoes what the family changed since.
      const websitePrefill = takeWebsitePrefill(window);
      const hostName = verifiedHostName(options.hostOrigin, window.location.ancestorOrigins, document.referrer);
      return {
        store,
        languageHints: [langInFragment(window.location.hash), saved?.lang, options.lang],
        wizard: { history: false, websitePrefill: saved ? null : websitePrefill, skipStart: options.skipStart, linksOnlyWhenFresh: true },
        embed: { hostName, contact: options.contact },
        connect: (actor) => connectHost(actor, options.hostOrigin),
      };
    }),
  );
}
