// An agency that provides a role (data-contact-role) puts its contact among "What to do now" when
// the outcome includes that role, never above a hospital-day step a family needs first (issue 24).
import { describe, expect, it } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { agencyContactAt, parseAnswerText, recommend } from '../../src/domain';

const content = loadContent(latestVersion(), 'en');
const resultOf = (text: string) => recommend(content, parseAnswerText(content, text).answers);
const urgencyOf = (id: string) => content.nextSteps.find((s) => s.id === id)!.urgency;

describe("an agency's contact in What to do now", () => {
  it('leads the steps at home when the outcome includes its role', () => {
    const r = resultOf('now=home&next=home&travel=none&needs=visits,medications&works_for=family&pay=yes&family=far');
    expect(r.order).toContain('care-manager');
    expect(agencyContactAt(content, r, 'care-manager')).toBe(0);
  });

  it('comes after every step more urgent than content says (the hospital-day steps), and before the rest', () => {
    const r = resultOf('now=hospital&next=home&travel=flight&escort=yes&needs=rights,visits&works_for=family&pay=yes&family=far');
    expect(r.order).toContain('care-manager');
    const at = agencyContactAt(content, r, 'care-manager')!;
    expect(at).toBeGreaterThan(0);
    for (const s of r.nextSteps.slice(0, at)) expect(urgencyOf(s.id)).toBeLessThanOrEqual(content.agencyContactUrgency!);
    for (const s of r.nextSteps.slice(at)) expect(urgencyOf(s.id)).toBeGreaterThan(content.agencyContactUrgency!);
  });

  it('stays after the steps when its role is not in the outcome, or no role was given', () => {
    const r = resultOf('now=hospital&next=facility&travel=none&needs=coordination&works_for=facility&family=nearby');
    expect(r.order).toEqual(['case-manager']);
    expect(agencyContactAt(content, r, 'care-manager')).toBeNull();
    expect(agencyContactAt(content, r, null)).toBeNull();
    expect(agencyContactAt(content, r, 'case-manager')).not.toBeNull();
  });
});
