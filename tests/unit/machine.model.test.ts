// Model-based: random sequences of everything a person (or a link) can do. Beside the machine
// runs a small model of what the person has given: the answers they chose or a link brought,
// and whether a link is waiting on "use the link or keep mine" or a care team's welcome is up.
// After each event the machine must be on a screen the UI can render, hold exactly the model's
// answers, and show the welcome and the link conflict exactly when the model says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import type { Answers } from '../../src/content/types';
import { canShowQuestion, isAllowedAnswer, isComplete, parseAnswerText, pruneAnswers, recommend, visibleQuestions } from '../../src/domain';
import type { WizardSnapshot } from '../../src/machine/selectors';
import { type Prefill, type WizardEvent, wizardMachine } from '../../src/machine/wizardMachine';
import { answerSets } from '../fixtures/arbitraries';

const content = loadContent(latestVersion(), 'en');
const ids = content.questions.map((q) => q.id);
const values = [...new Set(content.questions.flatMap((q) => q.options.map((o) => o.id))), 'moon', ''];
const linkParts = [...ids.map((k) => `${k}=`), ...values, '&', ',', 'v=1&', 'v=7&', '%zz', 'NOW=Home&'];
const sources = ['care-team', 'website', 'shared'] as const;

/** A whole answer set, as a complete link from a planner would carry. */
const fullAnswers = answerSets(content);

type Screen = 'start' | 'welcome' | 'conflict' | 'check' | 'result' | `question:${string}`;

/**
 * The screen a resting state of the machine shows. Unlike the app's `stepOf` (which files the
 * welcome and the conflict under "start" for history entries), every state is its own screen
 * here, and a state the model does not know, or a passing one such as `routing` seen at rest,
 * fails the test instead of passing as the start page.
 */
function screenOf(s: WizardSnapshot): Screen {
  switch (s.value) {
    case 'start':
    case 'welcome':
    case 'conflict':
    case 'check':
    case 'result':
      return s.value;
    case 'question':
      if (!s.context.current) throw new Error('on a question with no question chosen');
      return `question:${s.context.current}`;
    default:
      throw new Error(`the model has no screen for the machine's state ${JSON.stringify(s.value)}`);
  }
}

const prefillEvent = (prefill: Prefill) => ({ type: 'PREFILL' as const, prefill });

const answerCurrent = fc.array(fc.nat(9), { minLength: 1, maxLength: 3 }).map((pick) => ({ type: 'ANSWER_CURRENT' as const, pick }));

const event: fc.Arbitrary<WizardEvent | { type: 'ANSWER_CURRENT'; pick: number[] }> = fc.oneof(
  fc.constant({ type: 'START' as const }),
  { weight: 8, arbitrary: answerCurrent },
  fc
    .tuple(fullAnswers, fc.constantFrom(...sources))
    .map(([answers, source]) =>
      prefillEvent({ answers: pruneAnswers(content, answers), source, problems: [], versionStatus: 'current', fromVersion: 1 }),
    ),
  { weight: 2, arbitrary: fc.constant({ type: 'CONFIRM' as const }) },
  fc.array(fc.constantFrom(...values), { maxLength: 3 }).map((value) => ({ type: 'ANSWER' as const, value })),
  fc.constant({ type: 'BACK' as const }),
  fc.constantFrom(...ids, 'moon').map((question) => ({ type: 'CHANGE' as const, question })),
  fc.constant({ type: 'CONFIRM' as const }),
  fc.constant({ type: 'RESTART' as const }),
  fc
    .constantFrom('start', 'check', 'result', ...ids.map((q) => `question:${q}`))
    .map((step) => ({ type: 'VISIT' as const, step: step as never })),
  fc.tuple(fc.array(fc.constantFrom(...linkParts), { maxLength: 12 }), fc.constantFrom(...sources)).map(([parts, source]) => {
    const parsed = parseAnswerText(content, parts.join(''));
    return prefillEvent({
      answers: parsed.answers,
      source,
      problems: parsed.problems,
      versionStatus: parsed.versionStatus,
      fromVersion: parsed.version,
    });
  }),
  // The buttons of the welcome ("Continue") and of the link conflict ("Use the link", "Keep mine").
  { weight: 2, arbitrary: fc.constantFrom({ type: 'CONTINUE' as const }, { type: 'USE_LINK' as const }, { type: 'KEEP_MINE' as const }) },
);

/** What the person has given so far, and which of the two link screens (if any) is up. */
interface Model {
  answers: Answers;
  screen: 'welcome' | 'conflict' | 'other';
  waiting: Prefill | null;
}

/** The link would change an answer the person already has: the family must choose first. */
const changesAnAnswer = (answers: Answers, link: Prefill) =>
  Object.entries(link.answers).some(([q, v]) => {
    const had = answers[q];
    return !!had && (had.length !== v!.length || !had.every((x) => v!.includes(x)));
  });

/** A link's answers taken in: a care team that brought answers says hello first. */
function takeLink(m: Model, link: Prefill): Model {
  const answers = pruneAnswers(content, { ...m.answers, ...link.answers });
  const welcome = link.source === 'care-team' && Object.keys(link.answers).length > 0;
  return { answers, screen: welcome ? 'welcome' : 'other', waiting: null };
}

/** A back or forward button press (VISIT) leaves either link screen only for a step it may show. */
function visitAllowed(answers: Answers, step: string) {
  if (step === 'start') return true;
  if (step === 'check' || step === 'result') return isComplete(content, answers);
  return canShowQuestion(content, answers, step.slice('question:'.length));
}

/** The model's next state: `onScreen` is what the person saw before the event. */
function next(m: Model, e: WizardEvent, onScreen: Screen): Model {
  if (e.type === 'RESTART') return { answers: {}, screen: 'other', waiting: null };
  if (e.type === 'PREFILL')
    return changesAnAnswer(m.answers, e.prefill) ? { ...m, screen: 'conflict', waiting: e.prefill } : takeLink(m, e.prefill);
  if (e.type === 'VISIT') return m.screen !== 'other' && visitAllowed(m.answers, e.step) ? { ...m, screen: 'other', waiting: null } : m;
  if (m.screen === 'conflict' && e.type === 'USE_LINK') return takeLink(m, m.waiting!);
  if (m.screen === 'conflict' && e.type === 'KEEP_MINE') return { ...m, screen: 'other', waiting: null };
  if (m.screen === 'welcome' && e.type === 'CONTINUE') return { ...m, screen: 'other' };
  if (m.screen === 'other' && e.type === 'ANSWER' && onScreen.startsWith('question:')) {
    const q = onScreen.slice('question:'.length);
    // An answer the question does not allow (none, or two for a one-answer question) is refused.
    if (isAllowedAnswer(content, q, e.value)) return { ...m, answers: pruneAnswers(content, { ...m.answers, [q]: [...e.value] }) };
  }
  return m;
}

/**
 * Single events, and now and then a person answering what is asked until the end and
 * confirming: without these runs a result is mostly reached through a complete link, so the
 * answers a person gives by hand would seldom be scored.
 */
const events = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: event.map((e) => [e]) },
      fc.array(answerCurrent, { minLength: 4, maxLength: 12 }).map((a) => [...a, { type: 'CONFIRM' as const }]),
    ),
    { maxLength: 30 },
  )
  .map((chunks) => chunks.flat());

describe('wizard machine, any sequence of events', () => {
  it('shows every screen only when it should, holds exactly the answers given, and its result is recommend() of them', () => {
    const seen = new Set<string>();
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(events, (sequence) => {
        const actor = createActor(wizardMachine, { input: { content } });
        actor.start();
        let model: Model = { answers: {}, screen: 'other', waiting: null };
        for (const raw of sequence) {
          const before = screenOf(actor.getSnapshot());
          let e: WizardEvent;
          if (raw.type === 'ANSWER_CURRENT') {
            // A plausible answer to whatever is on screen, as a person would give.
            const q = content.questions.find((x) => x.id === actor.getSnapshot().context.current);
            const opts = q?.options.map((o) => o.id) ?? [];
            const chosen = [...new Set(raw.pick.map((i) => opts[i % Math.max(opts.length, 1)]!).filter(Boolean))];
            e = { type: 'ANSWER', value: q?.kind === 'single' ? chosen.slice(0, 1) : chosen };
          } else {
            e = raw;
          }
          model = next(model, e, before);
          actor.send(e);

          const s = actor.getSnapshot();
          const { answers, current } = s.context;
          const screen = screenOf(s);
          seen.add(screen.split(':')[0]!);
          expect(answers).toEqual(model.answers);
          if (model.screen === 'other') expect(['welcome', 'conflict']).not.toContain(screen);
          else expect(screen).toBe(model.screen);
          if (screen.startsWith('question:')) expect(canShowQuestion(content, answers, current!)).toBe(true);
          if (screen === 'check' || screen === 'result') expect(isComplete(content, answers)).toBe(true);
          if (screen === 'result') {
            const shownOnCheck = Object.fromEntries(visibleQuestions(content, answers).map((q) => [q.id, answers[q.id]!]));
            // The result is scored from the answers it holds: exactly those the check page shows.
            expect(answers).toEqual(shownOnCheck);
            // What the result page shows (Wizard.tsx scores the machine's answers) is the
            // recommendation for the answers the model says the person gave.
            const shown = recommend(content, answers);
            expect(shown).toEqual(recommend(content, model.answers));
            outcomes.add(shown.outcome);
          }
          for (const q of Object.keys(s.context.prefilled)) expect(answers[q]).toBeDefined();
        }
      }),
      { numRuns: Number(process.env.SOAK_RUNS ?? 1000) },
    );
    // The sequences must reach every screen, and more than one result, or the checks above prove little.
    expect([...seen].sort()).toEqual(['check', 'conflict', 'question', 'result', 'start', 'welcome']);
    expect(outcomes.size).toBeGreaterThan(1);
  });
});
