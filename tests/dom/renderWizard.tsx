import { render } from '@testing-library/react';
import { onTestFinished } from 'vitest';
import content from 'virtual:care-path-content';
import { createProgressStore, type ProgressStore } from '../../src/app/start/progressStore';
import { loadGuidance } from '../../src/app/start/loadLocale';
import { startWizard } from '../../src/app/journey/startWizard';
import type { Content } from '../../src/content/types';
import { WizardActorContext } from '../../src/ui/actorContext';
import { Wizard } from '../../src/ui/Wizard';

export { content };

/** Renders the whole wizard as the app does, with its history and storage wiring. */
export function renderWizard(options: { store?: ProgressStore; content?: Content | null; loadGuidance?: typeof loadGuidance } = {}) {
  const store = options.store ?? createProgressStore(() => window.sessionStorage);
  const { actor, dispose } = startWizard(options.content === undefined ? content : options.content, store, {
    loadGuidance: options.loadGuidance ?? loadGuidance,
  });
  onTestFinished(dispose);
  const view = render(
    <WizardActorContext.Provider value={actor}>
      <Wizard />
    </WizardActorContext.Provider>,
  );
  return { ...view, actor, store };
}
