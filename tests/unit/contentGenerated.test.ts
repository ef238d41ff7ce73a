// Generated files are committed so editors and reviewers see them; they must match the source.
// That docs/content-graph.md matches the content takes a walk of it: tests/walks/contentGraph.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, schemaFolder } from '../../src/tools/jsonSchema';
import { contentRoot } from '../../src/content/loadFromFiles';
import { graphFile } from '../../scripts/content-graph';

describe('generated content files', () => {
  it('the JSON Schemas in content/schema/ match src/content/schema.ts (else: npm run content:schema)', () => {
    const dir = join(contentRoot, schemaFolder);
    const expected = jsonSchemaFiles();
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(text);
  });

  it('the diagram shows every question, skip condition and outcome', () => {
    const doc = readFileSync(resolve(graphFile), 'utf8');
    expect(doc).toContain('q_travel -->|"if travel = flight"| q_escort');
    expect(doc).toContain('q_travel -->|otherwise| q_needs');
    for (const o of ['o_case_manager', 'o_care_manager', 'o_both_case_manager', 'o_both_care_manager']) expect(doc).toContain(`${o}([`);
  });
});
