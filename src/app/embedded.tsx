// The wizard inside an agency's page (see src/embed/embed.ts): no site chrome, no history
// entries on the host, messages only to the host's origin, and the host's accent colour.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultLocale, locales, migrations } from 'virtual:care-path-locales';
import { WizardActorContext } from '../ui/actorContext';
import { Wizard } from '../ui/Wizard';
import '../ui/styles.css';
import { chooseLocale, langInFragment } from './chooseLocale';
import { parseEmbedOptions, takeWebsitePrefill } from './embedOptions';
import { connectHost } from './hostChannel';
import { loadGuidance, loadLocale } from './loadLocale';
import { createProgressStore } from './progressStore';
import { startWizard } from './startWizard';

async function main() {
  const options = parseEmbedOptions(window.location.search, (m) => console.warn(m));
  // Through the CSSOM: a strict style-src forbids style attributes, not this.
  if (options.accent) document.documentElement.style.setProperty('--accent', options.accent);
  const store = createProgressStore(() => window.sessionStorage, `embed-${options.instance}`);
  const locale = chooseLocale(
    [langInFragment(window.location.hash), store.load()?.lang, options.lang, ...navigator.languages],
    locales.map((l) => l.code),
    defaultLocale,
  );
  const content = await loadLocale(locale);
  const { actor } = startWizard(content, store, {
    migrations,
    history: false,
    websitePrefill: takeWebsitePrefill(window),
    skipStart: options.skipStart,
  });
  const { onShown, onOutcome } = connectHost(actor, options.hostOrigin);
  const hostName = options.hostOrigin ? new URL(options.hostOrigin).hostname : null;
  const switchLanguage = async (code: string) => {
    const next = await loadLocale(code);
    if (next) actor.send({ type: 'SET_CONTENT', content: next });
  };
  const root = document.getElementById('root')!;
  createRoot(root).render(
    <StrictMode>
      <WizardActorContext.Provider value={actor}>
        <Wizard
          onMounted={() => {
            document.documentElement.setAttribute('data-ready', '');
            onShown(root);
          }}
          languages={locales}
          onLanguage={switchLanguage}
          defaultLocale={defaultLocale}
          embed={{ hostName, contact: options.contact }}
          loadGuidance={loadGuidance}
          onOutcome={onOutcome}
        />
      </WizardActorContext.Provider>
    </StrictMode>,
  );
}

void main();
