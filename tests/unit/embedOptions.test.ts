import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from '../../src/app/embedOptions';

describe('embed options', () => {
  it('keeps a good contact link and label, and the host origin', () => {
    const o = parseEmbedOptions('?origin=https://agency.example&contact=https://agency.example/contact&contact_label=Call%20us');
    expect(o).toMatchObject({ hostOrigin: 'https://agency.example', contact: { url: 'https://agency.example/contact', label: 'Call us' } });
  });

  it('keeps a role the agency provides, and drops any other with a warning', () => {
    const warnings: string[] = [];
    const good = parseEmbedOptions('?contact=https://agency.example/contact&contact_role=care-manager');
    expect(good.contact).toMatchObject({ role: 'care-manager' });
    const bad = parseEmbedOptions('?contact=https://agency.example/contact&contact_role=doctor', (m) => warnings.push(m));
    expect(bad.contact).toMatchObject({ url: 'https://agency.example/contact', role: null });
    expect(warnings.join()).toContain('contact_role');
  });

  it('drops a contact address longer than 2,048 characters, with a warning, as no server takes it', () => {
    const warnings: string[] = [];
    const long = `https://agency.example/${'a'.repeat(2100)}`;
    expect(parseEmbedOptions(`?contact=${long}`, (m) => warnings.push(m)).contact).toBeNull();
    expect(warnings).toHaveLength(1);
  });

  it('drops anything but https, and an origin that is not just an origin', () => {
    const warnings: string[] = [];
    const o = parseEmbedOptions('?contact=javascript:alert(1)&origin=https://a.example/path', (m) => warnings.push(m));
    expect(o.contact).toBeNull();
    expect(o.hostOrigin).toBeNull();
    expect(warnings).toHaveLength(2);
  });
});

describe('the embed protocol', () => {
  it('one contrast rule on both sides: buttons take white or dark text at 4.5:1, links the accent on white at 4.5:1', async () => {
    const { accentUse, contrast } = await import('../../src/embed/protocol');
    expect(contrast('#000', '#fff')).toBeCloseTo(21);
    expect(contrast('#777', '#fff')).toBeCloseTo(4.48, 2);
    expect(accentUse('#0b5394')).toEqual({ buttonText: '#fff', link: true });
    expect(accentUse('#595959')).toEqual({ buttonText: '#fff', link: true });
    // A light accent: fine under dark text, unreadable as a link on white.
    expect(accentUse('#f6c445')).toEqual({ buttonText: '#0b0c0c', link: false });
    expect(accentUse('#ffff00')).toEqual({ buttonText: '#0b0c0c', link: false });
    // A middle grey: neither white nor the dark text reaches 4.5:1 on it.
    expect(accentUse('#777')).toEqual({ buttonText: null, link: false });
  });

  it("the defaults the warning names are the page's own colours", async () => {
    const { DEFAULT_BUTTON, DEFAULT_LINK, TEXT } = await import('../../src/embed/protocol');
    // styles.css is a list of partials: read them in its order.
    const entry = readFileSync(new URL('../../src/ui/styles.css', import.meta.url), 'utf8');
    const css = [...entry.matchAll(/@import '([^']+)';/g)]
      .map(([, path]) => readFileSync(new URL(`../../src/ui/${path}`, import.meta.url), 'utf8'))
      .join('\n');
    expect(css).toContain(`--success: ${DEFAULT_BUTTON};`);
    expect(css).toContain(`--link: ${DEFAULT_LINK};`);
    expect(css).toContain(`--text: ${TEXT};`);
    expect(css).toMatch(/\.button \{[^}]*background: var\(--success\);/);
  });

  it('the warning names the contrast, against what, and the default kept', async () => {
    const { accentWarning } = await import('../../src/embed/protocol');
    expect(accentWarning('#0b5394')).toBeNull();
    expect(accentWarning('#f6c445')).toBe(
      'Care Path Wizard: data-accent="#f6c445" is too low in contrast against white (1.62:1; text needs 4.5:1), so links keep the default colour #1a4f9c. Buttons use it, with dark text.',
    );
    expect(accentWarning('#777')).toMatch(
      /too low in contrast against white \(4\.47:1\) and against the text colour #0b0c0c \(4\.\d+:1; text needs 4\.5:1\), so buttons keep the default #00703c and links the default #1a4f9c\.$/,
    );
  });
});

describe('the look an agency chooses', () => {
  it('keeps a low-contrast accent for what it suits, and says so once', () => {
    const warnings: string[] = [];
    expect(parseEmbedOptions('?accent=%23f6c445', (m) => warnings.push(m)).accent).toBe('#f6c445');
    expect(warnings).toEqual([expect.stringContaining('data-accent="#f6c445" is too low in contrast against white')]);
  });

  it('reads a well-formed accent and a known font name; anything else is dropped with a warning', () => {
    const warnings: string[] = [];
    expect(parseEmbedOptions('?accent=%23F6C445&font=Serif')).toMatchObject({ accent: '#F6C445', font: 'serif' });
    const o = parseEmbedOptions('?accent=red&font=comic-sans', (m) => warnings.push(m));
    expect(o).toMatchObject({ accent: null, font: null });
    expect(warnings).toEqual([
      'Care Path Wizard: the accent option "red" is not valid and was ignored.',
      'Care Path Wizard: the font option "comic-sans" is not valid and was ignored.',
    ]);
  });
});
