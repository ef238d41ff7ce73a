// A new deploy's worker is waiting. It is offered only between journeys: on the start page
// with no answers given. Mid-journey nothing changes, so a journey never mixes two versions.
// The words arrive with the guidance, which the worker already holds for this language.
import './updateNotice.css';
import type { WizardActor } from '../../ui/actorContext';
import { loadGuidance } from '../loadLocale';

export function offerUpdate(actor: WizardActor, activate: () => void): void {
  // A polite live region in the page from the start, so the words are announced when they come.
  const region = document.createElement('div');
  region.className = 'update';
  region.setAttribute('role', 'status');
  document.body.prepend(region);
  let shown = '';
  const render = async () => {
    const { context } = actor.getSnapshot();
    const between = actor.getSnapshot().matches('start') && Object.keys(context.answers).length === 0;
    const locale = between ? (context.content?.locale ?? '') : '';
    if (locale === shown) return;
    shown = locale;
    region.replaceChildren();
    if (!locale) return;
    const words = (await loadGuidance(locale)).ui.update;
    if (shown !== locale) return;
    const text = document.createElement('p');
    text.textContent = words.ready;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = words.button;
    button.addEventListener('click', activate);
    region.append(text, button);
  };
  actor.subscribe(() => void render().catch(() => undefined));
  void render().catch(() => undefined);
}
