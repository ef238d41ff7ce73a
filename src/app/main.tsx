// The standalone page's entry, started by boot.js once the prerendered start page has painted
// (ADR 0004). Start-up runs as a series of short tasks: React's evaluation with this module,
// then the wizard's (xstate and the screens, a chunk of their own), then starting the machine,
// then the first render in slices, so a tap is never kept waiting long.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultLocale, locales, migrations } from 'virtual:care-path-locales';
import '../ui/styles.css';
import { chooseLocale, langInFragment } from './chooseLocale';
import { loadGuidance, loadLocale } from './loadLocale';
import { nextTask } from './nextTask';
import { createProgressStore } from './progressStore';

// Tells tests (and anyone curious) that the page is now interactive.
const markReady = () => document.documentElement.setAttribute('data-ready', '');

async function main() {
  const wizard = import('./wizardParts');
  await nextTask();
  const store = createProgressStore(() => window.sessionStorage);
  const available = locales.map((l) => l.code);
  // Only the chosen language's content is fetched.
  const locale = chooseLocale(
    [langInFragment(window.location.hash), store.load()?.lang, ...navigator.languages],
    available,
    defaultLocale,
  );
  const loading = loadLocale(locale);
  const { startWizard, Wizard, WizardActorContext } = await wizard;
  const content = await loading;
  await nextTask();
  const { actor } = startWizard(content, store, { migrations });
  const switchLanguage = async (code: string) => {
    const next = await loadLocale(code);
    if (next) actor.send({ type: 'SET_CONTENT', content: next });
  };
  await nextTask();
  const root = createRoot(document.getElementById('root')!);
  await nextTask();
  // A transition renders in slices of a few milliseconds instead of in one long task.
  startTransition(() =>
    root.render(
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
    ),
  );
}

void main();
