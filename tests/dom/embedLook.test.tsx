// The embedded page's look from the agency's options: what applyLook sets on <html> is what
// src/ui/embedded.css reads (the browser test embedLook.test.ts checks the computed result).
import { afterEach, describe, expect, it } from 'vitest';
import { applyLook, parseEmbedOptions } from '../../src/app/embedOptions';

const root = document.documentElement;
const look = () => ({
  accent: root.hasAttribute('data-accent'),
  font: root.getAttribute('data-font'),
  props: Object.fromEntries(['--accent', '--on-accent', '--accent-hover', '--link'].map((p) => [p, root.style.getPropertyValue(p)])),
});

afterEach(() => {
  root.removeAttribute('data-accent');
  root.removeAttribute('data-font');
  root.removeAttribute('style');
});

describe('applyLook', () => {
  it('a dark accent goes on buttons (white text, darker on hover), borders and links', () => {
    applyLook(root, parseEmbedOptions('?accent=%236a1b9a&font=humanist'));
    expect(look()).toEqual({
      accent: true,
      font: 'humanist',
      props: { '--accent': '#6a1b9a', '--on-accent': '#fff', '--accent-hover': '#55167b', '--link': '#6a1b9a' },
    });
  });

  it('a light accent goes on buttons with dark text (lighter on hover); links keep theirs', () => {
    applyLook(root, parseEmbedOptions('?accent=%23fc0'));
    expect(look()).toEqual({
      accent: true,
      font: null,
      props: { '--accent': '#fc0', '--on-accent': '#0b0c0c', '--accent-hover': '#ffd633', '--link': '' },
    });
  });

  it('an accent no text reads well on changes nothing; nor does a bad one', () => {
    applyLook(root, parseEmbedOptions('?accent=%23777777&font=comic'));
    applyLook(root, parseEmbedOptions('?accent=blue'));
    expect(look()).toEqual({ accent: false, font: null, props: { '--accent': '', '--on-accent': '', '--accent-hover': '', '--link': '' } });
  });
});
