import type { ReactNode } from 'react';
import type { AnswerRow } from '../../domain';

interface Props {
  /** The domain's restatement of the answers (`answerRows`): the words are all there. */
  rows: readonly AnswerRow[];
  /** Shown before an answer, e.g. a "from the care team" tag. */
  before?: (question: string) => ReactNode;
  /** Actions for a row, e.g. a Change button. */
  actions?: (question: string) => ReactNode;
}

/** Each question with the answer given, as on check answers and at the end of the result. */
export function AnswerSummary({ rows, before, actions }: Props) {
  return (
    <dl className="summary-list">
      {rows.map(({ id, question, answers }) => (
        <div className="summary-list__row" key={id}>
          <dt className="summary-list__key">{question.text}</dt>
          <dd className="summary-list__value">
            {before?.(id)}
            {answers.length === 1 ? (
              answers[0]!.text
            ) : (
              <ul className="list">
                {answers.map((a) => (
                  <li key={a.keys[0]}>{a.text}</li>
                ))}
              </ul>
            )}
          </dd>
          {actions && <dd className="summary-list__actions">{actions(id)}</dd>}
        </div>
      ))}
    </dl>
  );
}
