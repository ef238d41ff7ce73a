// embed.js: the copy-paste snippet's script for agencies' websites. Tiny and dependency-free.
// It turns each <div data-care-path-wizard> into an iframe of the wizard's embedded page: the
// iframe is the privacy boundary, so the host page never sees the family's answers.
((): void => {
  const NS = 'care-path-wizard';
  const w = window as Window & { __carePathWizardEmbed?: boolean };
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script || w.__carePathWizardEmbed) return;
  w.__carePathWizardEmbed = true;
  // The wizard lives beside this script, at the site root or under a sub-path.
  const base = new URL('./', script.src);
  const frames = new Map<Window, { frame: HTMLIFrameElement; host: HTMLElement }>();
  const warn = (what: string) => console.warn(`Care Path Wizard: ${what} is not valid and was ignored.`);

  const channel = (v: string) => Math.min(255, parseInt(v.length === 1 ? v + v : v, 16)) / 255;
  const lum = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  /** White text on the accent needs 4.5:1 contrast (WCAG 1.4.3). */
  const readableAccent = (hex: string): boolean => {
    const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
    if (!m) return false;
    const d = m[1]!;
    const parts = d.length === 3 ? [...d] : [d.slice(0, 2), d.slice(2, 4), d.slice(4, 6)];
    const [r, g, b] = parts.map((p) => lum(channel(p)));
    return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05) >= 4.5;
  };

  const option = (host: HTMLElement, name: string, valid: (v: string) => boolean): string | null => {
    const v = host.getAttribute(`data-${name}`);
    if (v === null) return null;
    if (valid(v.trim())) return v.trim();
    warn(`data-${name}="${v}"`);
    return null;
  };
  // A longer address would make an iframe URL that servers refuse.
  const https = (v: string) => {
    if (v.length > 2048) return false;
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
    q.set('origin', location.origin);
    q.set('n', String(count++));
    const lang = option(host, 'lang', (v) => /^[a-z]{2}$/i.test(v));
    const accent = option(host, 'accent', readableAccent);
    const contact = option(host, 'contact', https);
    const label = option(host, 'contact-label', (v) => v.length > 0 && v.length <= 80);
    if (lang) q.set('lang', lang.toLowerCase());
    if (accent) q.set('accent', accent);
    if (option(host, 'skip-start', flag) !== null) q.set('skip_start', '1');
    if (contact) q.set('contact', contact);
    if (contact && label) q.set('contact_label', label);
    // A planner's link to this page passes its answers on, still in a fragment.
    if (option(host, 'pass-fragment', flag) !== null && location.hash) src.hash = location.hash;
    const frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = host.getAttribute('data-title') || 'Case manager or care manager? A short guide';
    frame.loading = 'lazy';
    frame.allow = 'clipboard-write';
    // Answers the website fills in travel in the frame's name: never in a URL, never to a server.
    const prefill = host.getAttribute('data-prefill');
    if (prefill) frame.name = `${NS}:prefill:${prefill.slice(0, 2000)}`;
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
    } else if (kind === 'step') {
      // Bring the new step's top into view for keyboard and screen-reader users.
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
