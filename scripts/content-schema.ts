// `npm run content:schema`: writes the JSON Schemas that content files name in "$schema".
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles, schemaFolder } from '../src/tools/jsonSchema.ts';
import { contentRoot } from '../src/content/loadFromFiles.ts';

const dir = join(contentRoot, schemaFolder);
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote content/${schemaFolder}/${name}`);
}
