// Options an agency's page passes to the embedded wizard (set by embed.js in the iframe's
// query string; never answers). Each is checked: a bad one is dropped with a console warning.

export interface EmbedOptions {
  /** The embedding page's origin: the only place messages go. Null: post nothing. */
  hostOrigin: string | null;
  lang: string | null;
  accent: string | null;
  skipStart: boolean;
  contact: { url: string; label: string | null } | null;
  /** Which placeholder on the host page this is, so two embeds keep separate progress. */
  instance: string;
}

const PREFILL_PREFIX = 'care-path-wizard:prefill:';
/** Longer addresses make frame URLs that servers refuse (embed.js drops them too). */
const MAX_CONTACT = 2048;

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value ? url.origin : null;
  } catch {
    return null;
  }
}

/** Relative luminance per WCAG 2.x, for a #rgb or #rrggbb colour. */
export function luminance(hex: string): number | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m) return null;
  const d = m[1]!;
  const parts = d.length === 3 ? [...d].map((c) => c + c) : [d.slice(0, 2), d.slice(2, 4), d.slice(4, 6)];
  const [r, g, b] = parts.map((p) => {
    const c = parseInt(p, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** White text on the accent must reach 4.5:1 (WCAG 1.4.3). */
export function accentIsReadable(hex: string): boolean {
  const l = luminance(hex);
  return l !== null && 1.05 / (l + 0.05) >= 4.5;
}

export function parseEmbedOptions(search: string, warn: (message: string) => void = () => {}): EmbedOptions {
  const q = new URLSearchParams(search);
  const take = <T,>(name: string, check: (v: string) => T | null): T | null => {
    const v = q.get(name);
    if (v === null) return null;
    const ok = check(v.trim());
    if (ok === null) warn(`Care Path Wizard: the ${name} option "${v}" is not valid and was ignored.`);
    return ok;
  };
  const contactUrl = take('contact', (v) => {
    if (v.length > MAX_CONTACT) return null;
    try {
      return new URL(v).protocol === 'https:' ? new URL(v).href : null;
    } catch {
      return null;
    }
  });
  return {
    hostOrigin: take('origin', originOf),
    lang: take('lang', (v) => (/^[a-z]{2}$/i.test(v) ? v.toLowerCase() : null)),
    accent: take('accent', (v) => (accentIsReadable(v) ? v : null)),
    skipStart: q.get('skip_start') === '1',
    instance: /^\d{1,3}$/.test(q.get('n') ?? '') ? q.get('n')! : '',
    contact: contactUrl ? { url: contactUrl, label: take('contact_label', (v) => (v && v.length <= 80 ? v : null)) } : null,
  };
}

/** Answers the website filled in, passed in the frame's name; read once, then forgotten. */
export function takeWebsitePrefill(win: Window): string | null {
  const name = win.name;
  if (!name.startsWith(PREFILL_PREFIX)) return null;
  win.name = '';
  return name.slice(PREFILL_PREFIX.length);
}
