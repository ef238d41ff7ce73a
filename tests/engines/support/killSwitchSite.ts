// A site that a test can switch from this build to its kill-switch build (`CARE_PATH_OFFLINE=off`,
// docs/deploy.md) as a host's deploy would: the second build's files copied over the first's.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveStatic } from '../../../scripts/staticServer';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dist = join(root, 'dist');

export interface KillSwitchSite {
  url: string;
  /** Serves this build again, from scratch. */
  reset(): void;
  /** Deploys the kill-switch build over it; its page carries `<meta name="deploy">`. */
  retire(): void;
  close(): Promise<void>;
}

export async function killSwitchSite(): Promise<KillSwitchSite> {
  const work = mkdtempSync(join(tmpdir(), 'care-path-kill-'));
  const off = join(work, 'off');
  const site = join(work, 'site');
  const env = { off: process.env.CARE_PATH_OFFLINE, node: process.env.NODE_ENV };
  process.env.CARE_PATH_OFFLINE = 'off';
  // Vitest sets NODE_ENV=test; Vite would then ship React's development build.
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'production', logLevel: 'warn', build: { outDir: off, emptyOutDir: true } });
  } finally {
    for (const [key, value] of [
      ['CARE_PATH_OFFLINE', env.off],
      ['NODE_ENV', env.node],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  const reset = () => {
    rmSync(site, { recursive: true, force: true });
    cpSync(dist, site, { recursive: true });
  };
  const page = join(off, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('<head>', '<head><meta name="deploy" content="kill">'));
  reset();
  const { server, url } = await serveStatic(site);
  return {
    url,
    reset,
    retire: () => cpSync(off, site, { recursive: true }),
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(work, { recursive: true, force: true });
    },
  };
}
