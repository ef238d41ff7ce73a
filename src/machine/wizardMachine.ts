// Routing only: which step comes next. Every rule about answers and outcomes is a domain call.
// The guards and actions it names are in wizardSetup.ts.
import { openWith, pruneAnswers } from '../domain';
import type { WizardContext } from './types';
import { type HeldAt, wizardSetup } from './wizardSetup';

export type {
  GuidanceStatus,
  LoadedGuidance,
  Prefill,
  PrefillNotice,
  PrefillSource,
  WizardContext,
  WizardEvent,
  WizardInput,
} from './types';

/** Ask for the guidance if it was never asked for; or, where it is needed, after a failure too. */
const fetchOnce = { type: 'fetchGuidance', params: { again: false } } as const;
const fetchAgain = { type: 'fetchGuidance', params: { again: true } } as const;
/**
 * A link arriving: it waits when it would change a saved answer, else lands. The question,
 * check and result states take it with their own name, so "Keep my answers" returns there;
 * anywhere else it returns to the start.
 */
const prefillFrom = (step: HeldAt) =>
  [
    { guard: 'contentUnusable' },
    { guard: 'linkOverwrites', target: '#wizard.conflict', actions: { type: 'holdLink', params: { step } } },
    { target: '#wizard.arrived', actions: 'applyPrefill' },
  ] as const;

export const wizardMachine = wizardSetup.createMachine({
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
      guidance: { status: 'idle', loaded: null },
      result: null,
    };
    if (!input.content) return base;
    const opened = openWith(input.content, base, input.prefills ?? [], input.link ?? null);
    const { arrived, ...held } = opened;
    // Whatever arrived replaces the step to resume.
    return { ...base, ...held, resumeStep: arrived ? null : base.resumeStep };
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
    PREFILL: prefillFrom('start'),
    SET_CONTENT: { guard: 'sameQuestions', actions: ['setContent', fetchOnce] },
    WANT_GUIDANCE: { actions: fetchAgain },
    RETRY: { actions: fetchAgain },
    'xstate.done.actor.*': { actions: 'keepGuidance' },
    'xstate.error.actor.*': { actions: 'guidanceFailed' },
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
    // Every state after the start page asks for the guidance (once per language); those that
    // show its words ask again after a failure.
    welcome: {
      entry: fetchAgain,
      on: { CONTINUE: { target: 'landing', actions: 'clearWelcome' } },
    },
    // Saved answers and a link that disagrees: nothing changes until the person chooses.
    conflict: {
      entry: fetchAgain,
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
    // The start page fetches nothing more, unless the code field asked for the guidance.
    start: {
      on: {
        START: { target: 'question', actions: ['beginQuestions', 'clearNotice'] },
        SET_CONTENT: [
          { guard: 'sameQuestionsGuidanceWanted', actions: ['setContent', fetchOnce] },
          { guard: 'sameQuestions', actions: 'setContent' },
        ],
      },
    },
    question: {
      entry: fetchOnce,
      on: {
        PREFILL: prefillFrom('question'),
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
      entry: fetchAgain,
      on: {
        PREFILL: prefillFrom('check'),
        CHANGE: { guard: 'canChange', target: 'question', actions: ['startChange', 'clearNotice'] },
        BACK: { target: 'question', actions: ['goToLastQuestion', 'clearNotice'] },
        CONFIRM: { guard: 'complete', target: 'result', actions: 'clearNotice' },
      },
    },
    // The result is scored here: on arrival, when the guidance arrives, in another language.
    result: {
      entry: [fetchAgain, 'score'],
      exit: 'clearResult',
      on: {
        PREFILL: prefillFrom('result'),
        BACK: { target: 'check' },
        SET_CONTENT: { guard: 'sameQuestions', actions: ['setContent', fetchOnce, 'score'] },
        'xstate.done.actor.*': { actions: ['keepGuidance', 'score'] },
      },
    },
    unusable: {},
  },
});
