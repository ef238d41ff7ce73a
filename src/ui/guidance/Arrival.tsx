import type { UiStrings } from '../../content/types';
import { fillTemplate } from '../../domain';
import { StepHeading } from '../components/StepHeading';

type Strings = UiStrings['arrival'];

/** A family arriving from a care team's link or QR code: who started this, what is left. */
export function WelcomeScreen({
  strings,
  left,
  careTeam = null,
  continueLabel,
  onContinue,
}: {
  strings: Strings;
  left: number;
  /** The hospital or unit the link names (already checked to be a plain name). */
  careTeam?: string | null;
  continueLabel: string;
  onContinue: () => void;
}) {
  return (
    <>
      <StepHeading>{careTeam ? fillTemplate(strings.welcomeTitleFrom, { unit: careTeam }) : strings.welcomeTitle}</StepHeading>
      <p className="lead">{strings.welcomePurpose}</p>
      <p>{left > 0 ? fillTemplate(strings.welcomeLeft, { count: left }) : strings.welcomeDone}</p>
      <ul className="list list--bullet">
        {strings.welcomePoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onContinue}>
        {continueLabel}
      </button>
    </>
  );
}

/** A link over answers already saved here never replaces them without asking. */
export function ConflictScreen({ strings, onUseLink, onKeepMine }: { strings: Strings; onUseLink: () => void; onKeepMine: () => void }) {
  return (
    <>
      <StepHeading>{strings.conflictTitle}</StepHeading>
      <p>{strings.conflictText}</p>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={onUseLink}>
          {strings.useLink}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {strings.keepMine}
        </button>
      </div>
    </>
  );
}
