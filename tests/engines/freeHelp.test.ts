// Free and public help on a phone-sized result in Firefox and WebKit (Safari's above all): the
// phone numbers and sites a route names are links to exactly what content says, each phone
// number a target an older hand can tap (44 px), and the page passes axe. Three routes, in
// English and Spanish; screenshots go to test-results/free-help/ for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { parseAnswerText, recommend } from '../../src/domain';
import { freeHelpRoutes } from '../fixtures/freeHelpRoutes';
import { OTHER_ENGINES, expectNoAxeViolations, waitFor } from './support/driver';
import { useEngine, withTab } from './support/engines';

const shots = join(import.meta.dirname, '../../test-results/free-help');
const LINK = /\[([^\]]+)\]\(([^)]+)\)/g;
// One route in the hospital, one at home for a family that can pay, one for a family that cannot.
const ROUTES = ['fast-appeal', 'local-help-home', 'medicaid-hcbs'];

// Chromium runs every route in both languages in tests/e2e/freeHelp.test.ts, and its tap sizes
// and axe in tests/e2e/result.test.ts: here, the other two engines.
describe.each(OTHER_ENGINES)('free help on the result in %s', (name) => {
  const engine = useEngine(name);

  it('each route’s phone numbers and sites are links to what content says, tappable, in English and Spanish', async () => {
    for (const lang of ['en', 'es']) {
      const words = loadContent(latestVersion(), lang);
      for (const [route, shows] of freeHelpRoutes.filter(([r]) => ROUTES.includes(r))) {
        // A fresh tab each time: a second link in the same tab would meet the first one's answers.
        await withTab(
          engine,
          async (tab) => {
            await tab.goto(`${inject('baseUrl')}#${shows}&lang=${lang}&shared=1`);
            await waitFor(tab, 'the result', () => document.querySelector('.now-steps') !== null);
            const r = recommend(words, parseAnswerText(words, shows).answers);
            const text = [...r.nextSteps, ...r.otherHelp].find((s) => s.id === route)!.text;
            const links = [...text.matchAll(LINK)].map(([, label, href]) => ({ label, href }));
            const onPage = await tab.evaluate(() =>
              Array.from(document.querySelectorAll<HTMLAnchorElement>('.now-steps a, .other-help a')).map((a) => {
                const box = a.getBoundingClientRect();
                return { label: a.textContent, href: a.getAttribute('href'), width: box.width, height: box.height };
              }),
            );
            for (const link of links) expect(onPage.map(({ label, href }) => ({ label, href }))).toContainEqual(link);
            for (const tel of onPage.filter((a) => a.href?.startsWith('tel:'))) {
              expect(tel.height, `${route} ${lang}: ${tel.label}`).toBeGreaterThanOrEqual(44);
              expect(tel.width, `${route} ${lang}: ${tel.label}`).toBeGreaterThanOrEqual(44);
            }
            await expectNoAxeViolations(tab, `${route} (${lang})`);
            mkdirSync(shots, { recursive: true });
            for (const part of ['now-steps', 'other-help']) {
              await tab.evaluate((c: string) => document.querySelector(`.${c}`)?.scrollIntoView(), part);
              writeFileSync(join(shots, `${name}-${route}-${lang}-${part}.png`), await tab.screenshot());
            }
          },
          { width: 390, height: 844 },
        );
      }
    }
  });
});
