import { loaders } from 'virtual:care-path-locales';
import type { Content } from '../content/types';

/** Fetches one language's content; null when it cannot be had, so the wizard explains. */
export async function loadLocale(code: string): Promise<Content | null> {
  try {
    return (await loaders[code]!()).default;
  } catch {
    return null;
  }
}
