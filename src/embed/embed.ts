// embed.js: the copy-paste snippet's script for agencies' websites. Tiny and dependency-free.
// It turns each <div data-care-path-wizard> into an iframe of the wizard's embedded page: the
// iframe is the privacy boundary, so the host page never sees the family's answers.
import { CONTACT_ROLES, FONTS, SIZES, isHex, MAX_CONTACT, MAX_CONTACT_LABEL, MAX_PREFILL, NS, OPTION, PREFILL_PREFIX } from './protocol';

((): void => {
  const w = window as Window & { __carePathWizardEmbed?: boolean };
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script || w.__carePathWizardEmbed) return;
  w.__carePathWizardEmbed = true;
  // The wizard lives beside this script, at the site root or under a sub-path.
  const base = new URL('./', script.src);
  const frames = new Map<Window, { frame: HTMLIFrameElement; host: HTMLElement }>();
  const warn = (what: string, hint = '') => console.warn(`Care Path Wizard: ${what} is not valid and was ignored.${hint}`);

  const option = (host: HTMLElement, name: string, valid: (v: string) => boolean, hint?: string): string | null => {
    const v = host.getAttribute(`data-${name}`);
    if (v === null) return null;
    if (valid(v.trim())) return v.trim();
    warn(`data-${name}="${v}"`, hint);
    return null;
  };
  // A longer address would make an iframe URL that servers refuse.
  const https = (v: string) => {
    if (v.length > MAX_CONTACT) return false;
    try {
      return new URL(v).protocol === 'https:';
    } catch {
      return false;
    }
  };
  const flag = (v: string) => v === '' || v === 'true';

  let count = 0;
  const place = (host: HTMLElement) => {
    if (host.querySelector('iframe')) return;
    const src = new URL('embed.html', base);
    const q = src.searchParams;
    q.set(OPTION.origin, location.origin);
    q.set(OPTION.instance, String(count++));
    const lang = option(host, 'lang', (v) => /^[a-z]{2}$/i.test(v));
    const accent = option(host, 'accent', isHex, ' Use #rrggbb or #rgb.');
    const font = option(host, 'font', (v) => FONTS.includes(v.toLowerCase() as never), ` Use one of: ${FONTS.join(', ')}.`);
    const contact = option(host, 'contact', https);
    const label = option(host, 'contact-label', (v) => v.length > 0 && v.length <= MAX_CONTACT_LABEL);
    const role = option(
      host,
      'contact-role',
      (v) => (CONTACT_ROLES as readonly string[]).includes(v),
      ` Use ${CONTACT_ROLES.join(' or ')}.`,
    );
    if (lang) q.set(OPTION.lang, lang.toLowerCase());
    // Where the colour may go, and the warning when it cannot go everywhere, is the page's to say
    // (accentUse): the contrast rule stays out of this script.
    if (accent) q.set(OPTION.accent, accent);
    if (font) q.set(OPTION.font, font.toLowerCase());
    const size = option(host, 'size', (v) => (SIZES as readonly string[]).includes(v.toLowerCase()), ` Use one of: ${SIZES.join(', ')}.`);
    if (size) q.set(OPTION.size, size.toLowerCase());
    if (option(host, 'skip-start', flag) !== null) q.set(OPTION.skipStart, '1');
    if (contact) q.set(OPTION.contact, contact);
    if (contact && label) q.set(OPTION.contactLabel, label);
    if (contact && role) q.set(OPTION.contactRole, role);
    // A planner's link to this page passes its answers on, still in a fragment.
    if (option(host, 'pass-fragment', flag) !== null && location.hash) src.hash = location.hash;
    const frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = host.getAttribute('data-title') || 'Case manager or care manager? A short guide';
    frame.loading = 'lazy';
    frame.allow = 'clipboard-write';
    // Answers the website fills in travel in the frame's name: never in a URL, never to a server.
    const prefill = host.getAttribute('data-prefill');
    if (prefill) frame.name = `${PREFILL_PREFIX}${prefill.slice(0, MAX_PREFILL)}`;
    // Styles through the CSSOM, not a style attribute, so strict host CSPs are respected.
    Object.assign(frame.style, { width: '100%', minHeight: '24rem', border: '0', display: 'block', overflow: 'hidden' });
    host.appendChild(frame);
    if (frame.contentWindow) frames.set(frame.contentWindow, { frame, host });
  };

  addEventListener('message', (event: MessageEvent) => {
    const known = event.source && frames.get(event.source as Window);
    const data = event.data as { type?: unknown; height?: unknown; outcome?: unknown } | null;
    if (!known || event.origin !== base.origin || !data || typeof data.type !== 'string') return;
    const kind = data.type.slice(NS.length + 1);
    if (!data.type.startsWith(`${NS}:`)) return;
    const { frame, host } = known;
    let detail: { height?: number; outcome?: string } = {};
    if (kind === 'resize' && typeof data.height === 'number' && data.height > 0) {
      frame.style.height = `${Math.ceil(Math.min(data.height, 20000))}px`;
      frame.style.minHeight = '0';
      detail = { height: data.height };
    } else if (kind === 'section') {
      // Bring the new section's top into view (questions, check, result), as a page would.
      if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
    } else if (kind === 'complete' && typeof data.outcome === 'string') {
      detail = { outcome: data.outcome.slice(0, 40) };
    } else if (kind !== 'ready') {
      return;
    }
    host.dispatchEvent(new CustomEvent(data.type, { bubbles: true, detail }));
  });

  const scan = () => document.querySelectorAll<HTMLElement>(`[data-${NS}]`).forEach(place);
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', scan);
  else scan();
})();
