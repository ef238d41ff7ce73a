// Renders the start page at build time, so the first paint needs no JavaScript.
import { renderToString } from 'react-dom/server';
import content from 'virtual:care-path-content';
import { createActor } from 'xstate';
import { wizardMachine } from '../machine/wizardMachine';
import { WizardActorContext } from '../ui/actorContext';
import { Wizard } from '../ui/Wizard';

const onlyTheStartPage = () => Promise.reject(new Error('Only the start page is prerendered'));

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** What boot.js says before the app runs (a tap kept, or the network gone): only this page needs it. */
function withPendingWords(html: string): string {
  const { starting, failed } = content.ui.pending;
  const mark = 'class="start__pending"';
  if (!html.includes(mark)) throw new Error(`prerender: ${mark} not found on the start page`);
  return html.replace(mark, `${mark} data-starting="${attribute(starting)}" data-failed="${attribute(failed)}"`);
}

/**
 * The running app replaces this markup (createRoot, not hydration), so what only it reads goes:
 * focus targets and step marks, and the language the page's <html> already states. Bytes on
 * every first visit.
 */
function withoutAppAttributes(html: string): string {
  return html
    .replace(' tabindex="-1" data-step-heading="true"', '')
    .replace(' data-step="start"', '')
    .replace(`<div class="page" lang="${content.locale}">`, '<div class="page">');
}

export function renderStartPage(): { html: string; lang: string } {
  const actor = createActor(wizardMachine, { input: { content } }).start();
  const html = renderToString(
    <WizardActorContext.Provider value={actor}>
      <Wizard loadGuidance={onlyTheStartPage} />
    </WizardActorContext.Provider>,
  );
  actor.stop();
  return { html: withoutAppAttributes(withPendingWords(html)), lang: content.locale };
}
