// The contract between an agency's page (embed.js) and the embedded wizard, in one place: the
// message names, the option names the iframe's address carries, their limits, and the contrast
// rule for an accent colour. Imported by both sides; the bundler inlines it into embed.js.

export const NS = 'care-path-wizard';
export const MESSAGE_PREFIX = `${NS}:` as const;
/** Website prefill travels in the iframe's name, after this prefix: never in a URL. */
export const PREFILL_PREFIX = `${NS}:prefill:`;

/**
 * What the embedded wizard tells its host: nothing about the answers but the final outcome.
 * The same messages, in the same order, for every set of answers (README, "Events"): `section`
 * on a move between start, questions, check and result, never from one question to the next;
 * `resize` one height for all questions, and coarse rungs for the other screens.
 */
export type HostMessage =
  | { type: `${typeof MESSAGE_PREFIX}ready` }
  | { type: `${typeof MESSAGE_PREFIX}section` }
  | { type: `${typeof MESSAGE_PREFIX}resize`; height: number }
  | { type: `${typeof MESSAGE_PREFIX}complete`; outcome: string };

/** Query keys of embed.html, as embed.js writes them and the embedded page reads them. */
export const OPTION = {
  origin: 'origin',
  instance: 'n',
  lang: 'lang',
  accent: 'accent',
  skipStart: 'skip_start',
  contact: 'contact',
  contactLabel: 'contact_label',
} as const;

/** Longer contact addresses make frame URLs that servers refuse. */
export const MAX_CONTACT = 2048;
export const MAX_CONTACT_LABEL = 80;
export const MAX_PREFILL = 2000;

/** White text on the accent must reach 4.5:1 (WCAG 1.4.3), per WCAG 2.x relative luminance. */
export function readableAccent(hex: string): boolean {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m) return false;
  const d = m[1]!;
  const parts = d.length === 3 ? [...d].map((c) => c + c) : [d.slice(0, 2), d.slice(2, 4), d.slice(4, 6)];
  const [r, g, b] = parts.map((p) => {
    const c = parseInt(p, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05) >= 4.5;
}
