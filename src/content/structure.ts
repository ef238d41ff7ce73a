// References inside content.json, checked on every load (a build fails on them): conditions
// name earlier questions and their options, the decision names known roles and questions.
import type { ContentProblem } from './assemble.ts';
import type { Structure } from './schema.ts';
import type { ResultCondition } from './schema/resultCondition.ts';

/** Version 1's rule: one single-choice question, always asked, orders the roles. */
function checkLegacyDecision(s: Structure, file: string, problems: ContentProblem[]): void {
  if (!('supportedAt' in s.decision)) return;
  const first = s.decision.firstRole;
  const q = s.questions.find((x) => x.id === first.question);
  if (!q) {
    problems.push({ file, path: 'decision.firstRole.question', message: `unknown question "${first.question}"` });
    return;
  }
  if (q.showIf || q.kind !== 'single') {
    problems.push({ file, path: 'decision.firstRole.question', message: 'must be a single-choice question that is always asked' });
  }
  for (const o of q.options) {
    const role = first.byAnswer[o.id];
    if (!role) problems.push({ file, path: `decision.firstRole.byAnswer.${o.id}`, message: 'every answer needs a role to come first' });
    else if (!s.roles.includes(role))
      problems.push({ file, path: `decision.firstRole.byAnswer.${o.id}`, message: `unknown role "${role}"` });
  }
}

/** References inside content.json: conditions, decision, roles named in steps. */
export function checkStructure(s: Structure, file: string, problems: ContentProblem[]): void {
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
  for (const [qi, q] of s.questions.entries()) checkCondition(q.showIf, `questions.${qi}.showIf`, qi);
  for (const [i, e] of s.extras.entries()) checkCondition(e.when, `extras.${i}.when`, ids.length);
  s.nextSteps.forEach((n, i) => {
    checkCondition(n.when, `nextSteps.${i}.when`, ids.length);
    n.whenAny?.forEach((c, j) => {
      checkCondition(c, `nextSteps.${i}.whenAny.${j}`, ids.length);
    });
    for (const r of n.roles)
      if (!s.roles.includes(r)) problems.push({ file, path: `nextSteps.${i}.roles`, message: `unknown role "${r}"` });
  });
  const outcomeIds = [...s.roles, 'both'];
  const checkResult = (r: ResultCondition | undefined, path: string) => {
    for (const o of r?.outcome ?? [])
      if (!outcomeIds.includes(o)) problems.push({ file, path: `${path}.outcome`, message: `unknown outcome "${o}"` });
    for (const o of r?.first ?? [])
      if (!s.roles.includes(o)) problems.push({ file, path: `${path}.first`, message: `unknown role "${o}"` });
  };
  for (const [qi, q] of s.questions.entries()) {
    for (const [oi, o] of q.options.entries()) {
      for (const [si, sp] of o.supports.entries()) checkCondition(sp.when, `questions.${qi}.options.${oi}.supports.${si}.when`, ids.length);
    }
  }
  for (const [list, name] of [
    [s.headlines, 'headlines'],
    [s.orderTexts, 'orderTexts'],
    [s.extras, 'extras'],
    [s.nextSteps, 'nextSteps'],
    [s.questionsToAsk, 'questionsToAsk'],
  ] as const) {
    for (const [i, t] of (list ?? []).entries()) checkResult(t.result, `${name}.${i}.result`);
  }
  for (const [i, h] of (s.headlines ?? []).entries()) checkCondition(h.when, `headlines.${i}.when`, ids.length);
  for (const [i, o] of (s.orderTexts ?? []).entries()) checkCondition(o.when, `orderTexts.${i}.when`, ids.length);
  if ('supportedAt' in s.decision) checkLegacyDecision(s, file, problems);
  else {
    const rules = s.decision.first;
    rules.forEach((rule, i) => {
      checkCondition(rule.when, `decision.first.${i}.when`, ids.length);
      if (!s.roles.includes(rule.role)) problems.push({ file, path: `decision.first.${i}.role`, message: `unknown role "${rule.role}"` });
      const last = i === rules.length - 1;
      if (last && rule.when)
        problems.push({
          file,
          path: `decision.first.${i}.when`,
          message: 'the last rule must have no "when", so a role always comes first',
        });
      if (!last && !rule.when)
        problems.push({
          file,
          path: `decision.first.${i}`,
          message: 'only the last rule may leave out "when"; the rules after it never apply',
        });
    });
    s.decision.both?.setting.forEach((q, i) => {
      if (!ids.includes(q)) problems.push({ file, path: `decision.both.setting.${i}`, message: `unknown question "${q}"` });
    });
    s.decision.second?.rules.forEach((rule, i) => {
      checkCondition(rule.when, `decision.second.rules.${i}.when`, ids.length);
      rule.unless?.forEach((u, j) => {
        checkCondition(u, `decision.second.rules.${i}.unless.${j}`, ids.length);
      });
      if (!s.roles.includes(rule.role))
        problems.push({ file, path: `decision.second.rules.${i}.role`, message: `unknown role "${rule.role}"` });
    });
  }
  if (!s.locales.includes(s.defaultLocale))
    problems.push({ file, path: 'defaultLocale', message: `"${s.defaultLocale}" is not in locales` });
}
