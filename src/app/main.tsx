import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import content from 'virtual:care-path-content';
import { WizardActorContext } from '../ui/actorContext';
import { Wizard } from '../ui/Wizard';
import '../ui/styles.css';
import { createProgressStore } from './progressStore';
import { startWizard } from './startWizard';

// Tells tests (and anyone curious) that the page is now interactive.
const markReady = () => document.documentElement.setAttribute('data-ready', '');
const { actor } = startWizard(content, createProgressStore(() => window.sessionStorage));
document.documentElement.lang = content.locale;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WizardActorContext.Provider value={actor}>
      <Wizard onMounted={markReady} />
    </WizardActorContext.Provider>
  </StrictMode>,
);
