// The build sends a language's content in two parts (ADR 0006): the questionnaire, which a
// first visit loads, and the guidance, which loads once the person starts. Only this file
// knows where the line runs; `joinContent(splitContent(c))` gives back `c`, which a test proves.
import type { Content, Guidance, GuidanceUiKey, Questionnaire, QuestionnaireUi, UiStrings } from './types';

// `pending` is written into the prerendered start page at build time (src/app/prerender.tsx):
// the running app never needs it, so it rides with the guidance, off the first visit.
const GUIDANCE_UI: readonly GuidanceUiKey[] = ['check', 'result', 'share', 'code', 'planner', 'arrival', 'prefill', 'update', 'pending'];

export function splitContent(content: Content): { questionnaire: Questionnaire; guidance: Guidance } {
  // Whatever a first visit does not ask with is guidance: the rest of the content, whole.
  const { version, reviewed, locale, roles, questions, ui, ...rest } = content;
  const askedUi = Object.fromEntries(Object.entries(ui).filter(([k]) => !GUIDANCE_UI.includes(k as GuidanceUiKey)));
  const guidanceUi = Object.fromEntries(GUIDANCE_UI.map((k) => [k, ui[k]]));
  return {
    questionnaire: {
      version,
      reviewed,
      locale,
      roles,
      questions: questions.map(({ options, ...q }) => ({
        ...q,
        options: options.map(({ restated: _s, supports: _p, ...asked }) => asked),
      })),
      ui: askedUi as QuestionnaireUi,
    },
    guidance: {
      meanings: Object.fromEntries(
        questions.map((q) => [q.id, Object.fromEntries(q.options.map((o) => [o.id, { restated: o.restated, supports: o.supports }]))]),
      ),
      ...rest,
      ui: guidanceUi as Guidance['ui'],
    },
  };
}

/** The full content again; an option the guidance does not explain counts for no role. */
export function joinContent(questionnaire: Questionnaire, guidance: Guidance): Content {
  const { meanings, ui, ...rest } = guidance;
  return {
    ...questionnaire,
    ...rest,
    questions: questionnaire.questions.map((q) => ({
      ...q,
      options: q.options.map((o) => ({
        ...o,
        restated: meanings[q.id]?.[o.id]?.restated ?? o.label,
        supports: meanings[q.id]?.[o.id]?.supports ?? [],
      })),
    })),
    ui: { ...questionnaire.ui, ...ui } as UiStrings,
  };
}
