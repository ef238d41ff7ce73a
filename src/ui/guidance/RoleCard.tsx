import type { RoleCardModel } from '../../domain';

/** One role's profile, closed until opened; both are there so the family sees the other too. */
export function RoleCard({ card }: { card: RoleCardModel }) {
  return (
    <details className={card.recommended ? 'role-card role-card--recommended' : 'role-card'}>
      <summary>{card.title.text}</summary>
      <p className={card.recommended ? 'tag tag--recommended' : 'tag'}>{card.tag.text}</p>
      <p>{card.summary.text}</p>
      <dl className="role-card__facts">
        {card.facts.map(({ label, value }) => (
          <div key={label.keys[0]}>
            <dt>{label.text}</dt>
            <dd>{value.text}</dd>
          </div>
        ))}
      </dl>
      <h3 className="heading-s">{card.dutiesTitle.text}</h3>
      <ul className="list list--bullet">
        {card.duties.map(({ text, matches }) => (
          <li key={text.keys[0]}>
            {text.text}
            {matches && <strong className="matches"> ({matches.text})</strong>}
          </li>
        ))}
      </ul>
      <h3 className="heading-s">{card.findTitle.text}</h3>
      <ul className="list list--bullet">
        {card.find.map((line) => (
          <li key={line.keys[0]}>{line.text}</li>
        ))}
      </ul>
    </details>
  );
}
