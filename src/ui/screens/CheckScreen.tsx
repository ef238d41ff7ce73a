import type { Answers, Content, Question } from '../../content/types';
import { fill } from '../../domain';

interface Props {
  content: Content;
  questions: readonly Question[];
  answers: Answers;
  onChange: (question: string) => void;
  onConfirm: () => void;
  onBack: () => void;
}

export function CheckScreen({ content, questions, answers, onChange, onConfirm, onBack }: Props) {
  const ui = content.ui.check;
  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        {content.ui.question.back}
      </button>
      <h1 className="heading-l" tabIndex={-1} data-step-heading>
        {ui.title}
      </h1>
      <p>{ui.lead}</p>
      <dl className="summary-list">
        {questions.map((q) => {
          const given = answers[q.id] ?? [];
          const labels = q.options.filter((o) => given.includes(o.id)).map((o) => o.label);
          return (
            <div className="summary-list__row" key={q.id}>
              <dt className="summary-list__key">{q.title}</dt>
              <dd className="summary-list__value">
                {labels.length === 0 ? (
                  ui.notAnswered
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
              <dd className="summary-list__actions">
                <button type="button" className="link-button" onClick={() => onChange(q.id)}>
                  {`${ui.change} `}
                  <span className="visually-hidden">{fill(ui.changeHidden, { question: q.title })}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" className="button" onClick={onConfirm}>
        {ui.confirm}
      </button>
    </>
  );
}
