// The building blocks of every content file: ids, non-empty text, text with safe links, conditions.
import { z } from 'zod';

export const id = z.string().regex(/^[a-z][a-z0-9_-]*$/, 'must be lower-case letters, digits, "-" or "_"');
export const text = z.string().trim().min(1, 'must not be empty');
/** Links written `[words](https://…)` or `[words](tel:+1…)`: the only kinds a family can act on safely. */
export const LINK = /\[([^\]]+)\]\(([^)]*)\)/g;
export const linkedText = text
  .refine(
    (s) => [...s.matchAll(LINK)].every(([, , href]) => /^https:\/\/[^\s]+$|^tel:\+[0-9]+$/.test(href!)),
    'a link must be [words](https://…) or [words](tel:+1…)',
  )
  .describe('Plain text; a link is written [words](https://…) or [words](tel:+18006771116)');
export const condition = z
  .record(id, z.array(id).min(1))
  .describe('Shown or applied only when every listed question has one of the listed answers');
