import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, type MockInstance, vi } from 'vitest';

// React reports mistakes it can survive (two list items with one key) only on the console; a
// list keyed twice can drop or repeat an item when it changes. Such a report fails the test that
// caused it. The spy still prints everything, as before.
let spy: MockInstance<typeof console.error> | undefined;
beforeEach(() => {
  spy = vi.spyOn(console, 'error');
});

afterEach(() => {
  cleanup();
  const reported = (spy?.mock.calls ?? []).map((args) => args.map(String).join(' '));
  spy?.mockRestore();
  expect(reported.filter((r) => /Encountered two children with the same key|unique "key" prop/.test(r))).toEqual([]);
});
