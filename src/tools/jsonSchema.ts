// JSON Schemas generated from the zod schemas, committed under content/schema/ and named by
// each content file's "$schema", so an editor completes keys and underlines mistakes.
// `npm run content:schema` writes them; a unit test fails when the committed ones are stale.
import { z } from 'zod';
import { localeFiles, migrationSchema, structureSchema } from '../content/schema.ts';
import { truthSchema } from '../content/schema/truth.ts';

/** Where the schemas live, relative to the content root. */
export const schemaFolder = 'schema';

const schemas: Record<string, { schema: z.ZodType; title: string }> = {
  'structure.schema.json': {
    schema: structureSchema,
    title: 'content/v<N>/content.json: ids, skip conditions, weights, the decision rule',
  },
  'questions.schema.json': {
    schema: localeFiles['questions.json'],
    title: 'content/v<N>/<locale>/questions.json: the words of each question and option',
  },
  'profiles.schema.json': {
    schema: localeFiles['profiles.json'],
    title: 'content/v<N>/<locale>/profiles.json: what each role is and does',
  },
  'outcomes.schema.json': {
    schema: localeFiles['outcomes.json'],
    title: 'content/v<N>/<locale>/outcomes.json: result headings, order, extras, next steps',
  },
  'sources.schema.json': {
    schema: localeFiles['sources.json'],
    title: 'content/v<N>/<locale>/sources.json: where the role descriptions come from',
  },
  'ui.schema.json': { schema: localeFiles['ui.json'], title: 'content/v<N>/<locale>/ui.json: every other word on screen' },
  'truth.schema.json': {
    schema: truthSchema,
    title: 'content/v<N>/truth.json: the facts each text assumes, the words that give them away, hedges and allow entries',
  },
  'migration.schema.json': {
    schema: migrationSchema,
    title: 'content/v<N>/migration.json: how answers for version N-1 become answers for version N',
  },
};

/** The `$schema` a content file should carry, relative to that file. */
export function schemaRefFor(file: 'content.json' | 'migration.json' | string): string {
  if (file === 'content.json') return `../${schemaFolder}/structure.schema.json`;
  if (file === 'migration.json') return `../${schemaFolder}/migration.schema.json`;
  if (file === 'truth.json') return `../${schemaFolder}/truth.schema.json`;
  return `../../${schemaFolder}/${file.replace(/\.json$/, '.schema.json')}`;
}

/** File name → file text, exactly as committed. Draft-07: the draft editors support best. */
export function jsonSchemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, { schema, title }] of Object.entries(schemas)) {
    const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' });
    out[name] =
      `${JSON.stringify({ ...json, title, $comment: 'Generated from src/content/schema.ts by `npm run content:schema`. Do not edit.' }, null, 2)}\n`;
  }
  return out;
}
