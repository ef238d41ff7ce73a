import { describe, expect, it } from 'vitest';
import { migrateAnswers, migrateAnswersThrough, type Migration } from '../../src/content/migrate';

const v2: Migration = {
  from: 1,
  questions: {
    travel: { id: 'journey', options: { flight: 'plane', regular: 'trips' } },
    escort: null,
    needs: { options: { visits: 'home-visits', emotional: null, costs: 'money', insurance: 'money' } },
  },
};

describe('migrateAnswers', () => {
  it('renames questions and options, keeps what is not listed, drops what maps to null', () => {
    expect(
      migrateAnswers(v2, {
        now: ['hospital'],
        travel: ['flight'],
        escort: ['yes'],
        needs: ['coordination', 'visits', 'emotional'],
      }),
    ).toEqual({ now: ['hospital'], journey: ['plane'], needs: ['coordination', 'home-visits'] });
  });

  it('merges two old options that become one, without repeats', () => {
    expect(migrateAnswers(v2, { needs: ['costs', 'insurance'] })).toEqual({ needs: ['money'] });
  });

  it('drops a question whose every answer is dropped, and skips missing answers', () => {
    expect(migrateAnswers(v2, { needs: ['emotional'], family: undefined })).toEqual({});
  });

  it('passes unknown ids through for the link reader to report, and treats "__proto__" as a plain key', () => {
    const out = migrateAnswers(v2, { moon: ['full'], __proto__: ['x'] } as never);
    expect(out).toEqual({ moon: ['full'] });
    expect(migrateAnswers(v2, JSON.parse('{"__proto__": ["x"]}'))).toEqual(JSON.parse('{"__proto__": ["x"]}'));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('does not change its input', () => {
    const answers = { travel: ['flight'] };
    migrateAnswers(v2, answers);
    expect(answers).toEqual({ travel: ['flight'] });
  });

  it('applies several versions in turn', () => {
    const v3: Migration = { from: 2, questions: { journey: { options: { plane: 'air' } } } };
    expect(migrateAnswersThrough([v2, v3], { travel: ['flight'], now: ['home'] })).toEqual({ journey: ['air'], now: ['home'] });
    expect(migrateAnswersThrough([], { now: ['home'], next: undefined })).toEqual({ now: ['home'] });
  });
});
