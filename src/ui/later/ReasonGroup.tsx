import { fill, type Reason } from '../../domain';

interface Props {
  heading: string;
  reasons: readonly Reason[];
  moreLabel: string;
  locale: string;
  /** How many lines show before "more" (the strongest; the CLI keeps them all): fewer when two roles share the page. */
  shown: number;
}

interface Line {
  because: string;
  answers: string[];
}

/**
 * One role's reasons, strongest first, each sentence once: two answers that call for the same
 * duty share a line, led by the answers in the person's own words.
 */
export function ReasonGroup({ heading, reasons, moreLabel, locale, shown }: Props) {
  const lines: Line[] = [];
  for (const r of reasons) {
    // `said` completes "You said …"; on its own it starts a line.
    const label = r.said.charAt(0).toLocaleUpperCase(locale) + r.said.slice(1);
    const line = lines.find((l) => l.because === r.because);
    if (line) line.answers.push(label);
    else lines.push({ because: r.because, answers: [label] });
  }
  const item = (l: Line) => (
    <li key={l.because}>
      <strong>{l.answers.join(' · ')}:</strong> {l.because}
    </li>
  );
  const rest = lines.slice(shown);
  return (
    <div className="reason-group">
      <h2 className="heading-m">{heading}</h2>
      <ul className="list list--bullet reasons">{lines.slice(0, shown).map(item)}</ul>
      {rest.length > 0 && (
        <details className="details">
          <summary>{fill(moreLabel, { count: rest.length })}</summary>
          <ul className="list list--bullet reasons">{rest.map(item)}</ul>
        </details>
      )}
    </div>
  );
}
