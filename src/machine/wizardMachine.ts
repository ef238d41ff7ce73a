// Routing only: which step comes next. Every rule about answers and outcomes is a domain call.
import { assign, setup } from 'xstate';
import type { Answers, Content } from '../content/types';
import {
  canShowQuestion,
  firstUnanswered,
  isAllowedAnswer,
  isComplete,
  pruneAnswers,
  questionAfter,
  questionBefore,
  recommend,
  visibleQuestions,
  type Recommendation,
} from '../domain';
import { questionOfStep, type StepId } from './steps';

export interface WizardInput {
  /** Null when the content could not be loaded; the machine then explains instead. */
  content: Content | null;
  contentProblem?: string | undefined;
  answers?: Answers | undefined;
  /** A step to resume at, e.g. after a reload; ignored when it cannot be shown. */
  step?: StepId | undefined;
}

export interface WizardContext {
  content: Content | null;
  contentProblem: string | null;
  answers: Record<string, string[]>;
  current: string | null;
  /** Set while changing one answer from the check page, to return there afterwards. */
  returnToCheck: boolean;
  error: 'required' | null;
  result: Recommendation | null;
  resumeStep: StepId | null;
}

export type WizardEvent =
  | { type: 'START' }
  | { type: 'ANSWER'; value: readonly string[] }
  | { type: 'BACK' }
  | { type: 'CHANGE'; question: string }
  | { type: 'CONFIRM' }
  | { type: 'RESTART' }
  | { type: 'VISIT'; step: StepId };

const content = (c: WizardContext) => c.content!;
const nextQuestion = (c: WizardContext) =>
  c.returnToCheck ? firstUnanswered(content(c), c.answers) : questionAfter(content(c), c.answers, c.current ?? '');
const visitTarget = (e: WizardEvent) => (e.type === 'VISIT' ? e.step : null);

export const wizardMachine = setup({
  types: {} as { context: WizardContext; events: WizardEvent; input: WizardInput },
  guards: {
    contentUnusable: ({ context }) => context.content === null || context.content.questions.length === 0,
    resumeAtQuestion: ({ context }) => {
      const q = context.resumeStep && questionOfStep(context.resumeStep);
      return !!q && canShowQuestion(content(context), context.answers, q);
    },
    resumeAtCheck: ({ context }) => context.resumeStep === 'check' && isComplete(content(context), context.answers),
    resumeAtResult: ({ context }) => context.resumeStep === 'result' && isComplete(content(context), context.answers),
    answerAllowed: ({ context, event }) =>
      event.type === 'ANSWER' && !!context.current && isAllowedAnswer(content(context), context.current, event.value),
    hasNextQuestion: ({ context }) => nextQuestion(context) !== undefined,
    complete: ({ context }) => isComplete(content(context), context.answers),
    returningToCheck: ({ context }) => context.returnToCheck && isComplete(content(context), context.answers),
    hasPreviousQuestion: ({ context }) => !!questionBefore(content(context), context.answers, context.current ?? ''),
    canChange: ({ context, event }) =>
      event.type === 'CHANGE' && visibleQuestions(content(context), context.answers).some((q) => q.id === event.question),
    canVisitQuestion: ({ context, event }) => {
      const q = questionOfStep(visitTarget(event) ?? '');
      return !!q && canShowQuestion(content(context), context.answers, q);
    },
    visitsStart: ({ event }) => visitTarget(event) === 'start',
    visitsCheck: ({ context, event }) => visitTarget(event) === 'check' && isComplete(content(context), context.answers),
    visitsResult: ({ context, event }) => visitTarget(event) === 'result' && isComplete(content(context), context.answers),
  },
  actions: {
    resumeQuestion: assign({ current: ({ context }) => questionOfStep(context.resumeStep ?? '') }),
    clearResume: assign({ resumeStep: null }),
    beginQuestions: assign({
      current: ({ context }) => visibleQuestions(content(context), context.answers)[0]?.id ?? null,
      returnToCheck: false,
      error: null,
    }),
    saveAnswer: assign({
      answers: ({ context, event }) =>
        event.type === 'ANSWER' && context.current
          ? pruneAnswers(content(context), { ...context.answers, [context.current]: [...event.value] })
          : context.answers,
      error: null,
    }),
    flagRequired: assign({ error: 'required' }),
    advance: assign({ current: ({ context }) => nextQuestion(context)?.id ?? null }),
    goToFirstUnanswered: assign({ current: ({ context }) => firstUnanswered(content(context), context.answers)?.id ?? null }),
    goToPrevious: assign({
      current: ({ context }) => questionBefore(content(context), context.answers, context.current ?? '')?.id ?? null,
      error: null,
    }),
    goToLastQuestion: assign({
      current: ({ context }) => visibleQuestions(content(context), context.answers).at(-1)?.id ?? null,
      returnToCheck: false,
      error: null,
    }),
    startChange: assign({
      current: ({ event }) => (event.type === 'CHANGE' ? event.question : null),
      returnToCheck: true,
      error: null,
    }),
    leaveQuestions: assign({ returnToCheck: false, error: null }),
    visitQuestion: assign({ current: ({ event }) => questionOfStep(visitTarget(event) ?? ''), error: null }),
    decide: assign({ result: ({ context }) => recommend(content(context), context.answers) }),
    clearAnswers: assign({ answers: {}, current: null, returnToCheck: false, error: null, result: null }),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    content: input.content,
    contentProblem: input.contentProblem ?? null,
    answers: input.content ? pruneAnswers(input.content, input.answers ?? {}) : {},
    current: null,
    returnToCheck: false,
    error: null,
    result: null,
    resumeStep: input.step ?? null,
  }),
  initial: 'boot',
  on: {
    RESTART: { target: '.start', actions: 'clearAnswers' },
    VISIT: [
      { guard: 'contentUnusable' },
      { guard: 'visitsStart', target: '.start', actions: 'leaveQuestions' },
      { guard: 'canVisitQuestion', target: '.question', actions: 'visitQuestion' },
      { guard: 'visitsCheck', target: '.check', actions: 'leaveQuestions' },
      { guard: 'visitsResult', target: '.result', actions: ['leaveQuestions', 'decide'] },
    ],
  },
  states: {
    boot: {
      always: [
        { guard: 'contentUnusable', target: 'unusable' },
        { guard: 'resumeAtQuestion', target: 'question', actions: ['resumeQuestion', 'clearResume'] },
        { guard: 'resumeAtCheck', target: 'check', actions: 'clearResume' },
        { guard: 'resumeAtResult', target: 'result', actions: ['decide', 'clearResume'] },
        { target: 'start', actions: 'clearResume' },
      ],
    },
    start: {
      on: { START: { target: 'question', actions: 'beginQuestions' } },
    },
    question: {
      on: {
        ANSWER: [{ guard: 'answerAllowed', target: 'routing', actions: 'saveAnswer' }, { actions: 'flagRequired' }],
        BACK: [
          { guard: 'returningToCheck', target: 'check', actions: 'leaveQuestions' },
          { guard: 'hasPreviousQuestion', target: 'question', actions: 'goToPrevious' },
          { target: 'start', actions: 'leaveQuestions' },
        ],
      },
    },
    routing: {
      always: [
        { guard: 'returningToCheck', target: 'check', actions: 'leaveQuestions' },
        { guard: 'hasNextQuestion', target: 'question', actions: 'advance' },
        { guard: 'complete', target: 'check', actions: 'leaveQuestions' },
        { target: 'question', actions: 'goToFirstUnanswered' },
      ],
    },
    check: {
      on: {
        CHANGE: { guard: 'canChange', target: 'question', actions: 'startChange' },
        BACK: { target: 'question', actions: 'goToLastQuestion' },
        CONFIRM: { guard: 'complete', target: 'result', actions: 'decide' },
      },
    },
    result: {
      on: { BACK: { target: 'check' } },
    },
    unusable: {},
  },
});
