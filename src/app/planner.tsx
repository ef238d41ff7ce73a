import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import content from 'virtual:care-path-content';
import { defaultLocale, locales } from 'virtual:care-path-locales';
import { joinContent } from '../content/split';
import type { Content } from '../content/types';
import { PlannerScreen } from '../ui/planner/PlannerScreen';
import { PlannerPage } from '../ui/planner/PlannerPage';
import { loadGuidance, loadLocale } from './start/loadLocale';
import '../ui/styles.css';
import '../ui/guidance/guidance.css';

document.documentElement.lang = content.locale;
// The family page sits beside this one, wherever the site is hosted.
const wizardUrl = new URL('./', window.location.href).href;

/** The family's language for the link and the printed sheet, loaded when chosen. */
async function familyContentIn(code: string): Promise<Content | null> {
  if (code === content.locale) return content;
  const [questionnaire, guidance] = await Promise.all([loadLocale(code), loadGuidance(code).catch(() => null)]);
  return questionnaire && guidance ? joinContent(questionnaire, guidance) : null;
}

function Planner() {
  const [code, setCode] = useState(content.locale);
  const [family, setFamily] = useState<Content>(content);
  const latest = useRef(content.locale);
  const choose = (next: string) => {
    setCode(next);
    latest.current = next;
    // A slower earlier choice never overwrites a later one.
    void familyContentIn(next).then((loaded) => {
      if (loaded && latest.current === next) setFamily(loaded);
    });
  };
  return (
    <PlannerScreen
      content={content}
      wizardUrl={wizardUrl}
      languages={locales}
      defaultLocale={defaultLocale}
      familyLocale={code}
      familyContent={family}
      onFamilyLanguage={choose}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PlannerPage content={content} onMounted={() => document.documentElement.setAttribute('data-ready', '')}>
      <Planner />
    </PlannerPage>
  </StrictMode>,
);
