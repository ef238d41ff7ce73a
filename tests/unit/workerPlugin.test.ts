// The offline worker's file list comes from the bundle (ADR 0012): everything the standalone
// page can load and nothing else, under this build's hashed names, and a new version whenever
// a file a family gets changes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { serviceWorker } from '../../tasks/offlineWorkerPlugin';

const chunk = (fileName: string, more: Partial<Rollup.OutputChunk> & { css?: string[] } = {}) =>
  ({
    type: 'chunk',
    fileName,
    name: fileName.replace(/^assets\/|-\w+\.js$/g, ''),
    isEntry: false,
    imports: [],
    dynamicImports: [],
    viteMetadata: { importedCss: new Set(more.css ?? []), importedAssets: new Set() },
    ...more,
  }) as unknown as Rollup.OutputChunk;

const bundle = {
  'assets/main-a1.js': chunk('assets/main-a1.js', {
    isEntry: true,
    name: 'main',
    imports: ['assets/react-b2.js'],
    css: ['assets/styles-c3.css'],
    dynamicImports: ['assets/en-d4.js', 'assets/es-e5.js', 'assets/later-f6.js'],
  }),
  'assets/react-b2.js': chunk('assets/react-b2.js'),
  'assets/en-d4.js': chunk('assets/en-d4.js'),
  'assets/es-e5.js': chunk('assets/es-e5.js'),
  'assets/later-f6.js': chunk('assets/later-f6.js', { imports: ['assets/react-b2.js'], css: ['assets/later-g7.css'] }),
  'assets/planner-h8.js': chunk('assets/planner-h8.js', { isEntry: true, name: 'planner', imports: ['assets/react-b2.js'] }),
  'assets/embedded-i9.js': chunk('assets/embedded-i9.js', { isEntry: true, name: 'embedded' }),
} as unknown as Rollup.OutputBundle;

let outDir: string;
beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'care-path-sw-'));
  mkdirSync(join(outDir, 'assets'));
  for (const f of [
    'index.html',
    'planner.html',
    'embed.html',
    'embed.js',
    ...Object.keys(bundle),
    'assets/styles-c3.css',
    'assets/later-g7.css',
  ]) {
    writeFileSync(join(outDir, f), `contents of ${f}`);
  }
});
afterEach(() => {
  delete process.env.CARE_PATH_OFFLINE;
  rmSync(outDir, { recursive: true, force: true });
});

async function buildWorker(): Promise<string> {
  const plugin = serviceWorker() as Plugin & Record<string, unknown>;
  (plugin.configResolved as (c: ResolvedConfig) => void)({ root: outDir, build: { outDir } } as ResolvedConfig);
  (plugin.generateBundle as (o: unknown, b: Rollup.OutputBundle) => void).call({}, {}, bundle);
  await (plugin.closeBundle as { handler: () => Promise<void> }).handler();
  return readFileSync(join(outDir, 'sw.js'), 'utf8');
}

const filesOf = (worker: string) => JSON.parse(/FILES=(\[[^\]]*\])/.exec(worker)![1]!.replaceAll('`', '"')) as string[];
const versionOf = (worker: string) => /VERSION=`([\w-]+)`/.exec(worker)![1];

it('lists the page and every chunk and style sheet the standalone page can load, never the planner, the embedded page or the style sheet the page carries inline', async () => {
  const files = filesOf(await buildWorker());
  expect(new Set(files)).toEqual(
    new Set([
      './',
      './assets/main-a1.js',
      './assets/react-b2.js',
      './assets/en-d4.js',
      './assets/es-e5.js',
      './assets/later-f6.js',
      './assets/later-g7.css',
    ]),
  );
});

it('a change to any listed file is a new version; a change elsewhere is not', async () => {
  const first = versionOf(await buildWorker());
  writeFileSync(join(outDir, 'planner.html'), 'changed');
  expect(versionOf(await buildWorker())).toBe(first);
  writeFileSync(join(outDir, 'index.html'), 'changed');
  expect(versionOf(await buildWorker())).not.toBe(first);
});

it('CARE_PATH_OFFLINE=off builds the worker that retires itself', async () => {
  process.env.CARE_PATH_OFFLINE = 'off';
  const worker = await buildWorker();
  expect(worker).toContain('unregister');
  expect(worker).not.toContain('FILES');
});
