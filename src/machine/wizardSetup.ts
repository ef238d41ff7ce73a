// The machine's named parts, as xstate's `setup` types them: the guidance loader the app
// replaces, the guards and the actions. The chart that uses them by name is wizardMachine.ts.
// Every rule about answers and outcomes is a domain call.
import { assertEvent, assign, enqueueActions, fromPromise, setup } from 'xstate';
import type { Questionnaire } from '../content/types';
import {
  applyLink,
  canShowQuestion,
  firstUnanswered,
  isAllowedAnswer,
  isComplete,
  overwrites,
  type Prefill,
  pruneAnswers,
  questionAfter,
  questionBefore,
  sameVocabulary,
  visibleQuestions,
} from '../domain';
import { questionOfStep, questionStep, type StepId } from './steps';
import type { LoadedGuidance, WizardContext, WizardEvent, WizardInput } from './types';

/** The child that fetches a language's guidance is named for it: a late answer for another language is ignored. */
const GUIDANCE_ID = 'guidance:';
const loaderId = (locale: string) => `${GUIDANCE_ID}${locale}`;
/** The language a loader's done or error event is about. */
const loaderLocale = (type: string) => {
  const id = type.replace(/^xstate\.(done|error)\.actor\./, '');
  return id.startsWith(GUIDANCE_ID) ? id.slice(GUIDANCE_ID.length) : null;
};

const content = (c: WizardContext) => c.content!;
const complete = (c: WizardContext) => isComplete(content(c), c.answers);
const nextQuestion = (c: WizardContext) =>
  c.returnToCheck ? firstUnanswered(content(c), c.answers) : questionAfter(content(c), c.answers, c.current ?? '');
/** Another language of the same questions: answers and step stay as they are. */
const sameQuestions = (c: WizardContext, e: WizardEvent) => e.type === 'SET_CONTENT' && !!c.content && sameVocabulary(c.content, e.content);
const visitTarget = (e: WizardEvent) => (e.type === 'VISIT' ? e.step : null);
/** Where "Keep my answers" returns to when a link waits for the family to choose. */
export type HeldAt = 'start' | 'question' | 'check' | 'result';
/** A link's answers arriving: the machine's own fields reset with them. */
const arriving = (c: WizardContext, prefill: Prefill) => ({
  ...applyLink(content(c), c, prefill),
  pendingLink: null,
  returnToCheck: false,
  error: null,
});

export const wizardSetup = setup({
  types: {} as { context: WizardContext; events: WizardEvent; input: WizardInput },
  actors: {
    // The app supplies the real one (src/app/journey/startWizard.ts); a page that never leaves the start
    // page (the prerender) needs none.
    loadGuidance: fromPromise<LoadedGuidance, { content: Questionnaire }>(() =>
      Promise.reject(new Error('No guidance loader: the app provides one with wizardMachine.provide')),
    ),
  },
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
    sameQuestions: ({ context, event }) => sameQuestions(context, event),
    hasPrefill: ({ context }) => context.resumeStep === null && (context.notice !== null || Object.keys(context.prefilled).length > 0),
    visitsStart: ({ event }) => visitTarget(event) === 'start',
    // At the start page, another language's guidance is fetched only if this one's was asked for.
    sameQuestionsGuidanceWanted: ({ context, event }) => sameQuestions(context, event) && context.guidance.status !== 'idle',
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
    saveAnswer: assign(({ context, event }) => {
      assertEvent(event, 'ANSWER');
      const answers = context.current ? { ...context.answers, [context.current]: [...event.value] } : context.answers;
      return { answers: pruneAnswers(content(context), answers), error: null };
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
    startChange: assign(({ event }) => {
      assertEvent(event, 'CHANGE');
      return { current: event.question, returnToCheck: true, error: null };
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
    applyPrefill: assign(({ context, event }) => {
      assertEvent(event, 'PREFILL');
      return arriving(context, event.prefill);
    }),
    // "Keep my answers" goes back to the step the person was on when the link came: each state
    // names its own (see `prefillFrom` in wizardMachine.ts).
    holdLink: assign(({ context, event }, at: { step: HeldAt }) => {
      assertEvent(event, 'PREFILL');
      const resumeStep: StepId = at.step !== 'question' ? at.step : context.current ? questionStep(context.current) : 'start';
      return { pendingLink: event.prefill, resumeStep };
    }),
    useLink: assign(({ context }) => (context.pendingLink ? { ...arriving(context, context.pendingLink), resumeStep: null } : {})),
    dropLink: assign({ pendingLink: null }),
    clearWelcome: assign({ welcome: false }),
    // Answering confirms that question; a follow-up the change made moot loses its mark too.
    confirmCurrent: assign({
      prefilled: ({ context }) =>
        Object.fromEntries(Object.entries(context.prefilled).filter(([q]) => q !== context.current && context.answers[q])),
    }),
    clearNotice: assign({ notice: null }),
    // Another language: its guidance is fetched anew (the browser keeps the code it fetched).
    setContent: assign(({ context, event }) => {
      assertEvent(event, 'SET_CONTENT');
      const same = context.guidance.loaded?.locale === event.content.locale;
      return { content: event.content, guidance: same ? context.guidance : { status: 'idle', loaded: null } };
    }),
    // Once per language, never twice at once. When the questions begin it is asked for once; a
    // screen that cannot show without it, or "Try again", asks again after a failure (a failure
    // while the person answers is not retried at every question).
    fetchGuidance: enqueueActions(({ context, enqueue }, { again }: { again: boolean }) => {
      const { status } = context.guidance;
      if (!context.content || !(status === 'idle' || (again && status === 'failed'))) return;
      enqueue.assign({ guidance: { status: 'loading', loaded: null } });
      enqueue.spawnChild('loadGuidance', { id: loaderId(context.content.locale), input: { content: context.content } });
    }),
    keepGuidance: assign(({ context, event }) => {
      const output = (event as unknown as { output: LoadedGuidance }).output;
      if (loaderLocale(event.type) !== context.content?.locale || output.locale !== context.content.locale) return {};
      return { guidance: { status: 'ready', loaded: output } };
    }),
    guidanceFailed: assign(({ context, event }) =>
      loaderLocale(event.type) === context.content?.locale ? { guidance: { status: 'failed', loaded: null } } : {},
    ),
    clearResult: assign({ result: null }),
    score: assign(({ context }) => {
      const loaded = context.guidance.loaded;
      return { result: loaded && complete(context) ? loaded.score(loaded.content, context.answers) : null };
    }),
  },
});
