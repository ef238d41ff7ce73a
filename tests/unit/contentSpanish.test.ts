// Spanish has the same ids and scoring as English: the recommendation never depends on the language.
import { describe, expect, it } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { parseAnswerText, recommend } from '../../src/domain';
import { journeys } from '../fixtures/journeys';

const en = loadContent(latestVersion(), 'en');
const es = loadContent(latestVersion(), 'es');
/** What a recommendation decides, without its words. */
const decision = (r: ReturnType<typeof recommend>) => ({
  outcome: r.outcome,
  order: r.order,
  scores: r.scores,
  mixed: r.mixed,
  reasons: r.reasons.map(({ question, answer, role, duty, points }) => ({ question, answer, role, duty, points })),
  extras: r.extras.map((e) => e.id),
  nextSteps: r.nextSteps.map((s) => s.id),
});

describe('Spanish content', () => {
  it('loads, and says it is Spanish', () => {
    expect(es.locale).toBe('es');
    expect(es.ui.lang).toBe('es');
  });

  it.each(journeys)('$name: recommends exactly what English does', (j) => {
    const answers = parseAnswerText(en, j.answers).answers;
    expect(parseAnswerText(es, j.answers).answers).toEqual(answers);
    const r = recommend(es, answers);
    expect(r.outcome).toBe(j.outcome);
    expect(r.order).toEqual(j.order);
    expect(decision(r)).toEqual(decision(recommend(en, answers)));
  });

  it('has the same questions and options, in the same order', () => {
    const ids = (c: typeof en) => c.questions.map((q) => [q.id, q.kind, q.options.map((o) => o.id)]);
    expect(ids(es)).toEqual(ids(en));
  });

  it('uses the terms families search for, keeps ACMA and ALCA by name, and gives no prices', () => {
    const text = JSON.stringify(es);
    for (const term of [
      'administrador de casos',
      'gestor de cuidados',
      'gerente de cuidado geriátrico',
      'American Case Management Association',
      'Aging Life Care Association',
    ]) {
      expect(text).toContain(term);
    }
    expect(text).not.toMatch(/\$\s?\d|\d\s?(dólares|USD)/);
    expect(es.ui.result.reason).toContain('{answer}');
  });
});
