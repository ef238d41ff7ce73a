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
  type Structure,
} from './schema.ts';
import type { Content, Question } from './types';

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
            problems.push({ file: structureFile, path: `${where}.role`, message: `unknown role "${s.role}"; roles are ${structure.roles.join(', ')}` });
          } else if (!profiles.roles[s.role]?.duties[s.duty]) {
            problems.push({ file: at('profiles.json'), path: `roles.${s.role}.duties.${s.duty}`, message: `missing: ${structureFile} ${where} cites this duty` });
          }
        });
        return { id: o.id, label: w?.label ?? o.id, hint: w?.hint, said: w?.said ?? o.id, supports: o.supports };
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
  for (const outcome of [...structure.roles, 'both']) {
    if (!outcomes.outcomes[outcome]) problems.push({ file: at('outcomes.json'), path: `outcomes.${outcome}`, message: 'no wording for this outcome' });
  }
  for (const role of structure.roles) {
    if (!outcomes.order[role]) problems.push({ file: at('outcomes.json'), path: `order.${role}`, message: 'no wording for this role coming first' });
  }
  const extras = structure.extras.map((e) => {
    const w = outcomes.extras[e.id];
    if (!w) problems.push({ file: at('outcomes.json'), path: `extras.${e.id}`, message: 'no wording for this extra' });
    return { id: e.id, when: e.when, title: w?.title ?? e.id, text: w?.text ?? e.id };
  });
  const nextSteps = structure.nextSteps.map((s) => {
    const w = outcomes.nextSteps[s.id];
    if (!w) problems.push({ file: at('outcomes.json'), path: `nextSteps.${s.id}`, message: 'no wording for this step' });
    return { id: s.id, roles: s.roles, when: s.when, text: w ?? s.id };
  });
  if (ui.lang !== raw.locale) problems.push({ file: at('ui.json'), path: 'lang', message: `is "${ui.lang}" but the folder is "${raw.locale}"` });
  if (problems.length) throw new ContentError(problems);

  return {
    version: structure.version,
    reviewed: structure.reviewed,
    locale: raw.locale,
    roles: [structure.roles[0]!, structure.roles[1]!],
    questions: merged,
    decision: structure.decision,
    extras,
    nextSteps,
    profiles: profiles.roles,
    outcomes: outcomes.outcomes,
    mixedNote: outcomes.mixedNote,
    order: outcomes.order,
    // `$schema` points an editor at the file's JSON Schema; the app has no use for it.
    sources: withoutSchemaKey(sources),
    ui: withoutSchemaKey(ui),
  };
}

function withoutSchemaKey<T extends { $schema?: string | undefined }>({ $schema: _, ...rest }: T): Omit<T, '$schema'> {
  return rest;
}

/** References inside content.json: conditions, decision, roles named in steps. */
function checkStructure(s: Structure, file: string, problems: ContentProblem[]): void {
  const ids = s.questions.map((q) => q.id);
  const dupe = (list: string[]) => list.filter((x, i) => list.indexOf(x) !== i);
  for (const d of dupe(ids)) problems.push({ file, path: 'questions', message: `question id "${d}" is used twice` });
  s.questions.forEach((q, qi) => {
    for (const d of dupe(q.options.map((o) => o.id))) {
      problems.push({ file, path: `questions.${qi}.options`, message: `option id "${d}" is used twice in "${q.id}"` });
    }
  });
  const checkCondition = (cond: Record<string, string[]> | undefined, path: string, before: number) => {
    for (const [qid, values] of Object.entries(cond ?? {})) {
      const qi = ids.indexOf(qid);
      const q = s.questions[qi];
      if (!q) {
        problems.push({ file, path: `${path}.${qid}`, message: `unknown question "${qid}"` });
        continue;
      }
      if (qi >= before) problems.push({ file, path: `${path}.${qid}`, message: `a condition may only depend on an earlier question` });
      for (const v of values) {
        if (!q.options.some((o) => o.id === v)) {
          problems.push({ file, path: `${path}.${qid}`, message: `"${v}" is not an option of "${qid}"` });
        }
      }
    }
  };
  s.questions.forEach((q, qi) => checkCondition(q.showIf, `questions.${qi}.showIf`, qi));
  s.extras.forEach((e, i) => checkCondition(e.when, `extras.${i}.when`, ids.length));
  s.nextSteps.forEach((n, i) => {
    checkCondition(n.when, `nextSteps.${i}.when`, ids.length);
    for (const r of n.roles) if (!s.roles.includes(r)) problems.push({ file, path: `nextSteps.${i}.roles`, message: `unknown role "${r}"` });
  });
  const first = s.decision.firstRole;
  const q = s.questions.find((x) => x.id === first.question);
  if (!q) {
    problems.push({ file, path: 'decision.firstRole.question', message: `unknown question "${first.question}"` });
  } else {
    if (q.showIf || q.kind !== 'single') {
      problems.push({ file, path: 'decision.firstRole.question', message: 'must be a single-choice question that is always asked' });
    }
    for (const o of q.options) {
      const role = first.byAnswer[o.id];
      if (!role) problems.push({ file, path: `decision.firstRole.byAnswer.${o.id}`, message: 'every answer needs a role to come first' });
      else if (!s.roles.includes(role)) problems.push({ file, path: `decision.firstRole.byAnswer.${o.id}`, message: `unknown role "${role}"` });
    }
  }
  if (!s.locales.includes(s.defaultLocale)) problems.push({ file, path: 'defaultLocale', message: `"${s.defaultLocale}" is not in locales` });
}
