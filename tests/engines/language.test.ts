// Spanish in every engine: chosen by a link, switched mid-way without losing answers, and
// axe-clean in both languages (lang attributes and words differ per language).
import { describe, expect, inject, it } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { OTHER_ENGINES, expectNoAxeViolations } from './support/driver';
import { answer, content as en, expectHeading, isChecked, useEngine, withTab } from './support/engines';

const es = loadContent(latestVersion(), 'es');
const lang = () => document.documentElement.lang;

describe.each(OTHER_ENGINES)('language switch in %s', (name) => {
  const engine = useEngine(name);

  it('lang=es in a link opens in Spanish; English mid-way keeps the answers, and back to Spanish', () =>
    withTab(engine, async (tab) => {
      await tab.goto(`${inject('baseUrl')}#lang=es&now=hospital&next=home`);
      await expectHeading(tab, es.ui.arrival.welcomeTitle);
      expect(await tab.evaluate(lang)).toBe('es');
      await expectNoAxeViolations(tab, 'welcome in Spanish');
      await tab.click('button', es.ui.question.continue);
      const travel = es.questions.find((q) => q.id === 'travel')!;
      await expectHeading(tab, travel.title);
      await answer(tab, 'travel', ['none'], es);
      await expectHeading(tab, es.questions.find((q) => q.id === 'needs')!.title);
      await expectNoAxeViolations(tab, 'question in Spanish');

      await tab.click('button', 'English');
      await expectHeading(tab, en.questions.find((q) => q.id === 'needs')!.title);
      expect(await tab.evaluate(lang)).toBe('en');
      await expectNoAxeViolations(tab, 'question after switching to English');
      await tab.click('button', en.ui.question.back);
      const travelEn = en.questions.find((q) => q.id === 'travel')!;
      await expectHeading(tab, travelEn.title);
      expect(await isChecked(tab, travelEn.options.find((o) => o.id === 'none')!.label)).toBe(true);

      await tab.click('button', 'Español');
      await expectHeading(tab, travel.title);
      expect(await tab.evaluate(lang)).toBe('es');
      expect(await isChecked(tab, travel.options.find((o) => o.id === 'none')!.label)).toBe(true);
    }));
});
