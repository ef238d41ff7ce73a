// Validates one version + locale of content file by file, then checks the references
// between files, so an editor is told exactly which file and path to fix.
import type { z } from 'zod';
import {
  outcomesSchema,
  profilesSchema,
  questionsSchema,
  sourcesSchema,
  structureSchema,
  uiSchema,
  type LocaleFileName,
} from './schema.ts';
import type { Content, Question, Shown } from './types';
import { checkStructure } from './structure.ts';
import { upgradeDecision } from './upgradeDecision.ts';

export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(`Invalid content:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.path || '(top level)'}: ${p.message}`;
}

/** Raw JSON of one version: `content.json` and `<locale>/<file>` for one locale. */
export interface RawVersion {
  version: number;
  locale: string;
  files: Readonly<Record<string, unknown>>;
}

function parse<S extends z.ZodType>(schema: S, file: string, raw: unknown, problems: ContentProblem[]): z.infer<S> | undefined {
  if (raw === undefined) {
    problems.push({ file, path: '', message: 'file is missing' });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, path: issue.path.map(String).join('.'), message: issue.message });
  }
  return undefined;
}

export function assembleContent(raw: RawVersion): Content {
  const problems: ContentProblem[] = [];
  const base = `content/v${raw.version}`;
  const structureFile = `${base}/content.json`;
  const structure = parse(structureSchema, structureFile, raw.files['content.json'], problems);
  const at = (name: LocaleFileName) => `${base}/${raw.locale}/${name}`;
  const loc = (name: LocaleFileName) => raw.files[`${raw.locale}/${name}`];
  const questions = parse(questionsSchema, at('questions.json'), loc('questions.json'), problems);
  const profiles = parse(profilesSchema, at('profiles.json'), loc('profiles.json'), problems);
  const outcomes = parse(outcomesSchema, at('outcomes.json'), loc('outcomes.json'), problems);
  const sources = parse(sourcesSchema, at('sources.json'), loc('sources.json'), problems);
  const ui = parse(uiSchema, at('ui.json'), loc('ui.json'), problems);
  if (!structure || !questions || !profiles || !outcomes || !sources || !ui) throw new ContentError(problems);

  if (structure.version !== raw.version) {
    problems.push({ file: structureFile, path: 'version', message: `is ${structure.version} but the folder is v${raw.version}` });
  }
  checkStructure(structure, structureFile, problems);

  const merged: Question[] = structure.questions.map((q, qi) => {
    const words = questions.questions[q.id];
    if (!words) problems.push({ file: at('questions.json'), path: `questions.${q.id}`, message: 'no wording for this question' });
    return {
      id: q.id,
      kind: q.kind,
      showIf: q.showIf,
      title: words?.title ?? q.id,
      hint: words?.hint,
      options: q.options.map((o, oi) => {
        const w = words?.options[o.id];
        if (words && !w) {
          problems.push({ file: at('questions.json'), path: `questions.${q.id}.options.${o.id}`, message: 'no wording for this option' });
        }
        o.supports.forEach((s, si) => {
          const where = `questions.${qi}.options.${oi}.supports.${si}`;
          if (!structure.roles.includes(s.role)) {
            problems.push({
              file: structureFile,
              path: `${where}.role`,
              message: `unknown role "${s.role}"; roles are ${structure.roles.join(', ')}`,
            });
          } else if (!profiles.roles[s.role]?.duties[s.duty]) {
            problems.push({
              file: at('profiles.json'),
              path: `roles.${s.role}.duties.${s.duty}`,
              message: `missing: ${structureFile} ${where} cites this duty`,
            });
          }
        });
        return { id: o.id, label: w?.label ?? o.id, hint: w?.hint, restated: w?.restated ?? o.id, supports: o.supports };
      }),
    };
  });
  for (const qid of Object.keys(questions.questions)) {
    if (!structure.questions.some((q) => q.id === qid)) {
      problems.push({ file: at('questions.json'), path: `questions.${qid}`, message: `no question "${qid}" in ${structureFile}` });
    }
  }
  for (const role of structure.roles) {
    if (!profiles.roles[role]) problems.push({ file: at('profiles.json'), path: `roles.${role}`, message: 'no profile for this role' });
  }
  const outcomeIds = [...structure.roles, 'both'];
  // Without a list in content.json (version 1), each outcome has one headline and each role one
  // text for coming first, under the outcome's or role's own id.
  const headlineList = structure.headlines ?? outcomeIds.map((o) => ({ id: o, result: { outcome: [o] } }));
  const orderList = structure.orderTexts ?? structure.roles.map((r) => ({ id: r, result: { outcome: ['both'], first: [r] } }));
  const headlines = headlineList.map((h) => {
    const w = outcomes.outcomes[h.id];
    if (!w) problems.push({ file: at('outcomes.json'), path: `outcomes.${h.id}`, message: 'no wording for this headline' });
    return { ...shown(h), id: h.id, heading: w?.heading ?? h.id, why: w?.why ?? h.id };
  });
  const orderTexts = orderList.map((o) => {
    const w = outcomes.order[o.id];
    if (!w) problems.push({ file: at('outcomes.json'), path: `order.${o.id}`, message: 'no wording for this order text' });
    return { ...shown(o), id: o.id, text: w ?? o.id };
  });
  for (const key of Object.keys(outcomes.outcomes)) {
    if (!headlineList.some((h) => h.id === key))
      problems.push({ file: at('outcomes.json'), path: `outcomes.${key}`, message: `no headline "${key}" in ${structureFile}` });
  }
  for (const key of Object.keys(outcomes.order)) {
    if (!orderList.some((o) => o.id === key))
      problems.push({ file: at('outcomes.json'), path: `order.${key}`, message: `no order text "${key}" in ${structureFile}` });
  }
  const reasons = outcomes.reasons ?? {};
  for (const [qi, q] of structure.questions.entries()) {
    for (const [oi, o] of q.options.entries()) {
      for (const [si, s] of o.supports.entries()) {
        if (s.reason && !reasons[s.reason]) {
          problems.push({
            file: at('outcomes.json'),
            path: `reasons.${s.reason}`,
            message: `missing: ${structureFile} questions.${qi}.options.${oi}.supports.${si} cites this reason`,
          });
        }
      }
    }
  }
  const extras = structure.extras.map((e) => {
    const w = outcomes.extras[e.id];
    if (!w) problems.push({ file: at('outcomes.json'), path: `extras.${e.id}`, message: 'no wording for this extra' });
    return { ...shown(e), id: e.id, when: e.when, title: w?.title ?? e.id, text: w?.text ?? e.id };
  });
  const nextSteps = structure.nextSteps.map((s) => {
    const w = outcomes.nextSteps[s.id];
    if (!w) problems.push({ file: at('outcomes.json'), path: `nextSteps.${s.id}`, message: 'no wording for this step' });
    const line = outcomes.nextStepLines?.[s.id];
    return {
      ...shown(s),
      id: s.id,
      roles: s.roles,
      urgency: s.urgency ?? 50,
      free: s.free ?? false,
      text: w ?? s.id,
      line: line ?? w ?? s.id,
    };
  });
  const questionsToAsk = (structure.questionsToAsk ?? []).map((q) => {
    const w = outcomes.questionsToAsk?.[q.id];
    if (!w) problems.push({ file: at('outcomes.json'), path: `questionsToAsk.${q.id}`, message: 'no wording for this question' });
    return { ...shown(q), id: q.id, roles: q.roles, text: w ?? q.id };
  });
  if (ui.lang !== raw.locale)
    problems.push({ file: at('ui.json'), path: 'lang', message: `is "${ui.lang}" but the folder is "${raw.locale}"` });
  if (problems.length) throw new ContentError(problems);

  return {
    version: structure.version,
    reviewed: structure.reviewed,
    locale: raw.locale,
    roles: [structure.roles[0]!, structure.roles[1]!],
    questions: merged,
    decision: upgradeDecision(structure.decision, structure.roles),
    extras,
    nextSteps,
    agencyContactUrgency: structure.agencyContact?.urgency ?? null,
    questionsToAsk,
    profiles: profiles.roles,
    headlines,
    orderTexts,
    reasons,
    mixedNote: outcomes.mixedNote,
    // `$schema` points an editor at the file's JSON Schema; the app has no use for it.
    sources: withoutSchemaKey(sources),
    ui: withoutSchemaKey(ui),
  };
}

/** Only the conditions a text carries, so content without them stays as small as before. */
function shown(t: Shown): Shown {
  return { ...(t.when && { when: t.when }), ...(t.whenAny && { whenAny: t.whenAny }), ...(t.result && { result: t.result }) };
}

function withoutSchemaKey<T extends { $schema?: string | undefined }>({ $schema: _, ...rest }: T): Omit<T, '$schema'> {
  return rest;
}
