import type { ReactNode } from 'react';
import type { Answers, Question } from '../../content/types';

interface Props {
  questions: readonly Question[];
  answers: Answers;
  notAnswered: string;
  /** Shown before an answer, e.g. a "from the care team" tag. */
  before?: (question: Question) => ReactNode;
  /** Actions for a row, e.g. a Change button. */
  actions?: (question: Question) => ReactNode;
}

/** Each question with the answer given, as on check answers and in the printed result. */
export function AnswerSummary({ questions, answers, notAnswered, before, actions }: Props) {
  return (
    <dl className="summary-list">
      {questions.map((q) => {
        const given = answers[q.id] ?? [];
        const labels = q.options.filter((o) => given.includes(o.id)).map((o) => o.label);
        return (
          <div className="summary-list__row" key={q.id}>
            <dt className="summary-list__key">{q.title}</dt>
            <dd className="summary-list__value">
              {before?.(q)}
              {labels.length === 0 ? (
                notAnswered
              ) : labels.length === 1 ? (
                labels[0]
              ) : (
                <ul className="list">
                  {labels.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              )}
            </dd>
            {actions && <dd className="summary-list__actions">{actions(q)}</dd>}
          </div>
        );
      })}
    </dl>
  );
}
