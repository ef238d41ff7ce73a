// A new deploy's worker is waiting. It is offered only between journeys: on the start page
// with no answers given, and only while no other tab of the guide is mid-journey (a new worker
// takes every tab). Mid-journey nothing changes, so a journey never mixes two versions.
// The words arrive with the guidance, which the worker already holds for this language.
import './updateNotice.css';
import type { WizardActor } from '../../ui/actorContext';
import { loadGuidance } from '../start/loadLocale';
import { between } from './journeyLock';

/** Shows the offer when it may be taken; returns a function that looks again (another tab's
 * journey began or ended). `activate` resolves false when another tab began one meanwhile. */
export function offerUpdate(actor: WizardActor, othersUnderWay: () => Promise<boolean>, activate: () => Promise<boolean>): () => void {
  // A polite live region in the page from the start, so the words are announced when they come.
  const region = document.createElement('div');
  region.className = 'update';
  region.setAttribute('role', 'status');
  document.body.prepend(region);
  let shown = '';
  let asked = 0;
  const render = async () => {
    const ask = ++asked;
    const free = between(actor) && !(await othersUnderWay());
    // A later look started while this one waited: it decides.
    if (ask !== asked) return;
    const locale = free ? (actor.getSnapshot().context.content?.locale ?? '') : '';
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
    button.addEventListener('click', () => void activate().then((done) => done || look()));
    region.append(text, button);
  };
  const look = () => void render().catch(() => undefined);
  actor.subscribe(look);
  look();
  return look;
}
