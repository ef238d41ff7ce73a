import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultLocale, loaders, locales, migrations } from 'virtual:care-path-locales';
import type { Content } from '../content/types';
import { WizardActorContext } from '../ui/actorContext';
import { Wizard } from '../ui/Wizard';
import '../ui/styles.css';
import { chooseLocale, langInFragment } from './chooseLocale';
import { createProgressStore } from './progressStore';
import { startWizard } from './startWizard';

// Tells tests (and anyone curious) that the page is now interactive.
const markReady = () => document.documentElement.setAttribute('data-ready', '');

async function loadContent(code: string): Promise<Content | null> {
  try {
    return (await loaders[code]!()).default;
  } catch {
    return null;
  }
}

async function main() {
  const store = createProgressStore(() => window.sessionStorage);
  const available = locales.map((l) => l.code);
  // Only the chosen language's content is fetched.
  const locale = chooseLocale(
    [langInFragment(window.location.hash), store.load()?.lang, ...navigator.languages],
    available,
    defaultLocale,
  );
  const content = await loadContent(locale);
  const { actor } = startWizard(content, store, { migrations });
  const switchLanguage = async (code: string) => {
    const next = await loadContent(code);
    if (next) actor.send({ type: 'SET_CONTENT', content: next });
  };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <WizardActorContext.Provider value={actor}>
        <Wizard onMounted={markReady} languages={locales} onLanguage={switchLanguage} defaultLocale={defaultLocale} />
      </WizardActorContext.Provider>
    </StrictMode>,
  );
}

void main();
