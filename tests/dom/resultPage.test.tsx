// The result screen shows the page model and nothing else (issue 21): for every journey fixture,
// in English and Spanish, opened as a family opens a shared link, every text of the domain's
// `resultPage` is on the screen, and once they are taken away no word is left. The share and
// restart controls' words are the model's too: the ones a press brings are checked after it.
import { fireEvent, screen, within } from '@testing-library/react';
import es from 'virtual:care-path-content/es';
import esGuidance from 'virtual:care-path-guidance/es';
import { afterEach, describe, expect, it } from 'vitest';
import { joinContent } from '../../src/content/split';
import { pageTexts, parseAnswerText, resultPage } from '../../src/domain';
import { journeys } from '../fixtures/journeys';
import { content, renderWizard } from './renderWizard';

const LINK = /\[([^\]]+)\]\([^)]+\)/g;
const longDate = (locale: string, date: Date, timeZone?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);

const byLang = { en: content, es: joinContent(es, esGuidance) };

// Each journey opens on a fresh device: no answers saved by the one before.
afterEach(() => sessionStorage.clear());

describe.each(['en', 'es'] as const)('the result screen in %s shows the page model, word for word', (lang) => {
  const words = byLang[lang];
  it.each(journeys.map((j) => [j.name, j.answers] as const))('%s', async (_, answers) => {
    window.history.replaceState(null, '', `/#${answers}&shared=1`);
    // The app starts in the family's language (src/app/start/chooseLocale.ts); here, by its content.
    const { container } = renderWizard({ content: words });
    await screen.findByText(words.ui.share.sharedNote);
    const result = await (async () => {
      for (let i = 0; i < 50 && !container.querySelector('.result'); i++) await new Promise((r) => setTimeout(r, 20));
      return container.querySelector<HTMLElement>('.result')!;
    })();
    const page = resultPage(words, parseAnswerText(words, answers).answers, {
      today: longDate(lang, new Date()),
      reviewed: longDate(lang, new Date(`${words.reviewed}T12:00:00Z`), 'UTC'),
      sharedWithYou: true,
    });
    // What a press brings (jsdom has no share sheet: the copy button shows, not the share one).
    const afterPress = new Set([
      page.share.button,
      page.share.copied,
      page.share.failed,
      page.share.fieldLabel,
      page.restart.confirm,
      page.restart.yes,
      page.restart.no,
    ]);
    const shown = result.cloneNode(true) as HTMLElement;
    // The printed link is an address, not words.
    for (const el of shown.querySelectorAll('.breakable-link')) el.remove();
    // What a reader meets: the text, and the names given to images (the QR code).
    let rest = [shown.textContent ?? '', ...[...shown.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))].join(' ');
    const texts = pageTexts(page)
      .filter((t) => !afterPress.has(t))
      .map((t) => t.text.replace(LINK, '$1'))
      .sort((a, b) => b.length - a.length);
    for (const text of texts) {
      expect(rest, text).toContain(text);
      rest = rest.replace(text, ' ');
    }
    // What is left is punctuation between texts: "·", ":", "(", ")".
    expect(rest.replace(/[\s:·()]/g, '')).toBe('');

    // Copying says how it went in the model's words; "Start again" asks in them.
    const share = within(result.querySelector<HTMLElement>('.share')!);
    fireEvent.click(share.getByRole('button', { name: page.share.copyButton.text }));
    await share.findByText((text) => text === page.share.copied.text || text === page.share.failed.text);
    fireEvent.click(within(result).getByRole('button', { name: page.restart.button.text }));
    expect(within(result).getByText(page.restart.confirm.text)).toBeTruthy();
    expect(within(result).getByRole('button', { name: page.restart.yes.text })).toBeTruthy();
    expect(within(result).getByRole('button', { name: page.restart.no.text })).toBeTruthy();
  });
});
