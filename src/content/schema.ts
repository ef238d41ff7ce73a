// The single definition of the content file format. Node-side only (build, tests, CLI):
// the browser receives content already validated at build time.
import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9_-]*$/, 'must be lower-case letters, digits, "-" or "_"');
const text = z.string().trim().min(1, 'must not be empty');
const condition = z.record(id, z.array(id).min(1)).describe('Shown or applied only when every listed question has one of the listed answers');

export const supportSchema = z.strictObject({
  role: id,
  points: z.number().int().min(1).max(10),
  duty: id.describe('A duty id from that role profile, used to explain the reason'),
});

export const structureSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.number().int().min(1),
  reviewed: z.iso.date(),
  locales: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
  defaultLocale: z.string(),
  roles: z.array(id).length(2),
  questions: z
    .array(
      z.strictObject({
        id,
        kind: z.enum(['single', 'multiple']),
        showIf: condition.optional(),
        options: z
          .array(
            z.strictObject({
              id,
              supports: z.array(supportSchema).describe('The roles this answer points to, with points and the duty it calls for'),
              neutral: z
                .literal(true)
                .optional()
                .describe('Marks an answer that points to no role on purpose (not sure, none); every other option needs supports'),
            }),
          )
          .min(2),
      }),
    )
    .min(1),
  decision: z.strictObject({
    supportedAt: z.number().int().min(1).describe('A role has real support at this score; when both do, the outcome is both'),
    mixedAt: z.number().int().min(1).describe('Answers pull both ways when the other role scores at least this'),
    firstRole: z.strictObject({ question: id, byAnswer: z.record(id, id) }),
  }),
  extras: z.array(z.strictObject({ id, when: condition })),
  nextSteps: z.array(z.strictObject({ id, roles: z.array(id).min(1), when: condition.optional() })),
});

const words = z.strictObject({ label: text, hint: text.optional(), said: text });

export const questionsSchema = z.strictObject({
  $schema: z.string().optional(),
  questions: z.record(id, z.strictObject({ title: text, hint: text.optional(), options: z.record(id, words) })),
});

export const profileSchema = z.strictObject({
  name: text,
  article: text,
  otherTitles: z.array(text),
  summary: text,
  worksFor: text,
  worksWhere: text,
  cost: text,
  duties: z.record(id, z.strictObject({ text, because: text })),
  findOne: z.array(text).min(1),
});

export const profilesSchema = z.strictObject({
  $schema: z.string().optional(),
  roles: z.record(id, profileSchema),
});

export const outcomesSchema = z.strictObject({
  $schema: z.string().optional(),
  outcomes: z.record(id, z.strictObject({ heading: text, why: text })),
  mixedNote: text,
  order: z.record(id, text),
  extras: z.record(id, z.strictObject({ title: text, text })),
  nextSteps: z.record(id, text),
});

export const sourcesSchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(z.strictObject({ name: text, url: z.url({ protocol: /^https$/ }), note: text })).min(1),
  basis: text,
});

export const uiSchema = z.strictObject({
  $schema: z.string().optional(),
  lang: z.string(),
  languageName: text.describe('The language name in that language, e.g. "Español"'),
  languageLabel: text,
  appName: text,
  start: z.strictObject({ title: text, lead: text, points: z.array(text), button: text, plannerLink: text }),
  question: z.strictObject({
    progress: text,
    continue: text,
    back: text,
    backToCheck: text,
    errorTitle: text,
    requiredSingle: text,
    requiredMultiple: text,
  }),
  check: z.strictObject({ title: text, lead: text, change: text, changeHidden: text, confirm: text, notAnswered: text }),
  result: z.strictObject({
    pageTitle: text,
    becauseTitle: text,
    reason: text,
    rolesTitle: text,
    summaryLabel: text,
    dutiesLabel: text,
    worksForLabel: text,
    worksWhereLabel: text,
    otherTitlesLabel: text,
    findLabel: text,
    costLabel: text,
    recommendedTag: text,
    recommendedFirstTag: text,
    notRecommendedTag: text,
    matchesTag: text,
    otherRoleReasonsTitle: text,
    orderTitle: text,
    extrasTitle: text,
    nextStepsTitle: text,
    disclaimer: text,
    aboutTitle: text,
    version: text,
    sourcesTitle: text,
    changeAnswers: text,
    startAgain: text,
    answersTitle: text,
    print: text,
    printedOn: text,
    reopen: text,
  }),
  restart: z.strictObject({ button: text, confirm: text, yes: text, no: text }),
  unusable: z.strictObject({ title: text, text, detailsLabel: text }),
  later: z
    .strictObject({ loading: text, failedTitle: text, failedText: text, retry: text })
    .describe('The check page and result load once a person starts; words for while they load or if they fail'),
  document: z.strictObject({ title: text, errorPrefix: text }),
  prefill: z.strictObject({
    noticeTitle: text,
    noticeLead: text,
    problems: z.strictObject({
      unknownKey: text,
      unknownValue: text,
      tooMany: text,
      notAsked: text,
      badEncoding: text,
      badVersion: text,
      tooLong: text,
      unknownVersion: text,
    }),
    migratedTitle: text,
    migrated: text,
    careTeam: text,
    website: text,
    careTeamTag: text,
    websiteTag: text,
  }),
  share: z.strictObject({ title: text, button: text, explain: text, copied: text, failed: text, fieldLabel: text }),
  embed: z.strictObject({
    hostLearns: text.describe('Start page inside an agency site: what that site learns; {host} is its name'),
    contact: text.describe('Default label of the agency contact link under the result'),
  }),
  planner: z.strictObject({
    title: text,
    lead: text,
    privacy: text,
    leaveOpen: text,
    linkTitle: text,
    linkLabel: text,
    answeredCount: text,
    copy: text,
    copied: text,
    copyFailed: text,
    open: text,
    print: text,
    clear: text,
    cleared: text,
    sheetTitle: text,
    sheetIntro: text,
    sheetPatient: text,
    sheetPlanner: text,
    sheetLink: text,
    sheetQr: text,
    sheetPrivacy: text,
    backToGuide: text,
  }),
  footer: text,
});

/**
 * `content/v<N>/migration.json`: how answers written for version N-1 (a saved link) become
 * answers for version N. A question or option that is not listed keeps its id; `null` drops it,
 * so the person is asked again. Applied by `migrateAnswers` in `migrate.ts`.
 */
export const migrationSchema = z.strictObject({
  $schema: z.string().optional(),
  from: z.number().int().min(1).describe('The version the old answers were written for: always the one before this folder'),
  questions: z
    .record(
      id,
      z
        .strictObject({
          id: id.optional().describe('The question id in the new version; leave out to keep the same id'),
          options: z
            .record(id, id.nullable())
            .optional()
            .describe('Old option id → new option id, or null to drop that answer; options not listed keep their id'),
        })
        .nullable(),
    )
    .describe('Old question id → what it becomes, or null when the question is gone; questions not listed keep their id'),
});

/** Each file of a content version, by its path relative to `content/v<N>/`. */
export const localeFiles = {
  'questions.json': questionsSchema,
  'profiles.json': profilesSchema,
  'outcomes.json': outcomesSchema,
  'sources.json': sourcesSchema,
  'ui.json': uiSchema,
} as const;

export type Structure = z.infer<typeof structureSchema>;
export type QuestionsFile = z.infer<typeof questionsSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProfilesFile = z.infer<typeof profilesSchema>;
export type OutcomesFile = z.infer<typeof outcomesSchema>;
export type SourcesFile = z.infer<typeof sourcesSchema>;
export type UiStrings = z.infer<typeof uiSchema>;
export type Migration = z.infer<typeof migrationSchema>;
export type LocaleFileName = keyof typeof localeFiles;
