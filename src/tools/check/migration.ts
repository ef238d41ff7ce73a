// `content/v<N>/migration.json` against both versions it joins: every id it names exists on
// its side, and every old question and option it leaves unlisted (so keeps its id) exists in
// the new version. Every version after the first needs one: links carry their version.
import type { ContentProblem } from '../../content/assemble.ts';
import { migrationSchema, type Structure } from '../../content/schema.ts';
import { label, type VersionTree } from './tree.ts';

export function checkMigration(
  tree: VersionTree,
  structure: Structure | undefined,
  previous: { version: number; structure: Structure | undefined } | undefined,
  problems: ContentProblem[],
): void {
  const file = label(tree.version, 'migration.json');
  const raw = tree.files['migration.json'];
  if (tree.invalid.has('migration.json')) return;
  if (raw === undefined) {
    if (previous)
      problems.push({
        file,
        path: '',
        message: `file is missing: answers written for v${previous.version} need a way to v${tree.version}`,
      });
    return;
  }
  const parsed = migrationSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, path: issue.path.map(String).join('.'), message: issue.message });
    return;
  }
  const m = parsed.data;
  if (!previous) {
    problems.push({ file, path: '', message: `v${tree.version} is the first version, so there is nothing to migrate from` });
    return;
  }
  if (m.from !== previous.version) {
    problems.push({ file, path: 'from', message: `is ${m.from} but the version before v${tree.version} is v${previous.version}` });
    return;
  }
  const oldS = previous.structure;
  if (!oldS || !structure) return; // their own problems are reported with their files
  const oldV = `v${previous.version}`;
  const newV = `v${tree.version}`;

  for (const [qid, rule] of Object.entries(m.questions)) {
    const old = oldS.questions.find((q) => q.id === qid);
    if (!old) {
      problems.push({ file, path: `questions.${qid}`, message: `"${qid}" is not a question in ${oldV}` });
      continue;
    }
    for (const oid of Object.keys(rule?.options ?? {})) {
      if (!old.options.some((o) => o.id === oid)) {
        problems.push({ file, path: `questions.${qid}.options.${oid}`, message: `"${oid}" is not an option of "${qid}" in ${oldV}` });
      }
    }
  }

  for (const old of oldS.questions) {
    const rule = Object.hasOwn(m.questions, old.id) ? m.questions[old.id] : undefined;
    if (rule === null) continue;
    const target = rule?.id ?? old.id;
    const next = structure.questions.find((q) => q.id === target);
    if (!next) {
      problems.push(
        rule?.id
          ? { file, path: `questions.${old.id}.id`, message: `"${target}" is not a question in ${newV}` }
          : {
              file,
              path: `questions.${old.id}`,
              message: `"${old.id}" of ${oldV} is not a question in ${newV}; map it to a new id, or drop it with null`,
            },
      );
      continue;
    }
    for (const option of old.options) {
      const listed = rule?.options && Object.hasOwn(rule.options, option.id);
      const mapped = listed ? rule!.options![option.id] : option.id;
      if (mapped == null || next.options.some((o) => o.id === mapped)) continue;
      problems.push(
        listed
          ? { file, path: `questions.${old.id}.options.${option.id}`, message: `"${mapped}" is not an option of "${target}" in ${newV}` }
          : {
              file,
              path: `questions.${old.id}.options.${option.id}`,
              message: `"${option.id}" of "${old.id}" in ${oldV} is not an option of "${target}" in ${newV}; map it, or drop it with null`,
            },
      );
    }
  }
}
