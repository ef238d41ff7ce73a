// A first visit loads the questionnaire; the guidance follows once the person starts (ADR 0006).
import { describe, expect, it } from 'vitest';
import { latestVersion, listVersions, loadContent } from '../../src/content/loadFromFiles';
import { joinContent, splitContent } from '../../src/content/split';
import { recommend } from '../../src/domain';
import { answersOf, journeys } from '../fixtures/journeys';

const every = listVersions().flatMap((version) => ['en', 'es'].map((locale) => ({ version, locale })));

describe('splitting content for loading', () => {
  it.each(every)('v$version $locale: the two parts join back into exactly the content', ({ version, locale }) => {
    const content = loadContent(version, locale);
    const { questionnaire, guidance } = splitContent(content);
    expect(joinContent(questionnaire, guidance)).toEqual(content);
  });

  it('the questionnaire carries no scoring, profile, outcome or result words', () => {
    const { questionnaire } = splitContent(loadContent(latestVersion(), 'en'));
    expect(Object.keys(questionnaire).sort()).toEqual(['locale', 'questions', 'reviewed', 'roles', 'ui', 'version']);
    for (const q of questionnaire.questions) {
      for (const o of q.options) expect(Object.keys(o).every((k) => ['id', 'label', 'hint'].includes(k))).toBe(true);
    }
    expect(Object.keys(questionnaire.ui)).not.toContain('check');
    expect(Object.keys(questionnaire.ui)).not.toContain('result');
    expect(Object.keys(questionnaire.ui)).not.toContain('share');
    expect(Object.keys(questionnaire.ui)).not.toContain('planner');
  });

  it.each(journeys)('$name: the joined content recommends what the files do', (j) => {
    const content = loadContent(latestVersion(), 'en');
    const joined = joinContent(splitContent(content).questionnaire, splitContent(content).guidance);
    expect(recommend(joined, answersOf(j)).outcome).toBe(j.outcome);
  });

  it('an option the guidance does not explain counts for no role, rather than breaking the result', () => {
    const content = loadContent(latestVersion(), 'en');
    const { questionnaire, guidance } = splitContent(content);
    const { now: _, ...meanings } = guidance.meanings;
    const joined = joinContent(questionnaire, { ...guidance, meanings });
    const hospital = joined.questions.find((q) => q.id === 'now')!.options.find((o) => o.id === 'hospital')!;
    expect(hospital.supports).toEqual([]);
    expect(hospital.restated).toBe(hospital.label);
  });
});
