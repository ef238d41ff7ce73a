import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import content from 'virtual:care-path-content';
import { WizardActorContext } from '../ui/actorContext';
import { Wizard } from '../ui/Wizard';
import '../ui/styles.css';
import { createProgressStore } from './progressStore';
import { startWizard } from './startWizard';

const { actor } = startWizard(content, createProgressStore(() => window.sessionStorage));
document.documentElement.lang = content.locale;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WizardActorContext.Provider value={actor}>
      <Wizard />
    </WizardActorContext.Provider>
  </StrictMode>,
);
