// Options an agency's page passes to the embedded wizard (set by embed.js in the iframe's
// query string; never answers). Each is checked: a bad one is dropped with a console warning.
import {
  accentUse,
  accentWarning,
  CONTACT_ROLES,
  DEFAULT_SIZE,
  FONTS,
  isHex,
  MAX_CONTACT,
  MAX_CONTACT_LABEL,
  OPTION,
  PREFILL_PREFIX,
  SIZES,
} from '../embed/protocol';

export interface EmbedOptions {
  /** The embedding page's origin: the only place messages go. Null: post nothing. */
  hostOrigin: string | null;
  lang: string | null;
  /** A well-formed colour; where it may go is accentUse's to say (see applyLook). */
  accent: string | null;
  /** One of FONTS; null keeps the system stack. */
  font: string | null;
  /** The wizard's type size, to sit with the host's text (SIZES; default DEFAULT_SIZE). */
  size: (typeof SIZES)[number];
  skipStart: boolean;
  /** `role`: the role the agency provides, whose outcome puts its contact among the first steps. */
  contact: { url: string; label: string | null; role: (typeof CONTACT_ROLES)[number] | null } | null;
  /** Which placeholder on the host page this is, so two embeds keep separate progress. */
  instance: string;
}

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value ? url.origin : null;
  } catch {
    return null;
  }
}

export function parseEmbedOptions(search: string, warn: (message: string) => void = () => {}): EmbedOptions {
  const q = new URLSearchParams(search);
  const take = <T>(name: string, check: (v: string) => T | null): T | null => {
    const v = q.get(name);
    if (v === null) return null;
    const ok = check(v.trim());
    if (ok === null) warn(`Care Path Wizard: the ${name} option "${v}" is not valid and was ignored.`);
    return ok;
  };
  const contactUrl = take(OPTION.contact, (v) => {
    if (v.length > MAX_CONTACT) return null;
    try {
      const url = new URL(v);
      return url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  });
  const accent = take(OPTION.accent, (v) => (isHex(v) ? v : null));
  const low = accent && accentWarning(accent);
  if (low) warn(low);
  return {
    hostOrigin: take(OPTION.origin, originOf),
    lang: take(OPTION.lang, (v) => (/^[a-z]{2}$/i.test(v) ? v.toLowerCase() : null)),
    accent,
    font: take(OPTION.font, (v) => FONTS.find((f) => f === v.toLowerCase()) ?? null),
    size: take(OPTION.size, (v) => SIZES.find((z) => z === v.toLowerCase()) ?? null) ?? DEFAULT_SIZE,
    skipStart: q.get(OPTION.skipStart) === '1',
    instance: /^\d{1,3}$/.test(q.get(OPTION.instance) ?? '') ? q.get(OPTION.instance)! : '',
    contact: contactUrl
      ? {
          url: contactUrl,
          label: take(OPTION.contactLabel, (v) => (v && v.length <= MAX_CONTACT_LABEL ? v : null)),
          role: take(OPTION.contactRole, (v) => CONTACT_ROLES.find((r) => r === v) ?? null),
        }
      : null,
  };
}

/** Mixes a colour with white or black: a hover state that keeps the text's contrast. */
function shade(hex: string, toward: 0 | 255, part = 0.2): string {
  const d = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  const channel = (i: number) => Math.round(parseInt(d.slice(i, i + 2), 16) * (1 - part) + toward * part);
  return `#${[0, 2, 4].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The host's look, through custom properties and attributes on <html> that src/ui/embedded.css reads:
 * the standalone page's CSS, and so a first visit, carries none of it. Through the CSSOM, as a
 * strict style-src forbids style attributes, not this.
 */
export function applyLook(
  root: HTMLElement,
  { accent, font, size = DEFAULT_SIZE }: Pick<EmbedOptions, 'accent' | 'font'> & Partial<Pick<EmbedOptions, 'size'>>,
): void {
  if (font) root.setAttribute('data-font', font);
  root.setAttribute('data-size', size);
  if (!accent) return;
  const { buttonText, link } = accentUse(accent);
  if (link) root.style.setProperty('--link', accent);
  if (!buttonText) return;
  root.setAttribute('data-accent', '');
  root.style.setProperty('--accent', accent);
  root.style.setProperty('--on-accent', buttonText);
  // Darker under white text, lighter under dark text: the contrast only grows on hover.
  root.style.setProperty('--accent-hover', shade(accent, buttonText === '#fff' ? 0 : 255));
}

/** Answers the website filled in, passed in the frame's name; read once, then forgotten. */
export function takeWebsitePrefill(win: Window): string | null {
  const name = win.name;
  if (!name.startsWith(PREFILL_PREFIX)) return null;
  win.name = '';
  return name.slice(PREFILL_PREFIX.length);
}
