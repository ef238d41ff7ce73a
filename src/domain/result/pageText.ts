// The texts a page is made of, each with the content keys its words come from, and the helpers
// that make them: one place decides how a key is written, so `content:check` can find every
// text's source (content/v<N>/truth.json names texts by these keys).
import type { Content, RoleId } from '../../content/types';
import { fillTemplate } from '../fillTemplate';

/**
 * A text on the page and the content it is made of: `keys` are `<file>/<path>` in the locale's
 * files (`outcomes/reasons.in-hospital`, `ui/result.nowTitle`), one per piece filled in.
 */
export interface PageText {
  keys: string[];
  text: string;
}

export const t = (key: string, text: string): PageText => ({ keys: [key], text });

/** Named texts of one content group, each keyed `<group>.<name>`. */
export function textsOf<K extends string>(group: string, texts: Record<K, string>, names: readonly K[]): Record<K, PageText> {
  return Object.fromEntries(names.map((name) => [name, t(`${group}.${name}`, texts[name])])) as Record<K, PageText>;
}

/** The plain words of named texts, for a control that takes strings. */
export function wordsOf<K extends string>(texts: Record<K, PageText>): Record<K, string> {
  return Object.fromEntries(Object.entries<PageText>(texts).map(([name, text]) => [name, text.text])) as Record<K, string>;
}

/** A template from `key` filled with other texts: its keys are the template's and theirs. */
export function filled(key: string, template: string, values: Record<string, PageText | string | number>): PageText {
  const keys = [key];
  const plain: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(values)) {
    if (typeof v === 'object') {
      if (template.includes(`{${name}}`)) keys.push(...v.keys);
      plain[name] = v.text;
    } else plain[name] = v;
  }
  return { keys, text: fillTemplate(template, plain) };
}

/** The key of an answer's words: `restated` completes "You said …"; `label` is the option itself. */
export const optionKey = (question: string, answer: string, part: 'restated' | 'label') =>
  `questions/questions.${question}.options.${answer}.${part}`;

/** A role as a sentence names it ("a care manager"): its profile's `article`. */
export const article = (content: Content, role: RoleId): PageText =>
  t(`profiles/roles.${role}.article`, content.profiles[role]?.article ?? role);
