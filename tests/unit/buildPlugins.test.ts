// Build steps that rely on Vite's internals must fail the build when those change, not ship a
// heavier or empty page that still builds.
import { describe, expect, it, vi } from 'vitest';
import { slimPreloadHelper } from '../../tasks/slimPreloadPlugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: ReturnType<typeof slimPreloadHelper>, name: 'load' | 'generateBundle' | 'buildStart') => {
  const h = plugin[name] as unknown as Hook | { handler: Hook };
  return typeof h === 'function' ? h : h.handler;
};

describe('slim preload helper', () => {
  const lazyBundle = { 'main.js': { type: 'chunk', dynamicImports: ['later.js'], code: '' } };

  it('fails the build when Vite never asked for its helper by the expected id', () => {
    const plugin = slimPreloadHelper();
    const error = vi.fn((message: string) => {
      throw new Error(message);
    });
    hook(plugin, 'buildStart').call({});
    expect(() => hook(plugin, 'generateBundle').call({ error }, {}, lazyBundle)).toThrow(/renamed its helper/);
  });

  it('serves its own helper and lets the build pass when Vite asks for it', () => {
    const plugin = slimPreloadHelper();
    const error = vi.fn();
    hook(plugin, 'buildStart').call({});
    expect(hook(plugin, 'load').call({}, '\0vite/preload-helper.js')).toContain("rel = 'stylesheet'");
    hook(plugin, 'generateBundle').call({ error }, {}, lazyBundle);
    expect(error).not.toHaveBeenCalled();
  });
});
