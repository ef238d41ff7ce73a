/**
 * The first wanted language that exists, matching on the primary subtag ("es-MX" → "es"),
 * else the default. Wanted, in order: the link's `lang`, the language chosen earlier in this
 * tab, then the browser's languages.
 */
export function chooseLocale(wanted: readonly (string | null | undefined)[], available: readonly string[], fallback: string): string {
  for (const w of wanted) {
    const primary = w?.trim().toLowerCase().split(/[-_]/)[0];
    if (primary && available.includes(primary)) return primary;
  }
  return fallback;
}

/** `lang` from a fragment such as `#v=1&lang=es&now=home`, without reading the answers. */
export function langInFragment(hash: string): string | null {
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const [key, value] = pair.split('=');
    if (key?.trim().toLowerCase() === 'lang' && value) return value;
  }
  return null;
}
