// What the wizard holds between steps, what it starts from, and the events it takes.
import type { Answers, Content, Questionnaire } from '../content/types';
import type { Prefill, PrefillNotice, PrefillSource, Recommendation } from '../domain';
import type { StepId } from './steps';

export type { Prefill, PrefillNotice, PrefillSource };

/**
 * What the check page and result need beyond the questions, fetched once the person leaves the
 * start page (ADR 0006) by the loader the app gives the machine (`machine.provide`).
 */
export interface LoadedGuidance {
  locale: string;
  /** The questions joined with the check page's and result's words and scoring. */
  content: Content;
  /** The domain's recommend(), which arrives with the guidance so a first visit carries none of it. */
  score: (content: Content, answers: Answers) => Recommendation;
  /** The screens' own code, as the app loaded it for its views: the machine never looks inside. */
  screens: unknown;
}

/** The guidance for the language shown: not asked for yet, on its way, here, or failed. */
export type GuidanceStatus = 'idle' | 'loading' | 'ready' | 'failed';

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
  /** That link's hospital or unit, named in the welcome. */
  careTeam: string | null;
  /** The guidance for `content`'s language, and whether it is here. */
  guidance: { status: GuidanceStatus; loaded: LoadedGuidance | null };
  /** The result shown, scored on entering the result (or when the guidance arrives there). */
  result: Recommendation | null;
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
  | { type: 'SET_CONTENT'; content: Questionnaire }
  /** The start page's code field was opened: its code comes with the guidance. */
  | { type: 'WANT_GUIDANCE' }
  /** Fetch the guidance again after it failed. */
  | { type: 'RETRY' };
