import { useEffect, useRef, useState } from 'react';
import type { UiStrings } from '../../content/types';

interface Props {
  strings: UiStrings['restart'];
  label?: string;
  onRestart: () => void;
}

/** "Start again" clears every answer, so it asks first, inline, where focus already is. */
export function RestartControl({ strings, label, onRestart }: Props) {
  const [asking, setAsking] = useState(false);
  const promptRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) promptRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={buttonRef} type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {label ?? strings.button}
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would add a border and a legend to two buttons and their question
    <div className="restart-confirm" role="group" aria-labelledby="restart-prompt">
      <p id="restart-prompt" ref={promptRef} tabIndex={-1} className="restart-confirm__prompt">
        {strings.confirm}
      </p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onRestart}>
          {strings.yes}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {strings.no}
        </button>
      </div>
    </div>
  );
}
