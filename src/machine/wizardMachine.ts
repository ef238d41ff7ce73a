// Routing only: which step comes next. Every rule about answers and outcomes is a domain call.
import { assign, setup } from 'xstate';
import type { Answers, Questionnaire } from '../content/types';
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
  type AnswerProblem,
  type VersionStatus,
} from '../domain';
import { questionOfStep, stepOf, type StepId } from './steps';

/** Who filled in answers before the person opened the wizard. */
export type PrefillSource = 'care-team' | 'website' | 'shared';

/** What a link or embedding page brought: valid answers, and what could not be used. */
export interface Prefill {
  answers: Answers;
  source: PrefillSource;
  problems: readonly AnswerProblem[];
  versionStatus: VersionStatus;
  /** The version the link was made for, when it named one. */
  fromVersion: number | null;
}

export interface PrefillNotice {
  problems: readonly AnswerProblem[];
  versionStatus: VersionStatus;
  fromVersion: number | null;
}

export interface WizardInput {
  /** Null when the content could not be loaded; the machine then explains instead. */
  content: Questionnaire | null;
  contentProblem?: string | undefined;
  answers?: Answers | undefined;
  /** A step to resume at, e.g. after a reload; ignored when it cannot be shown. */
  step?: StepId | undefined;
  /** Answers from the website, then from a link, applied in order over saved progress. */
  prefills?: readonly Prefill[] | undefined;
  /**
   * A link opened over saved progress. Applied like the prefills when it agrees with the saved
   * answers; when it would change one, the person is asked first.
   */
  link?: Prefill | null | undefined;
  /** Saved marks of answers still to be confirmed, restored after a reload. */
  prefilled?: Readonly<Record<string, PrefillSource>> | undefined;
}

export interface WizardContext {
  /** The questions and their words: routing needs no more. The result is the domain's. */
  content: Questionnaire | null;
  contentProblem: string | null;
  answers: Record<string, string[]>;
  current: string | null;
  /** Set while changing one answer from the check page, to return there afterwards. */
  returnToCheck: boolean;
  error: 'required' | null;
  resumeStep: StepId | null;
  /** Questions answered by a link or website and not yet confirmed by the person. */
  prefilled: Record<string, PrefillSource>;
  /** Shown on the screen a link lands on; gone once the person moves on. */
  notice: PrefillNotice | null;
  /** A link whose answers differ from those saved, waiting for the person to choose. */
  pendingLink: Prefill | null;
  /** A care team's link just arrived: say who started this before the first step. */
  welcome: boolean;
}

export type WizardEvent =
  | { type: 'START' }
  | { type: 'ANSWER'; value: readonly string[] }
  | { type: 'BACK' }
  | { type: 'CHANGE'; question: string }
  | { type: 'CONFIRM' }
  | { type: 'RESTART' }
  | { type: 'VISIT'; step: StepId }
  | { type: 'PREFILL'; prefill: Prefill }
  | { type: 'CONTINUE' }
  | { type: 'USE_LINK' }
  | { type: 'KEEP_MINE' }
  /** The same content in another language: answers and step stay as they are. */
  | { type: 'SET_CONTENT'; content: Questionnaire };

const content = (c: WizardContext) => c.content!;
const complete = (c: WizardContext) => isComplete(content(c), c.answers);
const nextQuestion = (c: WizardContext) =>
  c.returnToCheck ? firstUnanswered(content(c), c.answers) : questionAfter(content(c), c.answers, c.current ?? '');
/** What the family must be told about some prefills, or null when they arrived whole. */
function noticeOf(prefills: readonly Prefill[]): PrefillNotice | null {
  const told = prefills.filter((p) => p.problems.length > 0 || p.versionStatus !== 'current');
  if (!told.length) return null;
  return {
    problems: told.flatMap((p) => p.problems),
    versionStatus: told.find((p) => p.versionStatus !== 'current')?.versionStatus ?? 'current',
    fromVersion: told.find((p) => p.fromVersion !== null)?.fromVersion ?? null,
  };
}

function withPrefill(c: WizardContext, prefill: Prefill): Partial<WizardContext> {
  const answers = pruneAnswers(content(c), { ...c.answers, ...prefill.answers });
  const given = Object.keys(prefill.answers).filter((q) => answers[q]);
  return {
    answers,
    prefilled: {
      ...Object.fromEntries(Object.entries(c.prefilled).filter(([q]) => answers[q])),
      ...Object.fromEntries(given.map((q) => [q, prefill.source])),
    },
    notice: noticeOf([prefill]),
    returnToCheck: false,
    error: null,
  };
}

const visitTarget = (e: WizardEvent) => (e.type === 'VISIT' ? e.step : null);

/** A link would change an answer the person already gave (found by a security review). */
function overwrites(c: Pick<WizardContext, 'answers'>, prefill: Prefill): boolean {
  return Object.entries(prefill.answers).some(([q, values]) => {
    const saved = c.answers[q];
    return !!saved && (saved.length !== values!.length || saved.some((v) => !values!.includes(v)));
  });
}

/** A link's answers and what follows from them: marks, notice, and who started this. */
function arrive(c: WizardContext, prefill: Prefill): Partial<WizardContext> {
  const brought = Object.keys(prefill.answers).length > 0;
  return { ...withPrefill(c, prefill), pendingLink: null, welcome: prefill.source === 'care-team' && brought };
}

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
