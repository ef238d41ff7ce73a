// The machine fetches the check page's and result's guidance itself (a loader the app provides)
// and scores the result: loading, failure, "Try again", and another language.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import type { Questionnaire } from '../../src/content/types';
import { recommend } from '../../src/domain';
import { type LoadedGuidance, wizardMachine } from '../../src/machine/wizardMachine';
import { answersOf, journeys } from '../fixtures/journeys';

const full = { en: loadContent(latestVersion(), 'en'), es: loadContent(latestVersion(), 'es') };
const journey = journeys.find((j) => j.file === 'hospital-flight-home.json')!;

/** A loader whose network is up or down, as the test says, and that counts its calls. */
function network() {
  const state = { up: false, calls: [] as string[] };
  const machine = wizardMachine.provide({
    actors: {
      loadGuidance: fromPromise<LoadedGuidance, { content: Questionnaire }>(async ({ input }) => {
        const locale = input.content.locale as 'en' | 'es';
        state.calls.push(locale);
        if (!state.up) throw new TypeError('Failed to fetch');
        return { locale, content: full[locale], score: recommend, screens: null };
      }),
    },
  });
  return { state, machine };
}

/** With the network up: the journey answered, its guidance here, and its result shown. */
async function atResult() {
  const { state, machine } = network();
  state.up = true;
  const actor = createActor(machine, { input: { content: full.en } }).start();
  await answerAll(actor);
  await waitFor(actor, (s) => s.context.guidance.status === 'ready');
  actor.send({ type: 'CONFIRM' });
  return { state, actor };
}

async function answerAll(actor: ReturnType<typeof createActor<typeof wizardMachine>>) {
  const given = answersOf(journey);
  if (actor.getSnapshot().matches('start')) actor.send({ type: 'START' });
  while (actor.getSnapshot().matches('question')) actor.send({ type: 'ANSWER', value: given[actor.getSnapshot().context.current!]! });
}

describe('the guidance, fetched by the machine', () => {
  it('is asked for when the questions begin, not on the start page', async () => {
    const { state, machine } = network();
    const actor = createActor(machine, { input: { content: full.en } }).start();
    expect(actor.getSnapshot().context.guidance.status).toBe('idle');
    expect(state.calls).toEqual([]);
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().context.guidance.status).toBe('loading');
    await waitFor(actor, (s) => s.context.guidance.status === 'failed');
    expect(state.calls).toEqual(['en']);
  });

  it('failed while answering: asked again on arriving at the check page, then on "Try again"; the result is scored', async () => {
    const { state, machine } = network();
    const actor = createActor(machine, { input: { content: full.en } }).start();
    actor.send({ type: 'START' });
    await waitFor(actor, (s) => s.context.guidance.status === 'failed');
    await answerAll(actor);
    expect(actor.getSnapshot().value).toBe('check');
    await waitFor(actor, (s) => s.context.guidance.status === 'failed');
    // Once when the questions began, not again at each question, once on arriving here.
    expect(state.calls).toEqual(['en', 'en']);
    state.up = true;
    actor.send({ type: 'RETRY' });
    await waitFor(actor, (s) => s.context.guidance.status === 'ready');
    expect(actor.getSnapshot().context.result).toBeNull();
    actor.send({ type: 'CONFIRM' });
    const { result, answers } = actor.getSnapshot().context;
    expect(result?.outcome).toBe(journey.outcome);
    expect(result).toEqual(recommend(full.en, answersOf(journey)));
    expect(answers).toEqual(answersOf(journey));
  });

  it('in another language on the result: that language is fetched and the result scored again in its words', async () => {
    const { state, actor } = await atResult();
    const english = actor.getSnapshot().context.result!;
    actor.send({ type: 'SET_CONTENT', content: full.es });
    expect(actor.getSnapshot().context.result).toBeNull();
    await waitFor(actor, (s) => s.context.result !== null);
    const spanish = actor.getSnapshot().context.result!;
    expect(spanish.outcome).toBe(english.outcome);
    expect(spanish.headline.heading).not.toBe(english.headline.heading);
    expect(state.calls).toEqual(['en', 'es']);
  });

  it("ignores a language's guidance that arrives after the person switched away from it", async () => {
    const { state, machine } = network();
    state.up = true;
    const actor = createActor(machine, { input: { content: full.en } }).start();
    actor.send({ type: 'START' });
    actor.send({ type: 'SET_CONTENT', content: full.es });
    await waitFor(actor, (s) => s.context.guidance.status === 'ready');
    expect(actor.getSnapshot().context.guidance.loaded?.locale).toBe('es');
    await new Promise((r) => setTimeout(r, 10));
    expect(actor.getSnapshot().context.guidance.loaded?.locale).toBe('es');
  });

  it('leaving the result forgets it: changing an answer never shows a stale result', async () => {
    const { actor } = await atResult();
    expect(actor.getSnapshot().context.result).not.toBeNull();
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.result).toBeNull();
  });
});
