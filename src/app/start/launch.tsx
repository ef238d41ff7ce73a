// Starts the wizard on a page: chooses and loads the language, starts the machine, renders.
// The standalone and embedded pages differ only in what `prepare` returns. It all runs as a
// series of short tasks (ADR 0004): the wizard's chunk is evaluated after React's, and the
// steps are separated by yields, so a tap is never kept waiting long.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultLocale, locales, migrations } from 'virtual:care-path-locales';
import type { WizardActor } from '../../ui/actorContext';
import type { Wizard as WizardComponent } from '../../ui/Wizard';
import { chooseLocale } from './chooseLocale';
import { loadGuidance, loadLocale } from './loadLocale';
import { retryByReload, takeRetried } from './retryByReload';
import { nextTask } from './nextTask';
import type { ProgressStore } from './progressStore';
import type { WizardOptions } from '../journey/startWizard';

export interface Launch {
  store: ProgressStore;
  /** Languages asked for before the browser's own, most telling first. */
  languageHints: readonly (string | null | undefined)[];
  wizard?: Omit<WizardOptions, 'migrations'>;
  embed?: Parameters<typeof WizardComponent>[0]['embed'];
  /** Hooks up the running wizard, e.g. to the embedding page. */
  connect?: (actor: WizardActor) => { onShown?: (root: Element) => void };
}

const html = document.documentElement;
// Tells tests (and anyone curious) that the page is now interactive.
const markReady = () => html.setAttribute('data-ready', '');
/** Start was pressed on the prerendered page before the app could take it (boot.js kept the tap). */
const takeStartPending = () => {
  const pending = html.hasAttribute('data-start-pending');
  html.removeAttribute('data-start-pending');
  return pending;
};

/** `prepare` runs after the first yield: reading storage the first time takes a few ms. */
export async function launch(prepare: () => Launch): Promise<void> {
  const wizard = import('../wizardEntry');
  await nextTask();
  const { store, languageHints, wizard: options, embed, connect } = prepare();
  const locale = chooseLocale(
    [...languageHints, ...navigator.languages],
    locales.map((l) => l.code),
    defaultLocale,
  );
  const loading = loadLocale(locale);
  const { startWizard, Wizard, WizardActorContext } = await wizard;
  const content = await loading;
  await nextTask();
  const retried = takeRetried();
  const startPending = takeStartPending();
  const { actor } = startWizard(content, store, { ...options, migrations, loadGuidance, skipStart: options?.skipStart || startPending });
  const { onShown } = connect?.(actor) ?? {};
  const switchLanguage = async (code: string) => {
    const next = await loadLocale(code);
    if (next) actor.send({ type: 'SET_CONTENT', content: next });
  };
  await nextTask();
  const element = document.getElementById('root')!;
  const root = createRoot(element);
  await nextTask();
  const tree = (
    <WizardActorContext.Provider value={actor}>
      <Wizard
        onMounted={() => {
          markReady();
          // A tap kept while the page was drawn, after the look above, opens question 1 too.
          if (takeStartPending()) actor.send({ type: 'START' });
          onShown?.(element);
        }}
        languages={locales}
        onLanguage={switchLanguage}
        defaultLocale={defaultLocale}
        embed={embed ?? null}
        onRetry={retryByReload}
        retried={retried || startPending}
      />
    </WizardActorContext.Provider>
  );
  // A transition renders in slices of a few milliseconds instead of in one long task. Strict
  // mode's checks run in development only, so a production build leaves its wrapper out.
  startTransition(() => root.render(import.meta.env.DEV ? <StrictMode>{tree}</StrictMode> : tree));
}
