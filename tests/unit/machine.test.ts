import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { recommend } from '../../src/domain';
import { selectProgress, selectStep } from '../../src/machine/selectors';
import { wizardMachine, type WizardInput } from '../../src/machine/wizardMachine';
import { answersOf, journeys } from '../fixtures/journeys';

const content = loadContent(latestVersion(), 'en');

function start(input: Partial<WizardInput> = {}) {
  const actor = createActor(wizardMachine, { input: { content, ...input } });
  actor.start();
  return actor;
}
type Actor = ReturnType<typeof start>;
const step = (a: Actor) => selectStep(a.getSnapshot());
const answer = (a: Actor, ...value: string[]) => a.send({ type: 'ANSWER', value });

describe('wizard machine', () => {
  it.each(journeys)('walks "$name" through its questions to the result', (j) => {
    const a = start();
    expect(step(a)).toBe('start');
    a.send({ type: 'START' });
    const given = answersOf(j);
    const asked: string[] = [];
    const totals: number[] = [];
    while (step(a).startsWith('question:')) {
      const q = a.getSnapshot().context.current!;
      asked.push(q);
      const progress = selectProgress(a.getSnapshot());
      expect(progress).toEqual({ n: asked.length, total: expect.any(Number) });
      totals.push(progress.total);
      answer(a, ...given[q]!);
    }
    expect(asked).toEqual(j.screens);
    // "Question n of total" never goes up: follow-ups count until an answer rules them out.
    for (let i = 1; i < totals.length; i++) expect(totals[i]).toBeLessThanOrEqual(totals[i - 1]!);
    expect(totals.at(-1)).toBe(j.screens.length);
    expect(step(a)).toBe('check');
    a.send({ type: 'CONFIRM' });
    expect(step(a)).toBe('result');
    // The result page scores the answers the machine holds: every answer given, and the
    // outcome, roles and extra advice the journey's fixture expects.
    const held = a.getSnapshot().context.answers;
    expect(held).toEqual(given);
    const r = recommend(content, held);
    expect({ outcome: r.outcome, order: r.order, extras: r.extras.map((e) => e.id) }).toEqual({
      outcome: j.outcome,
      order: j.order,
      extras: j.extras,
    });
  });

  it('stays on the question with an error when nothing is chosen, keeping earlier answers', () => {
    const a = start();
    a.send({ type: 'START' });
    answer(a, 'hospital');
    answer(a);
    expect(step(a)).toBe('question:next');
    expect(a.getSnapshot().context.error).toBe('required');
    expect(a.getSnapshot().context.answers).toEqual({ now: ['hospital'] });
    answer(a, 'home');
    expect(a.getSnapshot().context.error).toBeNull();
    expect(step(a)).toBe('question:travel');
  });

  it('rejects a value that is not in the content, and two values for a one-answer question', () => {
    const a = start();
    a.send({ type: 'START' });
    answer(a, 'moon');
    answer(a, 'hospital', 'home');
    expect(step(a)).toBe('question:now');
    expect(a.getSnapshot().context.answers).toEqual({});
  });

  it('Back goes to the previous question with its answer kept, then to the start', () => {
    const a = start();
    a.send({ type: 'START' });
    answer(a, 'home');
    answer(a, 'home');
    a.send({ type: 'BACK' });
    expect(step(a)).toBe('question:next');
    a.send({ type: 'BACK' });
    expect(step(a)).toBe('question:now');
    a.send({ type: 'BACK' });
    expect(step(a)).toBe('start');
    expect(a.getSnapshot().context.answers).toEqual({ now: ['home'], next: ['home'] });
  });

  it('asks the follow-up only after a flight, and drops it when the flight is changed away', () => {
    const j = journeys.find((x) => x.answers.includes('escort=yes'))!;
    const a = start({ answers: answersOf(j), step: 'check' });
    expect(step(a)).toBe('check');
    a.send({ type: 'CHANGE', question: 'travel' });
    expect(step(a)).toBe('question:travel');
    answer(a, 'none');
    expect(step(a)).toBe('check');
    expect(a.getSnapshot().context.answers.escort).toBeUndefined();
  });

  it('a change that needs a follow-up asks it, then returns to check answers', () => {
    const j = journeys.find((x) => x.answers.includes('travel=none'))!;
    const a = start({ answers: answersOf(j), step: 'check' });
    a.send({ type: 'CHANGE', question: 'travel' });
    answer(a, 'flight');
    expect(step(a)).toBe('question:escort');
    answer(a, 'no');
    expect(step(a)).toBe('check');
    expect(a.getSnapshot().context.answers.travel).toEqual(['flight']);
  });

  it('Back while changing an answer returns to check answers without changing it', () => {
    const j = journeys[0]!;
    const a = start({ answers: answersOf(j), step: 'check' });
    a.send({ type: 'CHANGE', question: 'family' });
    a.send({ type: 'BACK' });
    expect(step(a)).toBe('check');
    expect(a.getSnapshot().context.answers).toEqual(answersOf(j));
  });

  it('cannot confirm or visit the result with answers missing', () => {
    const a = start({ answers: { now: ['home'] }, step: 'check' });
    expect(step(a)).toBe('start');
    a.send({ type: 'VISIT', step: 'result' });
    expect(step(a)).toBe('start');
    a.send({ type: 'VISIT', step: 'question:family' });
    expect(step(a)).toBe('start');
    a.send({ type: 'VISIT', step: 'question:next' });
    expect(step(a)).toBe('question:next');
  });

  it('browser history can revisit any step the answers allow', () => {
    const j = journeys[0]!;
    const a = start({ answers: answersOf(j), step: 'result' });
    expect(step(a)).toBe('result');
    a.send({ type: 'VISIT', step: 'question:travel' });
    expect(step(a)).toBe('question:travel');
    a.send({ type: 'VISIT', step: 'result' });
    expect(step(a)).toBe('result');
    expect(recommend(content, a.getSnapshot().context.answers).outcome).toBe(j.outcome);
  });

  it('resumes where the person was, dropping saved answers the content does not allow', () => {
    const a = start({ answers: { now: ['hospital'], next: ['moon'], escort: ['yes'] }, step: 'question:next' });
    expect(step(a)).toBe('question:next');
    expect(a.getSnapshot().context.answers).toEqual({ now: ['hospital'] });
  });

  it('start again clears every answer', () => {
    const a = start({ answers: answersOf(journeys[0]!), step: 'check' });
    a.send({ type: 'RESTART' });
    expect(step(a)).toBe('start');
    expect(a.getSnapshot().context.answers).toEqual({});
  });

  it('without usable content it explains instead of asking', () => {
    const a = start({ content: null, contentProblem: 'content/v1/content.json: missing' });
    expect(step(a)).toBe('unusable');
    a.send({ type: 'START' });
    a.send({ type: 'VISIT', step: 'start' });
    expect(step(a)).toBe('unusable');
  });
});
