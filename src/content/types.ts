// The assembled content the rest of the app sees: one version, one locale, structure and
// words merged. Type-only, so layers below can use it without shipping zod.
import type { OutcomesFile, Profile, SourcesFile, UiStrings } from './schema';

export type RoleId = string;
export type OutcomeId = string;
/** Every answer is a list of option ids; a single-choice question holds one. */
export type Answers = Readonly<Partial<Record<string, readonly string[]>>>;
/** Holds when every listed question has one of the listed answers. */
export type Condition = Readonly<Record<string, readonly string[]>>;

export interface Support {
  role: RoleId;
  points: number;
  duty: string;
}

export interface Option {
  id: string;
  label: string;
  hint?: string | undefined;
  said: string;
  supports: readonly Support[];
}

export interface Question {
  id: string;
  kind: 'single' | 'multiple';
  showIf?: Condition | undefined;
  title: string;
  hint?: string | undefined;
  options: readonly Option[];
}

export interface Decision {
  supportedAt: number;
  mixedAt: number;
  firstRole: { question: string; byAnswer: Readonly<Record<string, RoleId>> };
}

export interface Extra {
  id: string;
  when: Condition;
  title: string;
  text: string;
}

export interface NextStep {
  id: string;
  roles: readonly RoleId[];
  when?: Condition | undefined;
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
  profiles: Readonly<Record<RoleId, Profile>>;
  outcomes: OutcomesFile['outcomes'];
  mixedNote: string;
  order: OutcomesFile['order'];
  sources: SourcesFile;
  ui: UiStrings;
}

export type { Profile, UiStrings };
