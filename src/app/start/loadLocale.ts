import { guidanceLoaders, loaders } from 'virtual:care-path-locales';
import type { Guidance, Questionnaire } from '../../content/types';

/** Fetches one language's questionnaire; null when it cannot be had, so the wizard explains. */
export async function loadLocale(code: string): Promise<Questionnaire | null> {
  try {
    return (await loaders[code]!()).default;
  } catch {
    return null;
  }
}

/** Fetches one language's guidance; the wizard offers to try again if this fails. */
export async function loadGuidance(code: string): Promise<Guidance> {
  const load = guidanceLoaders[code];
  if (!load) throw new Error(`No guidance for language "${code}"`);
  return (await load()).default;
}
