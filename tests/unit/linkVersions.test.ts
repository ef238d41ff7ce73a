import { describe, expect, it } from 'vitest';
import { migratorFor } from '../../src/app/linkIntake';
import { parseAnswerText, recommend } from '../../src/domain';
import { contentV2, migrationV1toV2 } from '../fixtures/contentV2';

const { content: v2 } = contentV2();
const migrate = migratorFor([migrationV1toV2], 2);

describe('links made under an older content version', () => {
  it('a v1 link opens under v2 through the migration, and says the guidance changed', () => {
    const r = parseAnswerText(v2, '#v=1&now=home&next=home&travel=none&needs=visits&works_for=family&family=far', { migrate });
    expect(r.versionStatus).toBe('migrated');
    expect(r.problems).toEqual([]);
    expect(r.answers.employer).toEqual(['independent']);
    expect(r.answers.works_for).toBeUndefined();
    expect(recommend(v2, r.answers).outcome).toBe('care-manager');
  });

  it('a link with no migration path keeps what still fits and reports an unknown version', () => {
    const old = parseAnswerText(v2, '#v=0&now=home&works_for=family', { migrate });
    expect(old.versionStatus).toBe('unknown');
    expect(old.answers).toEqual({ now: ['home'] });
    expect(old.problems).toContainEqual({ kind: 'unknown-version', version: 0 });
    const future = parseAnswerText(v2, '#v=3&now=home', { migrate });
    expect(future.versionStatus).toBe('unknown');
    expect(future.answers).toEqual({ now: ['home'] });
  });

  it('a current link needs no migration; one without v means the current version', () => {
    expect(parseAnswerText(v2, '#v=2&employer=independent', { migrate }).versionStatus).toBe('current');
    expect(parseAnswerText(v2, '#employer=independent', { migrate }).answers).toEqual({ employer: ['independent'] });
  });

  it('a chain with a missing step is refused', () => {
    expect(migratorFor([migrationV1toV2], 3)(1, { now: ['home'] })).toBeNull();
  });
});
