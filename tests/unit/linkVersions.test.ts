import { describe, expect, it } from 'vitest';
import { migratorFor } from '../../src/app/journey/linkIntake';
import { loadContent } from '../../src/content/loadFromFiles';
import { parseAnswerText, recommend } from '../../src/domain';
import { contentNext, migrationToNext, nextVersion, shippedMigrations, shippedVersion } from '../fixtures/contentNext';

const { content: next } = contentNext();
const migrate = migratorFor([...shippedMigrations(), migrationToNext], nextVersion);

describe('links made under an older content version', () => {
  it('a v1 link opens under the shipped version through its migration, and says the guidance changed', () => {
    const shipped = loadContent(shippedVersion, 'en');
    const r = parseAnswerText(
      shipped,
      '#v=1&now=hospital&next=facility&travel=regular&needs=coordination,recovery,costs,emotional&works_for=facility&family=far',
      {
        migrate: migratorFor(shippedMigrations(), shippedVersion),
      },
    );
    expect(shippedVersion).toBeGreaterThan(1);
    expect(r.versionStatus).toBe('migrated');
    expect(r.problems).toEqual([]);
    // Under v1 this was "both"; the v2 rule decides.
    expect(recommend(shipped, r.answers).outcome).toBe('case-manager');
  });

  it('a link of the shipped version opens under the next one through its migration', () => {
    const r = parseAnswerText(next, `#v=${shippedVersion}&now=home&next=home&travel=none&needs=visits&works_for=family&family=far`, {
      migrate,
    });
    expect(r.versionStatus).toBe('migrated');
    expect(r.problems).toEqual([]);
    expect(r.answers.employer).toEqual(['independent']);
    expect(r.answers.works_for).toBeUndefined();
    expect(recommend(next, r.answers).outcome).toBe('care-manager');
  });

  it('a v1 link goes through every migration in turn', () => {
    const r = parseAnswerText(next, '#v=1&now=home&works_for=family', { migrate });
    expect(r.versionStatus).toBe('migrated');
    expect(r.answers).toEqual({ now: ['home'], employer: ['independent'] });
  });

  it('a link with no migration path keeps what still fits and reports an unknown version', () => {
    const old = parseAnswerText(next, '#v=0&now=home&works_for=family', { migrate });
    expect(old.versionStatus).toBe('unknown');
    expect(old.answers).toEqual({ now: ['home'] });
    expect(old.problems).toContainEqual({ kind: 'unknown-version', version: 0 });
    const future = parseAnswerText(next, `#v=${nextVersion + 1}&now=home`, { migrate });
    expect(future.versionStatus).toBe('unknown');
    expect(future.answers).toEqual({ now: ['home'] });
  });

  it('a current link needs no migration; one without v means the current version', () => {
    expect(parseAnswerText(next, `#v=${nextVersion}&employer=independent`, { migrate }).versionStatus).toBe('current');
    expect(parseAnswerText(next, '#employer=independent', { migrate }).answers).toEqual({ employer: ['independent'] });
  });

  it('a chain with a missing step is refused', () => {
    expect(migratorFor([migrationToNext], nextVersion)(1, { now: ['home'] })).toBeNull();
  });
});
