// The production build the bench measures, and the vite preview server that serves it.
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Into a directory of its own, so a bench never swaps dist/ under a running test. Relative to
// the root, as dist/ is, so plugins that join the root and outDir find it.
export const OUT_DIR = join('node_modules', '.cache', 'care-path-bench', 'dist');

export async function buildApp(outDir: string) {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

export async function startPreview(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP address');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}
