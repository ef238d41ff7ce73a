// Loaded on demand once the person starts (loadWithScreens in src/app/journey/startWizard.ts): the check page, the result,
// and the scoring that explains it, so a first visit carries none of them.
import type { ComponentProps } from 'react';
import type { Answers, Content, RoleId } from '../../content/types';
import { type Recommendation, resultPage, visibleQuestions } from '../../domain';
import { ShareLink } from './ShareLink';
import { CheckScreen } from './CheckScreen';
import { ResultScreen, resultHeading } from './ResultScreen';
import './guidance.css';

export { joinContent } from '../../content/split';
export { recommend } from '../../domain';
export { resultHeading };
export { CodeEntry } from './CodeEntry';
export { GuidanceScreen } from './GuidanceScreen';
export { PrefillNotice } from './PrefillNotice';

type CheckStepProps = Omit<ComponentProps<typeof CheckScreen>, 'share' | 'questions'> & { link: () => string };

export function CheckStep({ link, ...props }: CheckStepProps) {
  return (
    <CheckScreen
      {...props}
      questions={visibleQuestions(props.content, props.answers)}
      share={<ShareLink strings={props.content.ui.share} link={link} quiet />}
    />
  );
}

type ResultStepProps = Omit<ComponentProps<typeof ResultScreen>, 'share' | 'reopenLink' | 'page'> & {
  content: Content;
  result: Recommendation;
  answers: Answers;
  /** Today's date and the content's review date, formatted for the reader. */
  today: string;
  reviewed: string;
  /** The answers came from a link someone shared: ask the reader to check them. */
  sharedWithYou?: boolean;
  /** The role an embedding agency provides: its contact may lead "What to do now". */
  contactRole?: RoleId | null;
  link: () => string;
};

export function ResultStep({
  link,
  content,
  result,
  answers,
  today,
  reviewed,
  sharedWithYou = false,
  contactRole = null,
  ...props
}: ResultStepProps) {
  return (
    <ResultScreen
      {...props}
      page={resultPage(content, answers, { today, reviewed, sharedWithYou, contactRole }, result)}
      reopenLink={link()}
      share={(words) => <ShareLink strings={words} link={link} />}
    />
  );
}
