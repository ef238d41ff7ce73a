// Builds the app for production once, serves it with `vite preview` on a free loopback
// port, and hands the URL to the e2e tests as `inject('baseUrl')`. The e2e and engines projects
// both list this file and Vitest runs it once per project, so the build and the server are kept
// on globalThis of the main process: one build, one server, closed after the last project.
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

const shared = globalThis as { cpwServe?: Promise<{ server: PreviewServer; baseUrl: string }>; cpwUsers?: number };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.cpwUsers = (shared.cpwUsers ?? 0) + 1;
  shared.cpwServe ??= buildAndServe();
  const { server, baseUrl } = await shared.cpwServe;
  project.provide('baseUrl', baseUrl);
  return async () => {
    shared.cpwUsers = (shared.cpwUsers ?? 1) - 1;
    if (shared.cpwUsers > 0) return;
    shared.cpwServe = undefined;
    await server.close();
  };
}

async function buildAndServe(): Promise<{ server: PreviewServer; baseUrl: string }> {
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

  const server = await preview({
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
  return { server, baseUrl: `http://127.0.0.1:${address.port}/` };
}
