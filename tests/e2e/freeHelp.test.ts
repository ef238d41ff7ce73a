// The free and public help on the result, as a family taps it: for each route, in English and
// Spanish, every phone number and site it names is a link whose target is exactly what content
// says (tel: and https: values; nothing is fetched), and the words with no link are on the page.
// Screenshots of three routes go to test-results/free-help/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { parseAnswerText, recommend } from '../../src/domain';
import { freeHelpRoutes } from '../fixtures/freeHelpRoutes';
import { test } from './support/fixture';

const shots = join(import.meta.dirname, '../../test-results/free-help');
const LINK = /\[([^\]]+)\]\(([^)]+)\)/g;

describe.each(['en', 'es'])('free help on the result (%s)', (lang) => {
  const words = loadContent(latestVersion(), lang);
  test.for(freeHelpRoutes)('%s: its links and words as written', async ([route, shows], { openPage }) => {
    const page = await openPage({ width: 390, height: 844 });
    // A shared link opens straight on the result.
    await page.goto(`${inject('baseUrl')}#${shows}&lang=${lang}&shared=1`);
    await page.locator('.now-steps').waitFor();
    // "What to do now" shows the whole step; "Other free help" its one line (the domain says which).
    const r = recommend(words, parseAnswerText(words, shows).answers);
    const text = [...r.nextSteps, ...r.otherHelp].find((s) => s.id === route)!.text;
    const links = [...text.matchAll(LINK)].map(([, label, href]) => ({ label, href }));
    const onPage = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.now-steps a, .other-help a')].map((a) => ({
        label: a.textContent,
        href: a.getAttribute('href'),
      })),
    );
    for (const link of links) expect(onPage).toContainEqual(link);
    for (const link of links) expect(link.href).toMatch(/^(tel:\+1\d{10}|https:\/\/[a-z0-9.-]+\/[^\s]*)$/);
    // The words around the links, as the family reads them.
    const plain = text.replace(LINK, '$1').replace(/\s+/g, ' ');
    const shown = (await page.locator('.now-steps, .other-help').allInnerTexts()).join(' ').replace(/\s+/g, ' ');
    expect(shown).toContain(plain);
    if (['fast-appeal', 'local-help-home', 'medicaid-hcbs'].includes(route)) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, `${route}-${lang}.png`), fullPage: true });
    }
    expect(page.errors).toEqual([]);
  });
});
