import type { ResultPage } from '../../domain';

type Group = ResultPage['why'][number];

/**
 * One role's reasons, strongest first, each sentence once, led by the answers in the person's
 * own words; how many show before "more" is the page model's (the domain's) decision.
 */
export function ReasonGroup({ group }: { group: Group }) {
  const item = (l: Group['lines'][number]) => (
    <li key={l.because.keys.join()}>
      <strong>{l.answers.map((a) => a.text).join(' · ')}:</strong> {l.because.text}
    </li>
  );
  return (
    <div className="reason-group">
      <h2 className="heading-m">{group.title.text}</h2>
      <ul className="list list--bullet reasons">{group.lines.slice(0, group.shown).map(item)}</ul>
      {group.more && (
        <details className="details">
          <summary>{group.more.text}</summary>
          <ul className="list list--bullet reasons">{group.lines.slice(group.shown).map(item)}</ul>
        </details>
      )}
    </div>
  );
}
