import type { Profile, UiStrings } from '../../content/types';

interface Props {
  profile: Profile;
  strings: UiStrings['result'];
  /** Text of the tag above the name: recommended, step n, or for comparison. */
  tag: string;
  recommended: boolean;
  headingId: string;
  /** Duty ids that the person's answers call for. */
  matched: readonly string[];
}

/** One role's profile; both are shown so the family also sees the option not chosen. */
export function RoleCard({ profile, strings, tag, recommended, headingId, matched }: Props) {
  return (
    <section className={recommended ? 'role-card role-card--recommended' : 'role-card'} aria-labelledby={headingId}>
      <p className={recommended ? 'tag tag--recommended' : 'tag'}>{tag}</p>
      <h3 id={headingId} className="heading-m">
        {profile.name}
      </h3>
      <p>{profile.summary}</p>
      {profile.otherTitles.length > 0 && (
        <p>
          <strong>{strings.otherTitlesLabel}:</strong> {profile.otherTitles.join(', ')}
        </p>
      )}
      <dl className="role-card__facts">
        <dt>{strings.worksForLabel}</dt>
        <dd>{profile.worksFor}</dd>
        <dt>{strings.worksWhereLabel}</dt>
        <dd>{profile.worksWhere}</dd>
        <dt>{strings.costLabel}</dt>
        <dd>{profile.cost}</dd>
      </dl>
      <h4 className="heading-s">{strings.dutiesLabel}</h4>
      <ul className="list list--bullet">
        {Object.entries(profile.duties).map(([id, duty]) => (
          <li key={id}>
            {duty.text}
            {matched.includes(id) && <strong className="matches"> ({strings.matchesTag})</strong>}
          </li>
        ))}
      </ul>
      <h4 className="heading-s">{strings.findLabel}</h4>
      <ul className="list list--bullet">
        {profile.findOne.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
