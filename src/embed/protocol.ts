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
  contactRole: 'contact_role',
  font: 'font',
  size: 'size',
} as const;

/** Type sizes an agency may choose (data-size) to match its page: body text 15, 16 and 19 px. */
export const SIZES = ['small', 'medium', 'large'] as const;
/** Matched to the commonest host body text, 16 px. */
export const DEFAULT_SIZE = 'medium';

/** Longer contact addresses make frame URLs that servers refuse. */
export const MAX_CONTACT = 2048;
export const MAX_CONTACT_LABEL = 80;
/** What an agency may say it provides (data-contact-role): its contact then leads "What to do now" when the outcome includes it. */
export const CONTACT_ROLES = ['case-manager', 'care-manager'] as const;
export const MAX_PREFILL = 2000;

/**
 * The colours an accent replaces, and the text colour a light accent may carry instead of white,
 * as in src/ui/styles.css (a unit test keeps them equal), for the warning to name them.
 */
export const DEFAULT_BUTTON = '#00703c';
export const DEFAULT_LINK = '#1a4f9c';
export const TEXT = '#0b0c0c';
/** WCAG 1.4.3 (AA) for body-size text. */
export const AA = 4.5;

/** Names of the system font stacks data-font may choose; the stacks live in the page's CSS. */
export const FONTS = ['system', 'serif', 'rounded', 'humanist'] as const;

export const isHex = (v: string): boolean => /^#([0-9a-f]{3}){1,2}$/i.test(v);

/** WCAG 2.x relative luminance of #rgb or #rrggbb. */
function luminance(hex: string): number {
  const d = hex.slice(1);
  const parts = d.length === 3 ? [...d].map((c) => c + c) : [d.slice(0, 2), d.slice(2, 4), d.slice(4, 6)];
  const [r, g, b] = parts.map((p) => {
    const c = parseInt(p, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a) + 0.05, luminance(b) + 0.05];
  return Math.max(x, y) / Math.min(x, y);
}

/**
 * Where an accent may go, one rule for both sides. Buttons: white text on it, or else the
 * page's dark text, at 4.5:1 (null: the default button). Links: the accent on the white page at
 * 4.5:1. Borders and tags follow the buttons, as tags carry the buttons' text colour.
 */
export function accentUse(hex: string): { buttonText: string | null; link: boolean } {
  const onWhite = contrast(hex, '#fff');
  return { buttonText: onWhite >= AA ? '#fff' : contrast(hex, TEXT) >= AA ? TEXT : null, link: onWhite >= AA };
}

/** Rounded down, so 4.48 never reads as 4.5. */
const ratio = (n: number) => `${Math.floor(n * 100) / 100}:1`;

/** What a web manager reads in the console when an accent cannot go everywhere, or null. */
export function accentWarning(hex: string): string | null {
  const use = accentUse(hex);
  if (use.link) return null;
  const start = `Care Path Wizard: data-accent="${hex}" is too low in contrast against white (${ratio(contrast(hex, '#fff'))}`;
  const need = `; text needs ${AA}:1)`;
  return use.buttonText
    ? `${start}${need}, so links keep the default colour ${DEFAULT_LINK}. Buttons use it, with dark text.`
    : `${start}) and against the text colour ${TEXT} (${ratio(contrast(hex, TEXT))}${need}, so buttons keep the default ${DEFAULT_BUTTON} and links the default ${DEFAULT_LINK}.`;
}
