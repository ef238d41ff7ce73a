// Renders the start page at build time, so the first paint needs no JavaScript.
import { renderToString } from 'react-dom/server';
import content from 'virtual:care-path-content';
import { createActor } from 'xstate';
import { wizardMachine } from '../machine/wizardMachine';
import { WizardActorContext } from '../ui/actorContext';
import { Wizard } from '../ui/Wizard';

const onlyTheStartPage = () => Promise.reject(new Error('Only the start page is prerendered'));

export function renderStartPage(): { html: string; lang: string } {
  const actor = createActor(wizardMachine, { input: { content } }).start();
  const html = renderToString(
    <WizardActorContext.Provider value={actor}>
      <Wizard loadGuidance={onlyTheStartPage} />
    </WizardActorContext.Provider>,
  );
  actor.stop();
  return { html, lang: content.locale };
}
