import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import content from 'virtual:care-path-content';
import { PlannerScreen } from '../ui/planner/PlannerScreen';
import { PlannerPage } from '../ui/planner/PlannerPage';
import '../ui/styles.css';
import '../ui/later/later.css';

document.documentElement.lang = content.locale;
// The family page sits beside this one, wherever the site is hosted.
const wizardUrl = new URL('./', window.location.href).href;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PlannerPage content={content} onMounted={() => document.documentElement.setAttribute('data-ready', '')}>
      <PlannerScreen content={content} wizardUrl={wizardUrl} />
    </PlannerPage>
  </StrictMode>,
);
