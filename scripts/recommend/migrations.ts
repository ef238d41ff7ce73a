// The CLI reads links of older content versions as the browser does: the browser gets every
// version's `migration.json` from the build (tasks/contentPlugin.ts, `virtual:care-path-locales`)
// and upgrades a link through them with `migratorFor`; this reads the same files from disk and
// hands them to the same function, so a v1 text gets the recommendation a v1 link would.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migratorFor } from '../../src/app/journey/linkIntake.ts';
import { contentRoot, listVersions } from '../../src/content/loadFromFiles.ts';
import type { Migration } from '../../src/content/migrate.ts';
import { migrationSchema } from '../../src/content/schema.ts';
import type { ParseOptions } from '../../src/domain/index.ts';

/** Every version's migration, as the build gives them to the browser (a missing file breaks the chain there). */
export function migrationsFromFiles(root = contentRoot): Migration[] {
  return listVersions(root)
    .map((v) => join(root, `v${v}`, 'migration.json'))
    .filter((file) => existsSync(file))
    .map((file) => migrationSchema.parse(JSON.parse(readFileSync(file, 'utf8'))))
    .map(({ $schema: _, ...m }) => m);
}

/** What `check` needs to read text of an older version: the browser's migrator over `migrations`. */
export function readOptions(migrations: readonly Migration[], currentVersion: number): ParseOptions {
  return { migrate: migratorFor(migrations, currentVersion) };
}
