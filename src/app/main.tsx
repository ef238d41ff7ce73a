import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultLocale, locales, migrations } from 'virtual:care-path-locales';
import { WizardActorContext } from '../ui/actorContext';
import { Wizard } from '../ui/Wizard';
import '../ui/styles.css';
import { chooseLocale, langInFragment } from './chooseLocale';
import { loadGuidance, loadLocale } from './loadLocale';
import { createProgressStore } from './progressStore';
import { startWizard } from './startWizard';

// Tells tests (and anyone curious) that the page is now interactive.
const markReady = () => document.documentElement.setAttribute('data-ready', '');

async function main() {
  const store = createProgressStore(() => window.sessionStorage);
  const available = locales.map((l) => l.code);
  // Only the chosen language's content is fetched.
  const locale = chooseLocale(
    [langInFragment(window.location.hash), store.load()?.lang, ...navigator.languages],
    available,
    defaultLocale,
  );
  const content = await loadLocale(locale);
  const { actor } = startWizard(content, store, { migrations });
  const switchLanguage = async (code: string) => {
    const next = await loadLocale(code);
    if (next) actor.send({ type: 'SET_CONTENT', content: next });
  };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <WizardActorContext.Provider value={actor}>
        <Wizard
          onMounted={markReady}
          languages={locales}
          onLanguage={switchLanguage}
          defaultLocale={defaultLocale}
          loadGuidance={loadGuidance}
        />
      </WizardActorContext.Provider>
    </StrictMode>,
  );
}

void main();
