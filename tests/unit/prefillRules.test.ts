// Answers from outside (src/domain/prefill.ts) and what the machine does with a link that would
// change saved answers: it waits, and "Keep my answers" returns the family to where it was.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { openWith, type Prefill } from '../../src/domain';
import { wizardMachine } from '../../src/machine/wizardMachine';

const content = loadContent(latestVersion(), 'en');
const saved = { now: ['home'], next: ['home'], travel: ['none'], needs: ['visits'], works_for: ['family'], pay: ['yes'], family: ['far'] };
const link = (answers: Record<string, string[]>, source: Prefill['source'] = 'care-team'): Prefill => ({
  answers,
  source,
  problems: [],
  versionStatus: 'current',
  fromVersion: null,
});

describe('openWith: a page opened with answers from outside', () => {
  it('a care team link that agrees with what is saved lands, marked as the care team’s, with a welcome', () => {
    const opened = openWith(content, { answers: { now: ['home'] }, prefilled: {} }, [], link({ now: ['home'], next: ['facility'] }));
    expect(opened).toMatchObject({
      answers: { now: ['home'], next: ['facility'] },
      prefilled: { now: 'care-team', next: 'care-team' },
      pendingLink: null,
      welcome: true,
      arrived: true,
    });
  });

  it('a link that would change a saved answer waits, and nothing saved changes', () => {
    const changing = link({ now: ['hospital'] });
    const opened = openWith(content, { answers: saved, prefilled: {} }, [], changing);
    expect(opened).toMatchObject({ answers: saved, prefilled: {}, pendingLink: changing, welcome: false, arrived: false });
  });

  it("the website's answers apply before the link's, and a link is judged against both", () => {
    const website = link({ now: ['hospital'] }, 'website');
    const opened = openWith(content, { answers: {}, prefilled: {} }, [website], link({ now: ['home'] }));
    expect(opened.answers.now).toEqual(['hospital']);
    expect(opened.pendingLink?.answers).toEqual({ now: ['home'] });
    expect(opened.prefilled).toEqual({ now: 'website' });
  });
});

describe('a link arriving while the wizard is open, over saved answers', () => {
  it.each([
    ['check', 'check', null],
    ['result', 'result', null],
    ['question:travel', 'question', 'travel'],
  ] as const)('on %s: the family is asked, and "Keep my answers" returns there unchanged', (step, state, current) => {
    const actor = createActor(wizardMachine, { input: { content, answers: saved, step } }).start();
    expect(actor.getSnapshot().value).toBe(state);
    actor.send({ type: 'PREFILL', prefill: link({ now: ['hospital'] }) });
    expect(actor.getSnapshot().value).toBe('conflict');
    actor.send({ type: 'KEEP_MINE' });
    expect(actor.getSnapshot().value).toBe(state);
    if (current) expect(actor.getSnapshot().context.current).toBe(current);
    expect(actor.getSnapshot().context.answers).toEqual(saved);
  });

  it('on the start page, "Keep my answers" returns to the start', () => {
    const actor = createActor(wizardMachine, { input: { content, answers: saved } }).start();
    expect(actor.getSnapshot().value).toBe('start');
    actor.send({ type: 'PREFILL', prefill: link({ now: ['hospital'] }) });
    actor.send({ type: 'KEEP_MINE' });
    expect(actor.getSnapshot().value).toBe('start');
  });
});
