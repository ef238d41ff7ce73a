import type { Content } from '../../content/types';
import { fillTemplate, findQuestion, shownName, type AnswerProblem } from '../../domain';

/**
 * One plain sentence per problem, naming the question where there is one. A key or value the
 * link brought is named only in the form `shownName` allows: the link's own words never read
 * as the guide's.
 */
export function problemMessage(content: Content, p: AnswerProblem): string {
  const t = content.ui.prefill.problems;
  const question = 'key' in p ? (findQuestion(content, p.key)?.title ?? p.key) : '';
  switch (p.kind) {
    case 'unknown-key': {
      const key = shownName(p.key);
      return key === null ? t.unknownKeyUnnamed : fillTemplate(t.unknownKey, { key });
    }
    case 'unknown-value': {
      const value = shownName(p.value);
      return value === null ? fillTemplate(t.unknownValueUnnamed, { question }) : fillTemplate(t.unknownValue, { value, question });
    }
    case 'too-many':
      return fillTemplate(t.tooMany, { question });
    case 'not-asked':
      return fillTemplate(t.notAsked, { question });
    case 'bad-encoding':
      return t.badEncoding;
    case 'bad-version':
      return t.badVersion;
    case 'too-long':
      return t.tooLong;
    case 'unknown-version':
      return t.unknownVersion;
  }
}
