import { describe, expect, it } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import type { Content } from '../../src/content/types';
import { parseAnswerText, recommend } from '../../src/domain';
import { journeys } from '../fixtures/journeys';

const content = loadContent(latestVersion(), 'en');
const answers = (text: string) => parseAnswerText(content, text).answers;
const P1 = 'now=hospital&next=facility&travel=none&needs=coordination,recovery&works_for=facility&family=nearby';
const P2 = 'now=home&next=home&travel=none&needs=medications,visits&works_for=family&family=far';
const P3 = 'now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&family=far';

describe('recommend', () => {
  it.each(journeys)('$name → $outcome', (j) => {
    const r = recommend(content, answers(j.answers));
    expect(r.outcome).toBe(j.outcome);
    expect(r.order).toEqual(j.order);
    expect(r.extras.map((e) => e.id)).toEqual(j.extras);
    expect(r.contentVersion).toBe(content.version);
  });

  it('the three published rows: P1 a case manager, P2 a care manager, P3 both with the case manager first and a medical escort', () => {
    expect(recommend(content, answers(P1))).toMatchObject({ outcome: 'case-manager', order: ['case-manager'], evidence: 'clear' });
    expect(recommend(content, answers(P2))).toMatchObject({ outcome: 'care-manager', order: ['care-manager'], evidence: 'clear' });
    const p3 = recommend(content, answers(P3));
    expect(p3).toMatchObject({ outcome: 'both', order: ['case-manager', 'care-manager'] });
    expect(p3.extras.find((e) => e.id === 'medical-escort')?.text).toMatch(/nurse who travels with the patient/);
    expect(p3.orderText?.text).toMatch(/^Start with the hospital's case management/);
  });

  it("in a facility, one more point for the care manager no longer makes it both (the issue's 18 to 4)", () => {
    const r = recommend(
      content,
      answers('now=facility&next=facility&travel=regular&needs=coordination,recovery,costs,emotional&works_for=facility&family=far'),
    );
    expect(r.outcome).toBe('case-manager');
    expect(r.headline.why).toMatch(/the facility's case manager/);
  });

  it('in the hospital, an independent advocate for rights and insurance with family far away is a care manager alone', () => {
    const r = recommend(content, answers('now=hospital&next=home&travel=none&needs=rights,insurance&works_for=family&family=far'));
    expect(r.outcome).toBe('care-manager');
  });

  it('at home, coordination, recovery and costs with facility staff is a case manager alone', () => {
    const r = recommend(
      content,
      answers('now=home&next=home&travel=none&needs=coordination,recovery,costs&works_for=facility&family=nearby'),
    );
    expect(r.outcome).toBe('case-manager');
    expect(r.nextSteps.map((s) => s.id)).toContain('ask-doctor-or-aaa');
    expect(r.nextSteps.map((s) => s.id)).not.toContain('ask-hospital-team');
  });

  it('few answers that count give a lean, not a verdict', () => {
    const r = recommend(content, answers('now=outpatient&next=unsure&travel=unsure&needs=costs&works_for=unsure&family=nearby'));
    expect(r).toMatchObject({ outcome: 'case-manager', evidence: 'few' });
    expect(r.headline.heading).toBe('Your answers lean toward a case manager');
    expect(r.headline.why).not.toMatch(/most of your answers/i);
  });

  it('a near tie gives a lean', () => {
    const r = recommend(content, answers('now=home&next=unsure&travel=none&needs=coordination&works_for=unsure&family=nearby'));
    expect(r.scores).toEqual({ 'case-manager': 3, 'care-manager': 1 });
    expect(r.evidence).toBe('few');
    const close = recommend(content, answers('now=outpatient&next=home&travel=none&needs=insurance&works_for=unsure&family=nearby'));
    expect(close.scores).toEqual({ 'case-manager': 3, 'care-manager': 4 });
    expect(close).toMatchObject({ outcome: 'care-manager', evidence: 'close' });
    expect(close.headline.heading).toBe('Your answers lean toward a care manager');
  });

  it('says nothing about flying home after a stay to someone at home, and no flight advice without a flight', () => {
    const home = recommend(content, answers('now=home&next=home&travel=flight&escort=no&needs=visits&works_for=family&family=far'));
    expect(home.extras.map((e) => e.id)).toEqual(['flight-planning']);
    expect(JSON.stringify(home)).not.toMatch(/after a stay|hospital stay/);
    const none = recommend(content, answers(P2));
    expect(JSON.stringify(none.extras) + JSON.stringify(none.nextSteps)).not.toMatch(/flight|escort/i);
  });

  it('no reason about visits at home when nobody is around but care stays in a facility', () => {
    const r = recommend(content, answers('now=hospital&next=facility&travel=none&needs=coordination&works_for=unsure&family=none'));
    expect(r.reasons.some((x) => x.question === 'family')).toBe(false);
    expect(r.scores['care-manager']).toBe(0);
  });

  it('never says the care manager works for the family when the family chose facility staff', () => {
    const r = recommend(content, answers('now=home&next=home&travel=none&needs=visits,medications,rights&works_for=facility&family=none'));
    expect(r.reasons.filter((x) => x.duty === 'employer').map((x) => x.role)).toEqual(['case-manager']);
  });

  it('every reason ties one given answer to a role and the duty it calls for', () => {
    const r = recommend(content, answers(P2));
    const home = r.reasons.find((x) => x.question === 'next' && x.answer === 'home');
    expect(home).toMatchObject({ role: 'care-manager', duty: 'home-visits' });
    expect(home?.text).toBe('You said care will mostly happen at home. Care managers visit people at home.');
    for (const reason of r.reasons) {
      expect(answers(P2)[reason.question]).toContain(reason.answer);
      expect(content.profiles[reason.role]?.duties[reason.duty]).toBeDefined();
    }
  });

  it('scores add up the content weights of the answers given', () => {
    const r = recommend(content, answers(P1));
    const total = r.reasons.filter((x) => x.role === 'case-manager').reduce((sum, x) => sum + x.points, 0);
    expect(r.scores['case-manager']).toBe(total);
    expect(r.scores['care-manager']).toBe(0);
    expect(r.mixed).toBe(false);
  });

  it('ignores a follow-up answer whose question was not asked', () => {
    const withStale = recommend(content, {
      ...answers('now=home&next=home&travel=none&needs=visits&works_for=family&family=far'),
      escort: ['yes'],
    });
    expect(withStale.reasons.some((x) => x.question === 'escort')).toBe(false);
    expect(withStale.extras).toEqual([]);
  });

  it('does not depend on the order answers are given in', () => {
    const a = recommend(
      content,
      answers('family=far&works_for=unsure&needs=medications,coordination&escort=yes&travel=flight&next=home&now=hospital'),
    );
    expect(a).toEqual(recommend(content, answers(P3)));
  });

  it('when both fit, the role needed first comes first: the facility team for someone in one, a care manager for someone at home', () => {
    const both = (now: string, next: string) =>
      recommend(
        content,
        answers(`now=${now}&next=${next}&travel=regular&needs=coordination,recovery,costs,visits,rights&works_for=unsure&family=far`),
      );
    for (const now of ['hospital', 'facility', 'outpatient']) {
      expect(both(now, 'mixed')).toMatchObject({ outcome: 'both', order: ['case-manager', 'care-manager'] });
    }
    const moving = both('home', 'facility');
    expect(moving).toMatchObject({ outcome: 'both', order: ['care-manager', 'case-manager'] });
    expect(moving.orderText?.text).toMatch(/Once the person is admitted/);
    const staying = both('home', 'home');
    expect(staying.order[0]).toBe('care-manager');
    expect(staying.orderText?.text).not.toMatch(/admitted/);
  });

  it("never both when one role has more than twice the other's support, nor from the setting alone", () => {
    const strong = recommend(
      content,
      answers('now=hospital&next=home&travel=flight&escort=yes&needs=medications,visits,rights,insurance&works_for=family&family=far'),
    );
    expect(strong.scores['care-manager']).toBeGreaterThan(2 * strong.scores['case-manager']!);
    expect(strong.outcome).toBe('care-manager');
    // 6 points for the case manager, all from where the person is and will be.
    const setting = recommend(
      content,
      answers('now=hospital&next=facility&travel=regular&needs=rights,insurance&works_for=unsure&family=far'),
    );
    expect(setting.scores).toEqual({ 'case-manager': 6, 'care-manager': 7 });
    expect(setting.outcome).toBe('care-manager');
  });

  it('takes its weights and thresholds from content, not code', () => {
    const given = answers(P3);
    expect(recommend(content, given).outcome).toBe('both');
    const stricter: Content = { ...content, decision: { ...content.decision, both: { ...content.decision.both, atLeast: 8 } } };
    expect(recommend(stricter, given).outcome).toBe('case-manager');
  });

  it('reads version 1 with the rule it was published with (both at 4 points each, ordered by now)', () => {
    const v1 = loadContent(1, 'en');
    const r = recommend(
      v1,
      parseAnswerText(
        v1,
        'now=facility&next=facility&travel=regular&needs=coordination,recovery,costs,emotional&works_for=facility&family=far',
      ).answers,
    );
    expect(r).toMatchObject({ outcome: 'both', scores: { 'case-manager': 18, 'care-manager': 4 }, evidence: 'clear' });
  });
});
