// Options an agency's page passes to the embedded wizard (set by embed.js in the iframe's
// query string; never answers). Each is checked: a bad one is dropped with a console warning.
import { MAX_CONTACT, MAX_CONTACT_LABEL, OPTION, PREFILL_PREFIX, readableAccent } from '../embed/protocol';

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
  const take = <T,>(name: string, check: (v: string) => T | null): T | null => {
    const v = q.get(name);
    if (v === null) return null;
    const ok = check(v.trim());
    if (ok === null) warn(`Care Path Wizard: the ${name} option "${v}" is not valid and was ignored.`);
    return ok;
  };
  const contactUrl = take(OPTION.contact, (v) => {
    if (v.length > MAX_CONTACT) return null;
    try {
      return new URL(v).protocol === 'https:' ? new URL(v).href : null;
    } catch {
      return null;
    }
  });
  return {
    hostOrigin: take(OPTION.origin, originOf),
    lang: take(OPTION.lang, (v) => (/^[a-z]{2}$/i.test(v) ? v.toLowerCase() : null)),
    accent: take(OPTION.accent, (v) => (readableAccent(v) ? v : null)),
    skipStart: q.get(OPTION.skipStart) === '1',
    instance: /^\d{1,3}$/.test(q.get(OPTION.instance) ?? '') ? q.get(OPTION.instance)! : '',
    contact: contactUrl ? { url: contactUrl, label: take(OPTION.contactLabel, (v) => (v && v.length <= MAX_CONTACT_LABEL ? v : null)) } : null,
  };
}

/** Answers the website filled in, passed in the frame's name; read once, then forgotten. */
export function takeWebsitePrefill(win: Window): string | null {
  const name = win.name;
  if (!name.startsWith(PREFILL_PREFIX)) return null;
  win.name = '';
  return name.slice(PREFILL_PREFIX.length);
}
