// The free and public help a family is entitled to (shared/design/domain.md, "Free and public
// help, by situation"; issue 23): each route is shown exactly where its facts hold. For each,
// one answer set that must show it and one that must not; content:check proves the rest over
// every answer set and prints how many show each.
import { describe, expect, it } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { NOW_AT_MOST, parseAnswerText, recommend } from '../../src/domain';
import { freeHelpRoutes as routes } from '../fixtures/freeHelpRoutes';

const content = loadContent(latestVersion(), 'en');
const shown = (text: string) => {
  const r = recommend(content, parseAnswerText(content, text).answers);
  return { now: r.nextSteps.map((s) => s.id), other: r.otherHelp.map((s) => s.id), all: [...r.nextSteps, ...r.otherHelp].map((s) => s.id) };
};

describe('free and public help', () => {
  it.each(routes)('%s shows where its facts hold and nowhere else', (route, shows, hides) => {
    expect(shown(shows).all).toContain(route);
    expect(shown(hides).all).not.toContain(route);
  });

  it('a family at home with costs as the only need, nobody around, and a care manager ahead sees free help first, not only a directory', () => {
    // The review's case: before, only a private-pay directory (aginglifecare.org).
    const r = shown('now=home&next=home&travel=none&needs=costs&works_for=unsure&pay=no&family=none');
    expect(r.now).toContain('local-help-home');
    expect(r.all).toEqual(expect.arrayContaining(['medicaid-hcbs', 'plan-case-managers', 'benefits-checkup']));
    expect(r.all).not.toContain('search-alca');
  });

  it('a discharge-day right comes before a directory, and "What to do now" keeps at most three', () => {
    const r = shown('now=hospital&next=home&travel=none&needs=rights,visits,insurance&works_for=family&pay=yes&family=far');
    expect(r.now).toHaveLength(NOW_AT_MOST);
    expect(r.now.indexOf('fast-appeal')).toBeLessThan(r.all.indexOf('search-alca'));
    expect(r.now[0]).toBe('ask-hospital-team');
    // Each recommended role keeps a step of its own in "What to do now".
    expect(r.now).toEqual(expect.arrayContaining(['ask-hospital-team', 'search-alca']));
    expect(r.other).toEqual(expect.arrayContaining(['local-help-home', 'ship-medicare']));
  });

  it('every family at home, or going home, sees a free place to start, whatever the outcome', () => {
    for (const text of [
      'now=home&next=home&travel=none&needs=visits&works_for=family&pay=yes&family=far',
      'now=home&next=home&travel=none&needs=coordination&works_for=facility&family=nearby',
      'now=hospital&next=home&travel=none&needs=coordination&works_for=facility&family=nearby',
    ]) {
      const r = shown(text);
      expect(
        r.all.some((id) => ['local-help-home', 'ask-doctor-or-plan'].includes(id)),
        text,
      ).toBe(true);
      expect(r.all).toContain('local-help-home');
    }
  });
});
