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

  it('an independent advocate for someone in the hospital: alone when a facility comes next, with the hospital’s team first when they go home', () => {
    const toFacility = recommend(
      content,
      answers('now=hospital&next=facility&travel=none&needs=rights,insurance&works_for=family&pay=yes&family=far'),
    );
    expect(toFacility.outcome).toBe('care-manager');
    // Leaving the hospital for home: the discharge is the hospital team's own work (decision.second).
    const home = recommend(
      content,
      answers('now=hospital&next=home&travel=none&needs=rights,insurance&works_for=family&pay=yes&family=far'),
    );
    expect(home).toMatchObject({ outcome: 'both', order: ['case-manager', 'care-manager'] });
    expect(home.scores['care-manager']).toBeGreaterThan(2 * home.scores['case-manager']!);
  });

  it('at home, coordination, recovery and costs with facility staff is a case manager alone', () => {
    const r = recommend(
      content,
      answers('now=home&next=home&travel=none&needs=coordination,recovery,costs&works_for=facility&family=nearby'),
    );
    expect(r.outcome).toBe('case-manager');
    expect(r.nextSteps.map((s) => s.id)).toContain('ask-doctor-or-plan');
    expect(r.nextSteps.map((s) => s.id)).not.toContain('ask-hospital-team');
  });

  it('few answers that count give a lean, not a verdict', () => {
    const r = recommend(content, answers('now=outpatient&next=unsure&travel=unsure&needs=costs&works_for=unsure&family=nearby'));
    expect(r).toMatchObject({ outcome: 'case-manager', evidence: 'few' });
    expect(r.headline.heading).toBe('Your answers lean toward a case manager');
    expect(r.headline.why).not.toMatch(/most of your answers/i);
  });

  it('a near tie gives a lean', () => {
    const tie = recommend(
      content,
      answers('now=home&next=unsure&travel=none&needs=coordination&works_for=unsure&pay=unsure&family=nearby'),
    );
    expect(tie.scores).toEqual({ 'case-manager': 1, 'care-manager': 1 });
    expect(tie.outcome).toBe('care-manager');
    // A tie is decided by which role comes first, so it is never "slightly more" (issue 21).
    expect(tie.evidence).toBe('tie');
    expect(tie.headline.why).toMatch(/equally/);
    expect(tie.headline.why).not.toMatch(/slightly more/);
    const close = recommend(
      content,
      answers('now=outpatient&next=home&travel=none&needs=insurance&works_for=unsure&pay=unsure&family=nearby'),
    );
    expect(close.scores).toEqual({ 'case-manager': 3, 'care-manager': 2 });
    expect(close).toMatchObject({ outcome: 'case-manager', evidence: 'close' });
    expect(close.headline.heading).toBe('Your answers lean toward a case manager');
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

  it('when both fit, the role needed first comes first: the hospital team before the trip home, a care manager first for someone at home', () => {
    const hospital = recommend(content, answers(P3));
    expect(hospital).toMatchObject({ outcome: 'both', order: ['case-manager', 'care-manager'] });
    // At home the case manager's points lead; medicines at home with family far away earn a care manager, who comes first at home.
    const home = recommend(
      content,
      answers(
        'now=home&next=home&travel=none&needs=costs,recovery,coordination,emotional,medications&works_for=unsure&pay=unsure&family=far',
      ),
    );
    expect(home.scores['case-manager']!).toBeGreaterThan(home.scores['care-manager']!);
    expect(home).toMatchObject({ outcome: 'both', order: ['care-manager', 'case-manager'] });
    expect(home.orderText?.text).not.toMatch(/admitted/);
  });

  it('a second role only for work of its own: never for the setting alone, never a private care manager when money is tight or facility staff was chosen', () => {
    // Leaving the hospital with a flight and a nurse on board: both.
    expect(recommend(content, answers(P3)).outcome).toBe('both');
    // The same, but the family chose the facility's staff, or cannot pay: the case manager alone.
    const staff = recommend(content, answers(P3.replace('works_for=unsure', 'works_for=facility')));
    expect(staff.outcome).toBe('case-manager');
    const tight = recommend(content, answers(`${P3}&pay=no`));
    expect(tight.outcome).toBe('case-manager');
    // In a facility and staying: no discharge to plan, so no second role from the setting.
    const staying = recommend(
      content,
      answers('now=facility&next=facility&travel=none&needs=rights,visits&works_for=family&pay=yes&family=far'),
    );
    expect(staying.outcome).toBe('care-manager');
  });

  it('takes its weights and thresholds from content, not code', () => {
    const given = answers(P3);
    expect(recommend(content, given).outcome).toBe('both');
    const second = content.decision.second!;
    // The care manager leads on points; the hospital's team is the second role, earned by the discharge home.
    expect(recommend(content, given).scores['care-manager']!).toBeGreaterThan(recommend(content, given).scores['case-manager']!);
    const stricter: Content = { ...content, decision: { ...content.decision, second: { ...second, atLeast: 99 } } };
    expect(recommend(stricter, given).outcome).toBe('care-manager');
    const noDischargeRule: Content = {
      ...content,
      decision: { ...content.decision, second: { ...second, rules: second.rules.filter((r) => r.role !== 'case-manager') } },
    };
    expect(recommend(noDischargeRule, given).outcome).toBe('care-manager');
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
