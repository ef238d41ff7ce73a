// content.json `decision`: how the scores become an outcome. Version 1 wrote it in another shape,
// still read for old links; upgradeDecision.ts rewrites it in today's.
import { z } from 'zod';
import { condition, id } from './primitives.ts';

/** Version 1's rule: both roles at `supportedAt` points give both; `now` orders them. */
export const legacyDecision = z.strictObject({
  supportedAt: z.number().int().min(1).describe('A role has real support at this score; when both do, the outcome is both'),
  mixedAt: z.number().int().min(1).describe('Answers pull both ways when the other role scores at least this'),
  firstRole: z.strictObject({ question: id, byAnswer: z.record(id, id) }),
});

export const decision = z
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

export type LegacyDecision = z.infer<typeof legacyDecision>;
export type StructureDecision = z.infer<typeof decision>;
