// Dependencies point one way: content → domain → machine → ui → app (type imports excepted);
// the tools (content checks, tables, diff, graph, JSON Schema) sit above the domain they check.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');
const layers = ['content', 'domain', 'machine', 'ui', 'app', 'embed', 'tools'];
/** What each layer may import at run time besides itself. */
const allowed: Record<string, string[]> = {
  content: [],
  domain: ['content'],
  machine: ['content', 'domain'],
  ui: ['content', 'domain', 'machine'],
  app: ['content', 'domain', 'machine', 'ui'],
  embed: [],
  tools: ['content', 'domain'],
};
const packages: Record<string, RegExp> = {
  domain: /^(?!react|xstate|@xstate|zod)/,
  machine: /^(?!react|@xstate\/react|zod)/,
};

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (!m[2]) found.push(m[3]!);
  }
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  return found;
}

describe('layers', () => {
  for (const layer of layers) {
    it(`${layer} imports only the layers before it`, () => {
      const wrong: string[] = [];
      for (const file of files(join(src, layer))) {
        if (layer === 'content' && /loadFromFiles\.ts$/.test(file)) continue;
        for (const spec of runtimeImports(file)) {
          if (spec.startsWith('.')) {
            const path = relative(src, resolve(file, '..', spec));
            const target = path.split('/')[0]!;
            // The embed protocol is the one contract both sides of the iframe share.
            const contract = path === 'embed/protocol' && layer === 'app';
            if (target !== layer && !allowed[layer]!.includes(target) && !contract) wrong.push(`${relative(src, file)} → ${spec}`);
          } else if (packages[layer] && !packages[layer].test(spec)) {
            wrong.push(`${relative(src, file)} → ${spec}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  // A circle of imports, even inside one layer, means neither file can be read (or loaded) alone.
  it('no file imports itself back through others (no circles)', () => {
    const all = files(src);
    const resolveSpec = (from: string, spec: string) => {
      const base = resolve(from, '..', spec).replace(/\.(tsx?|js)$/, '');
      return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => all.includes(f));
    };
    const deps = new Map(
      all.map((f) => [
        f,
        runtimeImports(f).flatMap((spec) => (spec.startsWith('.') ? [resolveSpec(f, spec)].filter((x) => x !== undefined) : [])),
      ]),
    );
    const circles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, path: string[]) => {
      const at = path.indexOf(file);
      if (at >= 0) return void circles.push([...path.slice(at), file].map((f) => relative(src, f)).join(' → '));
      if (done.has(file)) return;
      for (const next of deps.get(file) ?? []) visit(next, [...path, file]);
      done.add(file);
    };
    for (const file of all) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('the domain uses no browser globals or clock', () => {
    const bad = files(join(src, 'domain')).filter((f) =>
      /\b(window|document|Date\.now|new Date|localStorage|sessionStorage)\b/.test(readFileSync(f, 'utf8')),
    );
    expect(bad).toEqual([]);
  });

  it('shared code names no question or role', () => {
    const names = /['"](now|next|travel|escort|needs|works_for|family|case-manager|care-manager)['"]/;
    const dirs = ['domain', 'machine', 'ui', 'app'];
    const bad = dirs.flatMap((d) => files(join(src, d))).filter((f) => names.test(readFileSync(f, 'utf8')));
    expect(bad.map((f) => relative(src, f))).toEqual([]);
  });
});
