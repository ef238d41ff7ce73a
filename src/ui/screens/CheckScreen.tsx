import type { Answers, Content, Question } from '../../content/types';
import { fill } from '../../domain';

interface Props {
  content: Content;
  questions: readonly Question[];
  answers: Answers;
  /** Question ids filled in by a link or website, with the tag to show beside them. */
  prefilled: readonly string[];
  prefilledTag: string | null;
  notice: React.ReactNode;
  share: React.ReactNode;
  onChange: (question: string) => void;
  onConfirm: () => void;
  onBack: () => void;
}

export function CheckScreen({ content, questions, answers, prefilled, prefilledTag, notice, share, onChange, onConfirm, onBack }: Props) {
  const ui = content.ui.check;
  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        {content.ui.question.back}
      </button>
      {notice}
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
                {prefilledTag && prefilled.includes(q.id) && <strong className="tag tag--prefilled">{prefilledTag}</strong>}
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
      {share}
    </>
  );
}
