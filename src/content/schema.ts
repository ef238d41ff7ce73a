// The single definition of the content file format. Node-side only (build, tests, CLI):
// the browser receives content already validated at build time.
import { z } from 'zod';
import { uiSchema } from './schema/ui.ts';

import { condition, id, linkedText, text } from './schema/primitives.ts';

export const supportSchema = z.strictObject({
  role: id,
  points: z.number().int().min(1).max(10),
  duty: id.describe('A duty id from that role profile, used to explain the reason'),
  when: condition.optional().describe('Counts (points and reason) only when these answers hold too'),
  reason: id.optional().describe("A key of outcomes.json `reasons`: the sentence shown for this answer, instead of the duty's `because`"),
});

const evidence = z.enum(['clear', 'few', 'close', 'tie', 'setting']);

/** What a shown text may depend on besides the answers: the result it explains. */
export const resultConditionSchema = z
  .strictObject({
    outcome: z.array(id).min(1).optional(),
    first: z.array(id).min(1).optional().describe('The role to contact first (the only role, when there is one)'),
    evidence: z
      .array(evidence)
      .min(1)
      .optional()
      .describe(
        'clear; few (too few answers count); close (a near tie); tie; setting (no support from the needs the family chose). Only a single-role outcome is ever a lean',
      ),
  })
  .describe('Shown only for a result like this');

/** A text shown on the result, with the condition under which it is true. */
const conditionalText = z.strictObject({
  id,
  when: condition.optional(),
  result: resultConditionSchema.optional(),
});

/** Version 1's rule: both roles at `supportedAt` points give both; `now` orders them. */
const legacyDecision = z.strictObject({
  supportedAt: z.number().int().min(1).describe('A role has real support at this score; when both do, the outcome is both'),
  mixedAt: z.number().int().min(1).describe('Answers pull both ways when the other role scores at least this'),
  firstRole: z.strictObject({ question: id, byAnswer: z.record(id, id) }),
});

const decision = z
  .strictObject({
    both: z
      .strictObject({
        atLeast: z.number().int().min(1).describe('Each role needs at least this many points'),
        ratio: z.number().min(1).describe('…and the stronger role at most this many times the weaker one'),
        ownAtLeast: z
          .number()
          .int()
          .min(0)
          .describe('…and each role at least this many points from answers outside `setting` (never from the setting alone)'),
        setting: z.array(id).describe('The questions about where the person is and will be'),
      })
      .optional()
      .describe('When both roles are recommended, by their scores (versions 1 and 2; from version 3, `second`)'),
    second: z
      .strictObject({
        atLeast: z.number().int().min(0).describe('The other role needs at least this many points of its own'),
        rules: z
          .array(
            z.strictObject({
              role: id,
              when: condition.describe('Answers that give this role work the stronger role cannot do'),
              unless: z.array(condition).optional().describe('…unless any of these holds'),
              why: z.string().describe('For editors: the work this role has of its own'),
            }),
          )
          .min(1),
      })
      .optional()
      .describe('Both roles when the weaker one is earned by a need of its own that the stronger cannot meet'),
    lean: z
      .strictObject({
        fewerAnswersThan: z.number().int().min(1).describe('Evidence is "few" when fewer answers than this give any points'),
        marginAtMost: z.number().int().min(0).describe('Evidence is "close" when the winner leads by at most this many points'),
        tie: z
          .boolean()
          .optional()
          .describe(
            'Evidence is "tie" when both roles score the same (the role that comes first is chosen): never worded as "slightly more"',
          ),
        ownNeeds: id
          .optional()
          .describe(
            'The question of the family\'s own needs: a win with no support from its answers is "setting", never worded as the best fit',
          ),
      })
      .describe('When a single-role result is worded as a lean, not a verdict'),
    first: z
      .array(z.strictObject({ when: condition.optional(), role: id }))
      .min(1)
      .describe('Which role comes first (for both, and for a tie): the first rule whose answers hold; the last has no `when`'),
    mixedAt: z.number().int().min(1).describe('Answers pull both ways when the other role scores at least this'),
  })
  .refine((d) => (d.both === undefined) !== (d.second === undefined), {
    message: 'give exactly one of `both` (by scores) and `second` (earned by a need of its own)',
  });

const share = z.number().min(0).max(1);

/** Goals for the spread of outcomes over every valid answer set; content:check fails when one is missed. */
const goals = z.strictObject({
  bothAtMost: share,
  bothRatioAtMost: z.number().min(1).optional().describe('Never both when one role scores more than this many times the other'),
  eachRoleAloneAtLeast: share,
  few: z
    .strictObject({ question: id, atMost: z.number().int().min(1), bothAtMost: share })
    .optional()
    .describe('Among answer sets with at most `atMost` choices for `question`, `both` at most this share'),
  reach: z
    .array(z.strictObject({ when: condition, outcome: id, why: z.string() }))
    .optional()
    .describe('Each of these must be the outcome of at least one answer set that meets `when`'),
  agreement: z
    .strictObject({
      firstAtLeast: share.describe("Share of raters' first choices the guide's choice matches"),
      belowRatersAtMost: share.describe("How far that may fall below the raters' agreement with each other"),
      acceptedByAllAtLeast: share.describe('Share of cases whose every rater accepts the guide’s choice'),
    })
    .optional()
    .describe('Goals on the held-out part of the case bank (npm run content:agreement; tests/fixtures/cases/)'),
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
  decision: z.union([decision, legacyDecision]),
  headlines: z
    .array(conditionalText)
    .optional()
    .describe('Headline and one sentence why, per outcome: the first whose conditions hold is shown (keys of outcomes.json `outcomes`)'),
  orderTexts: z
    .array(conditionalText)
    .optional()
    .describe('For both: what to do first and then; the first whose conditions hold is shown (keys of outcomes.json `order`)'),
  extras: z.array(
    z.strictObject({
      id,
      when: condition,
      whenAny: z.array(condition).min(1).optional().describe('…and at least one of these holds'),
      result: resultConditionSchema.optional(),
    }),
  ),
  questionsToAsk: z
    .array(
      z.strictObject({
        id,
        roles: z.array(id).min(1),
        when: condition.optional(),
        whenAny: z.array(condition).min(1).optional().describe('…and at least one of these holds'),
        result: resultConditionSchema.optional(),
      }),
    )
    .optional()
    .describe('Questions to ask when calling a recommended role (keys of outcomes.json `questionsToAsk`)'),
  nextSteps: z.array(
    z.strictObject({
      id,
      roles: z.array(id).min(1),
      when: condition.optional(),
      whenAny: z.array(condition).min(1).optional().describe('…and at least one of these holds'),
      result: resultConditionSchema.optional(),
      urgency: z
        .number()
        .int()
        .min(0)
        .optional()
        .describe('Lower comes first (default 50): the three most urgent steps are "What to do now", the rest "Other free help"'),
      free: z.boolean().optional().describe('Free or public help any family may use, whatever the outcome'),
    }),
  ),
  agencyContact: z
    .strictObject({
      urgency: z
        .number()
        .int()
        .min(0)
        .describe('Sorts with the steps: an agency that gives a recommended role puts its contact before every less urgent step'),
    })
    .optional()
    .describe('Where an embedding agency\'s own contact goes in "What to do now" (data-contact-role); without it, after the steps'),
  goals: goals.optional(),
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
  nextSteps: z.record(id, linkedText),
  nextStepLines: z
    .record(id, linkedText)
    .optional()
    .describe('One line per step, for "Other free help" (keys of content.json `nextSteps`); without one, the whole step shows'),
  questionsToAsk: z.record(id, text).optional(),
  reasons: z.record(id, text).optional().describe("Sentences named by a support's `reason` in content.json"),
});

export const sourcesSchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z
    .array(
      z.strictObject({
        name: text,
        url: z.url({ protocol: /^https$/ }),
        note: text,
        checked: z.iso.date().optional().describe('When the fact was last checked against this source'),
      }),
    )
    .min(1),
  basis: text,
});

export { uiSchema } from './schema/ui.ts';

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
export type LegacyDecision = z.infer<typeof legacyDecision>;
export type StructureDecision = z.infer<typeof decision>;
export type ResultCondition = z.infer<typeof resultConditionSchema>;
export type Goals = z.infer<typeof goals>;
export type QuestionsFile = z.infer<typeof questionsSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProfilesFile = z.infer<typeof profilesSchema>;
export type OutcomesFile = z.infer<typeof outcomesSchema>;
export type SourcesFile = z.infer<typeof sourcesSchema>;
export type UiStrings = z.infer<typeof uiSchema>;
export type Migration = z.infer<typeof migrationSchema>;
export type LocaleFileName = keyof typeof localeFiles;
