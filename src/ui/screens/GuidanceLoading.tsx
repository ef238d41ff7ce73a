import type { QuestionnaireUi } from '../../content/types';
import { StepHeading } from '../components/StepHeading';

interface Props {
  strings: QuestionnaireUi['later'];
  failed: boolean;
  onRetry: () => void;
  restart: React.ReactNode;
}

/**
 * Stands in for the check page or result while they load, which is rarely seen: they are
 * fetched while the questions are answered. If the network fails, the answers stay and
 * the person can try again.
 */
export function GuidanceLoading({ strings, failed, onRetry, restart }: Props) {
  if (!failed) {
    // data-loading: an embedding page is told no height for this passing screen (src/app/hostChannel.ts).
    return <StepHeading data-loading>{strings.loading}</StepHeading>;
  }
  return (
    <>
      <StepHeading>{strings.failedTitle}</StepHeading>
      <p>{strings.failedText}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={onRetry}>
          {strings.retry}
        </button>
      </div>
      <div className="restart-area">{restart}</div>
    </>
  );
}
