import type { Profile, UiStrings } from '../../content/types';

interface Props {
  profile: Profile;
  strings: UiStrings['result'];
  /** The summary line that opens it, e.g. "What a case manager does, and how to find one". */
  title: string;
  /** Text of the tag: recommended, step n, or for comparison. */
  tag: string;
  recommended: boolean;
  /** Duty ids that the person's answers call for. */
  matched: readonly string[];
}

/** One role's profile, closed until opened; both are there so the family sees the other too. */
export function RoleCard({ profile, strings, title, tag, recommended, matched }: Props) {
  return (
    <details className={recommended ? 'role-card role-card--recommended' : 'role-card'}>
      <summary>{title}</summary>
      <p className={recommended ? 'tag tag--recommended' : 'tag'}>{tag}</p>
      <p>{profile.summary}</p>
      <dl className="role-card__facts">
        {profile.otherTitles.length > 0 && (
          <>
            <dt>{strings.otherTitlesLabel}</dt>
            <dd>{profile.otherTitles.join(', ')}</dd>
          </>
        )}
        <dt>{strings.worksForLabel}</dt>
        <dd>{profile.worksFor}</dd>
        <dt>{strings.worksWhereLabel}</dt>
        <dd>{profile.worksWhere}</dd>
        <dt>{strings.costLabel}</dt>
        <dd>{profile.cost}</dd>
      </dl>
      <h3 className="heading-s">{strings.dutiesLabel}</h3>
      <ul className="list list--bullet">
        {Object.entries(profile.duties).map(([id, duty]) => (
          <li key={id}>
            {duty.text}
            {matched.includes(id) && <strong className="matches"> ({strings.matchesTag})</strong>}
          </li>
        ))}
      </ul>
      <h3 className="heading-s">{strings.findLabel}</h3>
      <ul className="list list--bullet">
        {profile.findOne.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
