import type { Content } from '../../content/types';
import { fill, findQuestion, type AnswerProblem } from '../../domain';

/** One plain sentence per problem, naming the question where there is one. */
export function problemMessage(content: Content, p: AnswerProblem): string {
  const t = content.ui.prefill.problems;
  const question = 'key' in p ? (findQuestion(content, p.key)?.title ?? p.key) : '';
  switch (p.kind) {
    case 'unknown-key':
      return fill(t.unknownKey, { key: p.key });
    case 'unknown-value':
      return fill(t.unknownValue, { value: p.value, question });
    case 'too-many':
      return fill(t.tooMany, { question });
    case 'not-asked':
      return fill(t.notAsked, { question });
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
