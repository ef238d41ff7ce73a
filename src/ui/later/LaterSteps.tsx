// Loaded on demand once the person starts (src/ui/loadLaterSteps.ts): the check page, the result,
// and the scoring that explains it, so a first visit carries none of them.
import { useEffect, type ComponentProps } from 'react';
import { visibleQuestions } from '../../domain';
import { ShareLink } from './ShareLink';
import { CheckScreen } from './CheckScreen';
import { ResultScreen, resultHeading } from './ResultScreen';
import './later.css';

export { joinContent } from '../../content/split';
export { recommend } from '../../domain';
export { resultHeading };
export { LaterScreen } from './LaterScreen';
export { PrefillNotice } from './PrefillNotice';

type CheckStepProps = Omit<ComponentProps<typeof CheckScreen>, 'share' | 'questions'> & { link: () => string };

export function CheckStep({ link, ...props }: CheckStepProps) {
  return (
    <CheckScreen
      {...props}
      questions={visibleQuestions(props.content, props.answers)}
      share={<ShareLink strings={props.content.ui.share} link={link} />}
    />
  );
}

type ResultStepProps = Omit<ComponentProps<typeof ResultScreen>, 'share' | 'questions' | 'reopenLink'> & {
  link: () => string;
  /** Told the outcome id each time a result is shown, e.g. for the embedding page. */
  onOutcome?: ((outcome: string) => void) | undefined;
};

export function ResultStep({ link, onOutcome, ...props }: ResultStepProps) {
  const { content, answers, result } = props;
  useEffect(() => onOutcome?.(result.outcome), [result.outcome, onOutcome]);
  return (
    <ResultScreen
      {...props}
      questions={visibleQuestions(content, answers)}
      reopenLink={link()}
      share={<ShareLink strings={content.ui.share} link={link} />}
    />
  );
}
