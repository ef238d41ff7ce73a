// The start page's "Have a code from your care team?": a family types the short code printed on
// the planner's sheet instead of the long link. It loads with the later steps, when the field
// is first opened, and turns the code into the same fragment a link carries, so versions
// migrate and the care team's welcome shows exactly as for a link. Nothing is sent anywhere.
import { useId, useRef, useState } from 'react';
import { layouts } from 'virtual:care-path-codes';
import type { Content } from '../../content/types';
import { type CodeProblem, decodeCareCode, fillTemplate, payloadLength } from '../../domain';

interface Props {
  content: Content;
  /** Opens these answers as a care team's link would (`v=3&now=hospital&…&lang=es`), in the code's language. */
  onCode: (fragment: string, locale: string) => void;
}

function problemText(content: Content, problem: CodeProblem): string {
  const t = content.ui.code;
  switch (problem.kind) {
    case 'empty':
      return t.empty;
    case 'characters':
      return fillTemplate(t.characters, { characters: problem.characters.join(', ') });
    case 'length':
      return fillTemplate(t.length, { count: problem.expected });
    default:
      return t[problem.kind];
  }
}

export function CodeEntry({ content, onCode }: Props) {
  const t = content.ui.code;
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const newest = layouts.at(-1);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const reading = decodeCareCode(layouts, field.current?.value ?? '');
    if (!reading.ok) {
      setProblem(problemText(content, reading.problem));
      field.current?.focus();
      return;
    }
    setProblem(null);
    const layout = layouts.find((l) => l.version === reading.version)!;
    const answered = layout.questions.filter((q) => reading.answers[q.id]).map((q) => `${q.id}=${reading.answers[q.id]!.join(',')}`);
    onCode([`v=${reading.version}`, ...answered, `lang=${reading.locale}`].join('&'), reading.locale);
  };
  return (
    <form className="code-entry" onSubmit={submit} noValidate>
      <div className={problem ? 'code-entry__field field--error' : 'code-entry__field'}>
        <label className="code-entry__label" htmlFor={`${id}-code`}>
          {t.label}
        </label>
        <p className="hint" id={`${id}-hint`}>
          {t.hint}
        </p>
        {problem && (
          <p className="error-message" id={`${id}-error`} role="alert">
            <span className="visually-hidden">{t.errorTitle}: </span>
            {problem}
          </p>
        )}
        <input
          ref={field}
          id={`${id}-code`}
          className="text-input code-entry__input"
          type="text"
          inputMode="text"
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={24}
          size={newest ? payloadLength(newest) + 4 : 10}
          aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={problem ? true : undefined}
        />
      </div>
      <button type="submit" className="button">
        {t.button}
      </button>
    </form>
  );
}
