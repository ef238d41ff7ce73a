import type { UiStrings } from '../../content/types';
import { StepHeading } from '../components/StepHeading';

/** Shown when content cannot be used. Its words are built in, as content may be missing. */
export const fallbackUnusable: UiStrings['unusable'] = {
  title: "Sorry, this guide can't be shown right now",
  text: "Something is wrong with the guide's content, so it can't give a result you could trust. Your answers on this device are kept. Please try again later.",
  detailsLabel: 'Details for the team that runs this site',
};

export function UnusableScreen({ strings, detail }: { strings: UiStrings['unusable']; detail: string | null }) {
  return (
    <>
      <StepHeading>{strings.title}</StepHeading>
      <p>{strings.text}</p>
      {detail && (
        <details>
          <summary>{strings.detailsLabel}</summary>
          <pre className="details-text">{detail}</pre>
        </details>
      )}
    </>
  );
}
