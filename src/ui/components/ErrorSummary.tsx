import { useEffect, useRef } from 'react';

interface Props {
  title: string;
  message: string;
  /** The id of the first input, so the link moves focus to the field. */
  fieldId: string;
}

/** Shown at the top of a question when Continue is pressed without an answer. */
export function ErrorSummary({ title, message, fieldId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves each time the message changes
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        <li>
          <a
            href={`#${fieldId}`}
            onClick={(e) => {
              e.preventDefault();
              document.getElementById(fieldId)?.focus();
            }}
          >
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
