// docs/content-graph.md is generated (npm run content:graph) and committed; building it afresh
// walks the content's answer sets (half a minute on CI), so this runs in the `walks` project.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentGraphDocument, graphFile } from '../../scripts/content-graph';

describe('generated content files', () => {
  it('docs/content-graph.md matches the content (else: npm run content:graph)', { timeout: 120_000 }, () => {
    expect(readFileSync(graphFile, 'utf8')).toBe(contentGraphDocument());
  });
});
