// What a build step needs to know about the bundle's chunks: the standalone page's entry, and
// the files reachable from a chunk. The prerender and the offline worker both walk it.
import type { Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

export function chunkIn(bundle: OutputBundle, fileName: string): OutputChunk | undefined {
  const c = bundle[fileName];
  return c?.type === 'chunk' ? c : undefined;
}

/** The standalone page's entry chunk (`main`, from index.html). */
export function mainEntry(bundle: OutputBundle): OutputChunk | undefined {
  return Object.values(bundle).find((c): c is OutputChunk => c.type === 'chunk' && c.isEntry && c.name === 'main');
}

/**
 * Every file reachable from `roots` through static imports, and with `later` also through
 * dynamic imports and the CSS each chunk brings.
 */
export function reachable(bundle: OutputBundle, roots: readonly string[], later = false): string[] {
  const found = new Set<string>();
  const visit = (name: string) => {
    const chunk = chunkIn(bundle, name);
    if (found.has(name) || !chunk) return;
    found.add(name);
    if (later) for (const css of chunk.viteMetadata?.importedCss ?? []) found.add(css);
    for (const next of later ? [...chunk.imports, ...chunk.dynamicImports] : chunk.imports) visit(next);
  };
  for (const root of roots) visit(root);
  return [...found];
}

/** The style sheets Vite links in an entry's page: those of the chunks it imports statically. */
export function linkedCss(bundle: OutputBundle, entry: string): string[] {
  return reachable(bundle, [entry]).flatMap((f) => [...(chunkIn(bundle, f)?.viteMetadata?.importedCss ?? [])]);
}
