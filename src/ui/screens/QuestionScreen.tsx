import { useState, type FormEvent } from 'react';
import type { AskedQuestion, Questionnaire } from '../../content/types';
import { fillTemplate } from '../../domain';
import { ChoiceField, inputId } from '../components/ChoiceField';
import { ErrorSummary } from '../components/ErrorSummary';

interface Props {
  content: Questionnaire;
  question: AskedQuestion;
  /** The saved answer, shown selected when the person comes back to this question. */
  saved: readonly string[];
  progress: { n: number; total: number };
  error: boolean;
  backLabel: string;
  /** Set when a link or website filled in this answer and the person has not confirmed it. */
  prefilledNote: string | null;
  notice: React.ReactNode;
  onAnswer: (values: string[]) => void;
  onBack: () => void;
}

export function QuestionScreen({ content, question, saved, progress, error, backLabel, prefilledNote, notice, onAnswer, onBack }: Props) {
  const ui = content.ui.question;
  const [draft, setDraft] = useState<string[]>([...saved]);
  const message = error ? (question.kind === 'multiple' ? ui.requiredMultiple : ui.requiredSingle) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onAnswer(draft);
  };
  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        {backLabel}
      </button>
      {notice}
      {message && <ErrorSummary title={ui.errorTitle} message={message} fieldId={inputId(question.id, question.options[0]!.id)} />}
      <form onSubmit={submit} noValidate>
        <ChoiceField
          question={question}
          selected={draft}
          error={message}
          progress={fillTemplate(ui.progress, progress)}
          prefilledNote={prefilledNote}
          onChange={setDraft}
        />
        <button type="submit" className="button">
          {ui.continue}
        </button>
      </form>
    </>
  );
}
