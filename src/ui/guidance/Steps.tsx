// The check page and the result as the journey shows them: the screens with their share
// controls and the result's page model filled in. Apart from GuidanceScreens.tsx, which
// re-exports the on-demand module's parts, so GuidanceScreen.tsx can use them without a circle.
import type { ComponentProps } from 'react';
import type { Answers, Content, RoleId } from '../../content/types';
import { type Recommendation, resultPage, visibleQuestions } from '../../domain';
import { CheckScreen } from './CheckScreen';
import { ResultScreen } from './ResultScreen';
import { ShareLink } from './ShareLink';

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
