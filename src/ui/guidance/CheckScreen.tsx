import type { Answers, Content, Question } from '../../content/types';
import { answerRows, fillTemplate } from '../../domain';
import { AnswerSummary } from './AnswerSummary';
import { StepHeading } from '../components/StepHeading';

interface Props {
  content: Content;
  questions: readonly Question[];
  answers: Answers;
  /** Question ids filled in by a link or website, with the tag to show beside them. */
  /** The tag for an answer filled in by a link or website, or null. */
  prefilledTag: (question: string) => string | null;
  notice: React.ReactNode;
  share: React.ReactNode;
  onChange: (question: string) => void;
  onConfirm: () => void;
  onBack: () => void;
}

export function CheckScreen({ content, questions, answers, prefilledTag, notice, share, onChange, onConfirm, onBack }: Props) {
  const ui = content.ui.check;
  const rows = answerRows(content, answers, questions);
  const titleOf = new Map(rows.map((r) => [r.id, r.question.text]));
  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        {content.ui.question.back}
      </button>
      {notice}
      <StepHeading>{ui.title}</StepHeading>
      <p>{ui.lead}</p>
      <AnswerSummary
        rows={rows}
        before={(id) => prefilledTag(id) && <strong className="tag tag--prefilled">{prefilledTag(id)}</strong>}
        actions={(id) => (
          <button type="button" className="link-button" onClick={() => onChange(id)}>
            {`${ui.change} `}
            <span className="visually-hidden">{fillTemplate(ui.changeHidden, { question: titleOf.get(id) ?? '' })}</span>
          </button>
        )}
      />
      {/* The page's one main action: the largest thing on it; sharing is a quiet link below. */}
      <button type="button" className="button button--start" onClick={onConfirm}>
        {ui.confirm}
      </button>
      {share}
    </>
  );
}
