import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from '../../src/app/embedOptions';

describe('embed options', () => {
  it('keeps a good contact link and label, and the host origin', () => {
    const o = parseEmbedOptions('?origin=https://agency.example&contact=https://agency.example/contact&contact_label=Call%20us');
    expect(o).toMatchObject({ hostOrigin: 'https://agency.example', contact: { url: 'https://agency.example/contact', label: 'Call us' } });
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
  it('one contrast rule on both sides: white text on the accent at 4.5:1 or more', async () => {
    const { readableAccent } = await import('../../src/embed/protocol');
    expect(readableAccent('#0b5394')).toBe(true);
    expect(readableAccent('#ffff00')).toBe(false);
    expect(readableAccent('#777')).toBe(false);
    expect(readableAccent('#595959')).toBe(true);
    expect(readableAccent('red')).toBe(false);
  });
});
