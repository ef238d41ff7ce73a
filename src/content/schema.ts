// The single definition of the content file format. Node-side only (build, tests, CLI):
// the browser receives content already validated at build time.
import { z } from 'zod';
import { decision, legacyDecision } from './schema/decision.ts';
import { goals } from './schema/goals.ts';
import { condition, id, linkedText, text } from './schema/primitives.ts';
import { conditionalText, resultConditionSchema } from './schema/resultCondition.ts';
import { uiSchema } from './schema/ui.ts';

export const supportSchema = z.strictObject({
  role: id,
  points: z.number().int().min(1).max(10),
  duty: id.describe('A duty id from that role profile, used to explain the reason'),
  when: condition.optional().describe('Counts (points and reason) only when these answers hold too'),
  reason: id.optional().describe("A key of outcomes.json `reasons`: the sentence shown for this answer, instead of the duty's `because`"),
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

const words = z.strictObject({ label: text, hint: text.optional(), restated: text });

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
export type QuestionsFile = z.infer<typeof questionsSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProfilesFile = z.infer<typeof profilesSchema>;
export type OutcomesFile = z.infer<typeof outcomesSchema>;
export type SourcesFile = z.infer<typeof sourcesSchema>;
export type UiStrings = z.infer<typeof uiSchema>;
export type Migration = z.infer<typeof migrationSchema>;
export type LocaleFileName = keyof typeof localeFiles;
