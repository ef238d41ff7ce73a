// Renders the start page at build time, so the first paint needs no JavaScript.
import { renderToString } from 'react-dom/server';
import content from 'virtual:care-path-content';
import { createActor } from 'xstate';
import { wizardMachine } from '../machine/wizardMachine';
import { WizardActorContext } from '../ui/actorContext';
import { Wizard } from '../ui/Wizard';

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The one edit `find` names, made once; the build fails if React's markup no longer holds it, so
 * an edit never silently stops happening (a byte count would not notice).
 */
function edit(html: string, find: string, replace: string): string {
  const at = html.indexOf(find);
  if (at < 0) throw new Error(`prerender: ${JSON.stringify(find)} not found on the start page`);
  return html.slice(0, at) + replace + html.slice(at + find.length);
}

/** What boot.js says before the app runs (a tap kept, or the network gone): only this page needs it. */
function withPendingWords(html: string): string {
  const { starting, failed } = content.ui.pending;
  const mark = 'class="start__pending"';
  return edit(html, mark, `${mark} data-starting="${attribute(starting)}" data-failed="${attribute(failed)}"`);
}

/**
 * The running app replaces this markup (createRoot, not hydration), so what only it reads goes:
 * focus targets and step marks, and the language the page's <html> already states. Bytes on
 * every first visit.
 */
function withoutAppAttributes(html: string): string {
  const noFocusTarget = edit(html, ' tabindex="-1" data-step-heading="true"', '');
  const noStep = edit(noFocusTarget, ' data-step="start"', '');
  return edit(noStep, `<div class="page" lang="${content.locale}">`, '<div class="page">');
}

export function renderStartPage(): { html: string; lang: string } {
  const actor = createActor(wizardMachine, { input: { content } }).start();
  const html = renderToString(
    <WizardActorContext.Provider value={actor}>
      <Wizard />
    </WizardActorContext.Provider>,
  );
  actor.stop();
  return { html: withoutAppAttributes(withPendingWords(html)), lang: content.locale };
}
