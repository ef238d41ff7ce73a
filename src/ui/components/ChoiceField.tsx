import type { AskedQuestion } from '../../content/types';
import { StepHeading } from './StepHeading';

interface Props {
  question: AskedQuestion;
  selected: readonly string[];
  error: string | null;
  progress: string;
  prefilledNote?: string | null;
  onChange: (values: string[]) => void;
}

export const inputId = (questionId: string, optionId: string) => `q-${questionId}-${optionId}`;

/** One question: the legend is the page heading, so focus on it announces the question. */
export function ChoiceField({ question, selected, error, progress, prefilledNote = null, onChange }: Props) {
  const multiple = question.kind === 'multiple';
  const hintId = `q-${question.id}-hint`;
  const errorId = `q-${question.id}-error`;
  const noteId = `q-${question.id}-prefilled`;
  const describedBy =
    [question.hint ? hintId : null, prefilledNote ? noteId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const toggle = (id: string, checked: boolean) => {
    if (!multiple) return onChange([id]);
    const next = checked ? [...selected, id] : selected.filter((v) => v !== id);
    onChange(question.options.map((o) => o.id).filter((o) => next.includes(o)));
  };
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend">
          <span className="caption">{progress}</span>
          <StepHeading>{question.title}</StepHeading>
        </legend>
        {question.hint && (
          <p id={hintId} className="hint">
            {question.hint}
          </p>
        )}
        {prefilledNote && (
          <p id={noteId} className="inset prefilled-note">
            {prefilledNote}
          </p>
        )}
        {error && (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <div className={multiple ? 'choices choices--checkboxes' : 'choices choices--radios'}>
          {question.options.map((o) => {
            const id = inputId(question.id, o.id);
            return (
              <div className="choice" key={o.id}>
                <input
                  className="choice__input"
                  id={id}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={question.id}
                  value={o.id}
                  checked={selected.includes(o.id)}
                  onChange={(e) => toggle(o.id, e.currentTarget.checked)}
                  aria-describedby={o.hint ? `${id}-hint` : undefined}
                />
                <label className="choice__label" htmlFor={id}>
                  {o.label}
                </label>
                {o.hint && (
                  <p id={`${id}-hint`} className="hint choice__hint">
                    {o.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
