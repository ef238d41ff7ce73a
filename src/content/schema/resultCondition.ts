// What a text on the result may depend on besides the answers: the result it explains (its
// outcome, the role first, how clear the win). Used by content.json's result texts and by
// truth.json's facts.
import { z } from 'zod';
import { condition, id } from './primitives.ts';

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
export const conditionalText = z.strictObject({
  id,
  when: condition.optional(),
  result: resultConditionSchema.optional(),
});

export type ResultCondition = z.infer<typeof resultConditionSchema>;
