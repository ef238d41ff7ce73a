import type { Questionnaire } from '../../content/types';
import { fillTemplate } from '../../domain';
import { StepHeading } from '../components/StepHeading';

interface Props {
  content: Questionnaire;
  onStart: () => void;
  /** Inside an agency's site: what that site learns. The planner link is left out there. */
  hostNote?: string | null;
  /**
   * "Have a code from your care team?": `onCodeWanted` fetches the field when it is first
   * opened, and `codeEntry` is the field once it is here. Left out (both null) in an embed.
   */
  codeEntry?: React.ReactNode;
  onCodeWanted?: (() => void) | null;
  /** Shown in the opened section while the field is on its way. */
  loadingText?: string;
}

export function StartScreen({ content, onStart, hostNote = null, codeEntry = null, onCodeWanted = null, loadingText = '' }: Props) {
  const s = content.ui.start;
  return (
    <>
      <StepHeading size="xl">{s.title}</StepHeading>
      <p className="lead">{s.lead}</p>
      <ul className="list list--bullet">
        {s.points.map((p) => (
          <li key={p}>{fillTemplate(p, { count: content.questions.length })}</li>
        ))}
      </ul>
      {hostNote && <p className="inset">{hostNote}</p>}
      <button type="button" className="button button--start" onClick={onStart}>
        {s.button}
      </button>
      {/* Where boot.js says, before the app runs, that a tap was kept or the network dropped: the
          prerendered page gives it the words (src/app/prerender.tsx); the running app needs none. */}
      <p role="status" className="start__pending" />
      {onCodeWanted && (
        <details
          className="details start__code"
          onToggle={(e) => {
            if (e.currentTarget.open) onCodeWanted();
          }}
        >
          <summary>{s.codeSummary}</summary>
          {codeEntry ?? <p>{loadingText}</p>}
        </details>
      )}
      {!hostNote && (
        <p className="start__planner">
          <a href="./planner.html">{s.plannerLink}</a>
        </p>
      )}
    </>
  );
}
