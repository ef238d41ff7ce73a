// Builds the app for production once, serves it with `vite preview` on a free loopback
// port, and hands the URL to the e2e tests as `inject('baseUrl')`.
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../../..', import.meta.url));
const configFile = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url));

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Vitest sets NODE_ENV=test; Vite would then inline "test" and ship React's dev build.
  const previousNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: 'dist', emptyOutDir: true },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`e2e globalSetup: production build (vite build) failed:\n${detail}`, {
      cause: error,
    });
  } finally {
    if (previousNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previousNodeEnv;
  }

  server = await preview({
    root,
    configFile,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: 'dist' },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') {
    throw new Error('e2e globalSetup: vite preview did not report a TCP address');
  }
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  project.provide('baseUrl', baseUrl);

  return async () => {
    await server?.close();
    server = undefined;
  };
}
