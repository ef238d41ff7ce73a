// The assembled content the rest of the app sees: one version, one locale, structure and
// words merged. Type-only, so layers below can use it without shipping zod.
import type { Profile, SourcesFile, UiStrings } from './schema';
import type { ResultCondition } from './schema/resultCondition';

export type RoleId = string;
export type OutcomeId = string;
/** Every answer is a list of option ids; a single-choice question holds one. */
export type Answers = Readonly<Partial<Record<string, readonly string[]>>>;
/** Holds when every listed question has one of the listed answers. */
export type Condition = Readonly<Record<string, readonly string[]>>;

export type { ResultCondition };

export interface Support {
  role: RoleId;
  points: number;
  duty: string;
  /** Counts only when these answers hold too. */
  when?: Condition | undefined;
  /** A key of `Content.reasons`, shown instead of the duty's `because`. */
  reason?: string | undefined;
}

/** An option as the questions show it: enough to ask, not to score. */
export interface AskedOption {
  id: string;
  label: string;
  hint?: string | undefined;
}

export interface Option extends AskedOption {
  restated: string;
  supports: readonly Support[];
}

/** A question as it is asked, without what its answers mean for the result. */
export interface AskedQuestion {
  id: string;
  kind: 'single' | 'multiple';
  showIf?: Condition | undefined;
  title: string;
  hint?: string | undefined;
  options: readonly AskedOption[];
}

export interface Question extends AskedQuestion {
  options: readonly Option[];
}

/**
 * The decision rule, in one shape for every version (version 1's rule is written in it when
 * loaded: see `upgradeDecision`).
 */
/** A second role earned by a need of its own (content version 3 on). */
export interface SecondRule {
  role: RoleId;
  when: Condition;
  unless?: readonly Condition[] | undefined;
  why: string;
}

export interface Decision {
  /** Both by scores (versions 1 and 2); null when `second` decides. */
  both: {
    atLeast: number;
    /** The stronger role at most this many times the weaker; null: no limit (version 1). */
    ratio: number | null;
    ownAtLeast: number;
    setting: readonly string[];
  } | null;
  /** Both when the weaker role is earned by a need of its own (version 3 on); null when `both` decides. */
  second: { atLeast: number; rules: readonly SecondRule[] } | null;
  /** null: every single-role result is worded as clear (version 1). */
  lean: { fewerAnswersThan: number; marginAtMost: number; tie?: boolean | undefined; ownNeeds?: string | undefined } | null;
  first: readonly { when?: Condition | undefined; role: RoleId }[];
  mixedAt: number;
}

export type Evidence = 'clear' | 'few' | 'close' | 'tie' | 'setting';

/** Answers and result conditions a shown text carries: it is shown only when both hold. */
export interface Shown {
  when?: Condition | undefined;
  /** …and at least one of these holds. */
  whenAny?: readonly Condition[] | undefined;
  result?: ResultCondition | undefined;
}

export interface Headline extends Shown {
  id: string;
  heading: string;
  why: string;
}

export interface OrderText extends Shown {
  id: string;
  text: string;
}

export interface Extra extends Shown {
  id: string;
  when: Condition;
  title: string;
  text: string;
}

export interface NextStep extends Shown {
  id: string;
  roles: readonly RoleId[];
  /** Lower comes first; the three most urgent shown are "What to do now". */
  urgency: number;
  /** Free or public help: shown whatever the outcome, where its answers hold. */
  free: boolean;
  text: string;
  /** The step in one line, for "Other free help". */
  line: string;
}

export interface QuestionToAsk extends Shown {
  id: string;
  roles: readonly RoleId[];
  text: string;
}

export interface Content {
  version: number;
  reviewed: string;
  locale: string;
  roles: readonly [RoleId, RoleId];
  questions: readonly Question[];
  decision: Decision;
  extras: readonly Extra[];
  nextSteps: readonly NextStep[];
  /** An agency's own contact sorts with the steps at this urgency (null: after them all). */
  agencyContactUrgency: number | null;
  questionsToAsk: readonly QuestionToAsk[];
  profiles: Readonly<Record<RoleId, Profile>>;
  headlines: readonly Headline[];
  orderTexts: readonly OrderText[];
  /** Sentences named by a support's `reason`. */
  reasons: Readonly<Record<string, string>>;
  mixedNote: string;
  sources: SourcesFile;
  ui: UiStrings;
}

/**
 * Strings no screen before the check page uses. They arrive with the guidance (the planner's
 * too: it keeps the full content one type, for the cost of 0.4 kB after a family starts).
 */
export type GuidanceUiKey = 'check' | 'result' | 'share' | 'code' | 'planner' | 'arrival' | 'prefill' | 'update' | 'pending';
export type QuestionnaireUi = Omit<UiStrings, GuidanceUiKey>;

/**
 * What asking the questions needs, and all a first visit loads: the questions, their
 * routing and the words of every screen up to the last question. The full `Content` is
 * one of these too, so anything typed on a questionnaire also takes the full content.
 */
export interface Questionnaire extends Pick<Content, 'version' | 'reviewed' | 'locale' | 'roles'> {
  questions: readonly AskedQuestion[];
  ui: QuestionnaireUi;
}

/**
 * The rest of one version and locale: what each answer means, the decision rule and the
 * words of the check page and result. Loaded once the person starts (see ADR 0006).
 */
export interface Guidance
  extends Pick<
    Content,
    | 'decision'
    | 'extras'
    | 'nextSteps'
    | 'agencyContactUrgency'
    | 'questionsToAsk'
    | 'profiles'
    | 'headlines'
    | 'orderTexts'
    | 'reasons'
    | 'mixedNote'
    | 'sources'
  > {
  /** Per question id, per option id. */
  meanings: Readonly<Record<string, Readonly<Record<string, Pick<Option, 'restated' | 'supports'>>>>>;
  ui: Pick<UiStrings, GuidanceUiKey>;
}

export type { Profile, UiStrings };
