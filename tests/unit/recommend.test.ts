import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadFromFiles';
import type { Content } from '../../src/content/types';
import { parseAnswerText, recommend } from '../../src/domain';
import { journeys } from '../fixtures/journeys';

const content = loadContent(1, 'en');
const answers = (text: string) => parseAnswerText(content, text).answers;

describe('recommend', () => {
  it.each(journeys)('$name → $outcome', (j) => {
    const r = recommend(content, answers(j.answers));
    expect(r.outcome).toBe(j.outcome);
    expect(r.order).toEqual(j.order);
    expect(r.extras.map((e) => e.id)).toEqual(j.extras);
    expect(r.contentVersion).toBe(1);
  });

  it('in hospital and flying home with medical needs: both, the hospital case manager first, with a medical escort', () => {
    const r = recommend(content, answers('now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&family=far'));
    expect(r.outcome).toBe('both');
    expect(r.order).toEqual(['case-manager', 'care-manager']);
    expect(r.mixed).toBe(true);
    const escort = r.extras.find((e) => e.id === 'medical-escort');
    expect(escort?.text).toMatch(/nurse who travels with the patient/);
    expect(r.nextSteps.map((s) => s.id)).toContain('ask-about-escort');
  });

  it('every reason ties one given answer to a role and the duty it calls for', () => {
    const r = recommend(content, answers('now=home&next=home&travel=none&needs=medications,visits&works_for=family&family=far'));
    const home = r.reasons.find((x) => x.question === 'next' && x.answer === 'home');
    expect(home).toMatchObject({ role: 'care-manager', duty: 'home-visits' });
    expect(home?.text).toBe('You said care will mostly happen at home. Care managers visit people at home.');
    for (const reason of r.reasons) {
      expect(answers('now=home&next=home&travel=none&needs=medications,visits&works_for=family&family=far')[reason.question]).toContain(reason.answer);
      expect(content.profiles[reason.role]?.duties[reason.duty]).toBeDefined();
    }
  });

  it('scores add up the content weights of the answers given', () => {
    const r = recommend(content, answers('now=hospital&next=facility&travel=none&needs=coordination,recovery&works_for=facility&family=nearby'));
    const total = r.reasons.filter((x) => x.role === 'case-manager').reduce((sum, x) => sum + x.points, 0);
    expect(r.scores['case-manager']).toBe(total);
    expect(r.scores['care-manager']).toBe(0);
    expect(r.mixed).toBe(false);
  });

  it('ignores a follow-up answer whose question was not asked', () => {
    const withStale = recommend(content, { ...answers('now=home&next=home&travel=none&needs=visits&works_for=family&family=far'), escort: ['yes'] });
    expect(withStale.reasons.some((x) => x.question === 'escort')).toBe(false);
    expect(withStale.extras).toEqual([]);
  });

  it('does not depend on the order answers are given in', () => {
    const a = recommend(content, answers('family=far&works_for=unsure&needs=medications,coordination&escort=yes&travel=flight&next=home&now=hospital'));
    const b = recommend(content, answers('now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&family=far'));
    expect(a).toEqual(b);
  });

  it('when both roles have support, the role that fits where the person is now comes first', () => {
    for (const now of ['hospital', 'facility', 'outpatient', 'home']) {
      const r = recommend(content, answers(`now=${now}&next=mixed&travel=regular&needs=coordination,recovery,costs,visits,rights&works_for=unsure&family=far`));
      expect(r.outcome).toBe('both');
      expect(r.order[0]).toBe(content.decision.firstRole.byAnswer[now]);
    }
  });

  it('takes its weights and thresholds from content, not code', () => {
    const given = answers('now=hospital&next=home&travel=none&needs=visits&works_for=unsure&family=nearby');
    expect(recommend(content, given).outcome).toBe('both');
    const stricter: Content = { ...content, decision: { ...content.decision, supportedAt: 7 } };
    expect(recommend(stricter, given).outcome).toBe('care-manager');
  });
});
