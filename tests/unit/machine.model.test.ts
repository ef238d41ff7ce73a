// Model-based: random sequences of everything a person (or a link) can do, checking after
// each step that the machine is somewhere the UI can render, holding only allowed answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { canShowQuestion, isComplete, parseAnswerText, pruneAnswers, visibleQuestions } from '../../src/domain';
import { answerSets } from '../fixtures/arbitraries';
import { selectStep } from '../../src/machine/selectors';
import { wizardMachine, type WizardEvent } from '../../src/machine/wizardMachine';

const content = loadContent(latestVersion(), 'en');
const ids = content.questions.map((q) => q.id);
const values = [...new Set(content.questions.flatMap((q) => q.options.map((o) => o.id))), 'moon', ''];
const linkParts = [...ids.map((k) => `${k}=`), ...values, '&', ',', 'v=1&', 'v=7&', '%zz', 'NOW=Home&'];

/** A whole answer set, as a complete link from a planner would carry. */
const fullAnswers = answerSets(content);

const event: fc.Arbitrary<WizardEvent | { type: 'ANSWER_CURRENT'; pick: number[] }> = fc.oneof(
  fc.constant({ type: 'START' as const }),
  {
    weight: 8,
    arbitrary: fc.array(fc.nat(9), { minLength: 1, maxLength: 3 }).map((pick) => ({ type: 'ANSWER_CURRENT' as const, pick })),
  },
  fullAnswers.map((answers) => ({
    type: 'PREFILL' as const,
    prefill: {
      answers: pruneAnswers(content, answers),
      source: 'care-team' as const,
      problems: [],
      versionStatus: 'current' as const,
      fromVersion: 1,
    },
  })),
  { weight: 2, arbitrary: fc.constant({ type: 'CONFIRM' as const }) },
  fc.array(fc.constantFrom(...values), { maxLength: 3 }).map((value) => ({ type: 'ANSWER' as const, value })),
  fc.constant({ type: 'BACK' as const }),
  fc.constantFrom(...ids, 'moon').map((question) => ({ type: 'CHANGE' as const, question })),
  fc.constant({ type: 'CONFIRM' as const }),
  fc.constant({ type: 'RESTART' as const }),
  fc
    .constantFrom('start', 'check', 'result', ...ids.map((q) => `question:${q}`))
    .map((step) => ({ type: 'VISIT' as const, step: step as never })),
  fc.array(fc.constantFrom(...linkParts), { maxLength: 12 }).map((parts) => {
    const parsed = parseAnswerText(content, parts.join(''));
    return {
      type: 'PREFILL' as const,
      prefill: {
        answers: parsed.answers,
        source: 'care-team' as const,
        problems: parsed.problems,
        versionStatus: parsed.versionStatus,
        fromVersion: parsed.version,
      },
    };
  }),
);

describe('wizard machine, any sequence of events', () => {
  it('stays renderable, keeps only allowed answers, and its result is recommend() of the answers', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const actor = createActor(wizardMachine, { input: { content } });
        actor.start();
        for (const e of events) {
          if (e.type === 'ANSWER_CURRENT') {
            // A plausible answer to whatever is on screen, as a person would give.
            const q = content.questions.find((x) => x.id === actor.getSnapshot().context.current);
            const opts = q?.options.map((o) => o.id) ?? [];
            const chosen = [...new Set(e.pick.map((i) => opts[i % Math.max(opts.length, 1)]!).filter(Boolean))];
            actor.send({ type: 'ANSWER', value: q?.kind === 'single' ? chosen.slice(0, 1) : chosen });
          } else {
            actor.send(e);
          }
          const s = actor.getSnapshot();
          const { answers, current } = s.context;
          const step = selectStep(s);
          expect(['start', 'check', 'result'].includes(step) || step.startsWith('question:')).toBe(true);
          expect(pruneAnswers(content, answers)).toEqual(answers);
          if (step.startsWith('question:')) expect(canShowQuestion(content, answers, current!)).toBe(true);
          if (step === 'check' || step === 'result') expect(isComplete(content, answers)).toBe(true);
          if (step === 'result') {
            const shownOnCheck = Object.fromEntries(visibleQuestions(content, answers).map((q) => [q.id, answers[q.id]!]));
            // The result is scored from the answers it holds: exactly those the check page shows.
            expect(answers).toEqual(shownOnCheck);
          }
          for (const q of Object.keys(s.context.prefilled)) expect(answers[q]).toBeDefined();
          seen.add(step.split(':')[0]!);
        }
      }),
      { numRuns: Number(process.env.SOAK_RUNS ?? 1000) },
    );
    // The sequences must reach every kind of step, or the checks above prove little.
    expect([...seen].sort()).toEqual(['check', 'question', 'result', 'start']);
  });
});
