// content.json `goals`: what the spread of outcomes must reach (content:check fails when one is
// missed) and the agreement with the case bank (content:agreement reports it).
import { z } from 'zod';
import { condition, id } from './primitives.ts';

const share = z.number().min(0).max(1);

/** Goals for the spread of outcomes over every valid answer set; content:check fails when one is missed. */
export const goals = z.strictObject({
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

export type Goals = z.infer<typeof goals>;
