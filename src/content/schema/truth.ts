// `content/v<N>/truth.json`: what each text on the page takes for granted about the family, and
// the words that give such an assumption away. Read only by `content:check` (never shipped): it
// proves, over every answer set, that every text shown has its facts true (docs/content-guide.md,
// "Facts, lexicon and allow entries").
import { z } from 'zod';
import { condition, id } from './primitives.ts';
import { resultConditionSchema } from './resultCondition.ts';

/** A text's key: `<file>/<path>` inside a locale folder, e.g. `outcomes/reasons.in-hospital`. */
const textKey = z
  .string()
  .regex(/^(questions|outcomes|profiles|ui|sources)\/[\w.-]+$/)
  .describe('A text: <file>/<path> in each locale folder, e.g. outcomes/reasons.in-hospital');

const fact = z
  .strictObject({
    means: z.string().min(1).describe('The fact in plain words, for the editor'),
    when: condition.optional().describe('Holds when every listed question has one of the listed answers'),
    whenAny: z.array(condition).min(1).optional().describe('…and at least one of these holds'),
    result: resultConditionSchema.optional().describe('…and the result is like this (for verdict words: "best fit", "slightly more")'),
  })
  .describe('A situation fact, defined once as a condition on the answers');

export const truthSchema = z.strictObject({
  $schema: z.string().optional(),
  facts: z.record(id, fact),
  assumes: z
    .record(textKey, z.array(id).min(1))
    .describe('Text → the facts its words take for granted; content:check proves them wherever the text is shown'),
  lexicon: z
    .record(
      id,
      z.array(
        z.strictObject({
          fact: id,
          words: z.string().min(1).describe('A regular expression (case-insensitive) of words that assume the fact'),
        }),
      ),
    )
    .describe('Per locale: words that take a fact for granted. A text using them must declare the fact or be allowed'),
  hedges: z
    .strictObject({
      words: z.record(id, z.string().min(1)).describe('Per locale: a regular expression of hedging words (may, often, usually…)'),
      texts: z.array(textKey).describe('Texts whose duty the source article hedges: each keeps a hedge in every locale'),
    })
    .describe('Hedges the source article puts on duties, kept in every language'),
  allow: z
    .array(
      z.strictObject({
        text: textKey,
        fact: id,
        why: z.string().min(10).describe('Why these words do not assume the fact here'),
      }),
    )
    .describe('Texts that use a lexicon word without assuming its fact, each with a reason'),
});

export type Truth = z.infer<typeof truthSchema>;
