// Routing only: which step comes next. Every rule about answers and outcomes is a domain call.
import { assign, setup } from 'xstate';
import {
  canShowQuestion,
  firstUnanswered,
  isAllowedAnswer,
  isComplete,
  pruneAnswers,
  questionAfter,
  questionBefore,
  sameVocabulary,
  visibleQuestions,
} from '../domain';
import { arrive, noticeOf, overwrites, withPrefill } from './prefill';
import { questionOfStep, stepOf } from './steps';
import type { WizardContext, WizardEvent, WizardInput } from './types';

export type { Prefill, PrefillNotice, PrefillSource, WizardContext, WizardEvent, WizardInput } from './types';

const content = (c: WizardContext) => c.content!;
const complete = (c: WizardContext) => isComplete(content(c), c.answers);
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
    resumeAtCheck: ({ context }) => context.resumeStep === 'check' && complete(context),
    resumeAtResult: ({ context }) => context.resumeStep === 'result' && complete(context),
    answerAllowed: ({ context, event }) =>
      event.type === 'ANSWER' && !!context.current && isAllowedAnswer(content(context), context.current, event.value),
    hasNextQuestion: ({ context }) => nextQuestion(context) !== undefined,
    complete: ({ context }) => complete(context),
    returningToCheck: ({ context }) => context.returnToCheck && complete(context),
    hasPreviousQuestion: ({ context }) => !!questionBefore(content(context), context.answers, context.current ?? ''),
    canChange: ({ context, event }) =>
      event.type === 'CHANGE' && visibleQuestions(content(context), context.answers).some((q) => q.id === event.question),
    canVisitQuestion: ({ context, event }) => {
      const q = questionOfStep(visitTarget(event) ?? '');
      return !!q && canShowQuestion(content(context), context.answers, q);
    },
    sameQuestions: ({ context, event }) =>
      event.type === 'SET_CONTENT' && !!context.content && sameVocabulary(context.content, event.content),
    hasPrefill: ({ context }) => context.resumeStep === null && (context.notice !== null || Object.keys(context.prefilled).length > 0),
    visitsStart: ({ event }) => visitTarget(event) === 'start',
    hasPendingLink: ({ context }) => context.pendingLink !== null,
    welcomes: ({ context }) => context.welcome,
    linkOverwrites: ({ context, event }) => event.type === 'PREFILL' && overwrites(context, event.prefill),
    // A complete set a family shared opens on the result it gave them.
    sharedComplete: ({ context }) =>
      complete(context) && Object.keys(context.prefilled).length > 0 && Object.values(context.prefilled).every((s) => s === 'shared'),
    visitsCheck: ({ context, event }) => visitTarget(event) === 'check' && complete(context),
    visitsResult: ({ context, event }) => visitTarget(event) === 'result' && complete(context),
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
    clearAnswers: assign({
      answers: {},
      current: null,
      returnToCheck: false,
      error: null,
      prefilled: {},
      notice: null,
    }),
    applyPrefill: assign(({ context, event }) => (event.type === 'PREFILL' ? arrive(context, event.prefill) : {})),
    // "Keep my answers" goes back to the step the person was on when the link came.
    holdLink: assign(({ context, event, self }) => {
      const at = stepOf((self.getSnapshot() as { value: unknown }).value, context.current);
      return { pendingLink: event.type === 'PREFILL' ? event.prefill : null, resumeStep: at === 'unusable' ? 'start' : at };
    }),
    useLink: assign(({ context }) => (context.pendingLink ? { ...arrive(context, context.pendingLink), resumeStep: null } : {})),
    dropLink: assign({ pendingLink: null }),
    clearWelcome: assign({ welcome: false }),
    // Answering confirms that question; a follow-up the change made moot loses its mark too.
    confirmCurrent: assign({
      prefilled: ({ context }) =>
        Object.fromEntries(Object.entries(context.prefilled).filter(([q]) => q !== context.current && context.answers[q])),
    }),
    clearNotice: assign({ notice: null }),
    setContent: assign({
      content: ({ context, event }) => (event.type === 'SET_CONTENT' ? event.content : context.content),
    }),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => {
    const base: WizardContext = {
      content: input.content,
      contentProblem: input.contentProblem ?? null,
      answers: input.content ? pruneAnswers(input.content, input.answers ?? {}) : {},
      current: null,
      returnToCheck: false,
      error: null,
      resumeStep: input.step ?? null,
      prefilled: { ...input.prefilled },
      notice: null,
      pendingLink: null,
      welcome: false,
      careTeam: null,
    };
    if (!input.content) return base;
    const prefills = input.prefills ?? [];
    // biome-ignore lint/performance/noAccumulatingSpread: at most two prefills (website, link)
    const merged = prefills.reduce<WizardContext>((c, p) => ({ ...c, ...withPrefill(c, p) }), base);
    // Saved answers the link would change stay until the person chooses (state `conflict`).
    const held = input.link && overwrites(merged, input.link) ? input.link : null;
    const link = held ? null : input.link;
    const applied = link ? [...prefills, link] : prefills;
    const arrived = link ? { ...merged, ...arrive(merged, link) } : merged;
    // Every source's problems, in one notice; whatever arrived replaces the step to resume.
    return { ...arrived, pendingLink: held, notice: noticeOf(applied), resumeStep: applied.length ? null : base.resumeStep };
  },
  initial: 'boot',
  on: {
    RESTART: { target: '.start', actions: 'clearAnswers' },
    VISIT: [
      { guard: 'contentUnusable' },
      { guard: 'visitsStart', target: '.start', actions: ['leaveQuestions', 'clearNotice'] },
      { guard: 'canVisitQuestion', target: '.question', actions: ['visitQuestion', 'clearNotice'] },
      { guard: 'visitsCheck', target: '.check', actions: ['leaveQuestions', 'clearNotice'] },
      { guard: 'visitsResult', target: '.result', actions: ['leaveQuestions', 'clearNotice'] },
    ],
    PREFILL: [
      { guard: 'contentUnusable' },
      { guard: 'linkOverwrites', target: '.conflict', actions: 'holdLink' },
      { target: '.arrived', actions: 'applyPrefill' },
    ],
    SET_CONTENT: { guard: 'sameQuestions', actions: 'setContent' },
  },
  states: {
    boot: {
      always: [
        { guard: 'contentUnusable', target: 'unusable' },
        { guard: 'hasPendingLink', target: 'conflict' },
        { guard: 'hasPrefill', target: 'arrived' },
        { guard: 'resumeAtQuestion', target: 'question', actions: ['resumeQuestion', 'clearResume'] },
        { guard: 'resumeAtCheck', target: 'check', actions: 'clearResume' },
        { guard: 'resumeAtResult', target: 'result', actions: 'clearResume' },
        { target: 'start', actions: 'clearResume' },
      ],
    },
    // A care team's link first says who started this; any link then lands.
    arrived: {
      always: [{ guard: 'welcomes', target: 'welcome' }, { target: 'landing' }],
    },
    welcome: {
      on: { CONTINUE: { target: 'landing', actions: 'clearWelcome' } },
    },
    // Saved answers and a link that disagrees: nothing changes until the person chooses.
    conflict: {
      on: {
        USE_LINK: { target: 'arrived', actions: 'useLink' },
        KEEP_MINE: { target: 'boot', actions: ['dropLink', 'clearNotice'] },
      },
    },
    // A shared complete set opens on its result; a link on check answers when complete, else
    // on the first unanswered question.
    landing: {
      always: [
        { guard: 'sharedComplete', target: 'result' },
        { guard: 'complete', target: 'check' },
        { target: 'question', actions: 'goToFirstUnanswered' },
      ],
    },
    start: {
      on: { START: { target: 'question', actions: ['beginQuestions', 'clearNotice'] } },
    },
    question: {
      on: {
        ANSWER: [
          { guard: 'answerAllowed', target: 'routing', actions: ['saveAnswer', 'confirmCurrent', 'clearNotice'] },
          { actions: 'flagRequired' },
        ],
        BACK: [
          { guard: 'returningToCheck', target: 'check', actions: ['leaveQuestions', 'clearNotice'] },
          { guard: 'hasPreviousQuestion', target: 'question', actions: ['goToPrevious', 'clearNotice'] },
          { target: 'start', actions: ['leaveQuestions', 'clearNotice'] },
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
        CHANGE: { guard: 'canChange', target: 'question', actions: ['startChange', 'clearNotice'] },
        BACK: { target: 'question', actions: ['goToLastQuestion', 'clearNotice'] },
        CONFIRM: { guard: 'complete', target: 'result', actions: 'clearNotice' },
      },
    },
    result: {
      on: { BACK: { target: 'check' } },
    },
    unusable: {},
  },
});
