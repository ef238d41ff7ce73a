import type { Answers, Content, Question } from '../../content/types';
import { BOTH, fill, type Reason, type Recommendation } from '../../domain';
import { AnswerSummary } from './AnswerSummary';
import { RoleCard } from './RoleCard';

interface Props {
  content: Content;
  result: Recommendation;
  onChangeAnswers: () => void;
  restart: React.ReactNode;
  share: React.ReactNode;
  questions: readonly Question[];
  answers: Answers;
  /** A link that reopens these answers, printed as text on the handoff. */
  reopenLink: string;
  /** Today's date, already formatted for the reader. */
  today: string;
  /** An agency's contact link, when the wizard is embedded on its site. */
  contact?: { url: string; label: string } | null;
}

export function resultHeading(content: Content, result: Recommendation): string {
  const [first, second] = result.order.map((r) => content.profiles[r]?.article ?? r);
  return fill(result.headline.heading, { first: first ?? '', second: second ?? '' });
}

function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  return (
    <ul className="list list--bullet reasons">
      {reasons.map((r) => (
        <li key={`${r.question}-${r.answer}-${r.role}`}>{r.text}</li>
      ))}
    </ul>
  );
}

export function ResultScreen({ content, result, onChangeAnswers, restart, share, questions, answers, reopenLink, today, contact = null }: Props) {
  const ui = content.ui.result;
  const others = content.roles.filter((r) => !result.order.includes(r));
  const otherReasons = result.reasons.filter((r) => others.includes(r.role));
  const roleOrder = [...result.order, ...others];
  const tagFor = (role: string) => {
    const i = result.order.indexOf(role);
    if (i < 0) return ui.notRecommendedTag;
    return result.outcome === BOTH ? fill(ui.recommendedFirstTag, { n: i + 1 }) : ui.recommendedTag;
  };
  return (
    <>
      <div className="panel">
        <h1 className="heading-xl" tabIndex={-1} data-step-heading>
          {resultHeading(content, result)}
        </h1>
        <p className="lead">{result.headline.why}</p>
        {result.orderText && <p>{result.orderText.text}</p>}
      </div>

      <h2 className="heading-m">{ui.becauseTitle}</h2>
      <ReasonList reasons={result.reasons.filter((r) => result.order.includes(r.role))} />
      {result.mixed && others.length > 0 && (
        <>
          <p>{fill(content.mixedNote, { other: content.profiles[others[0]!]?.article ?? others[0]! })}</p>
          <h3 className="heading-s">{fill(ui.otherRoleReasonsTitle, { role: content.profiles[others[0]!]?.article ?? '' })}</h3>
          <ReasonList reasons={otherReasons} />
        </>
      )}

      <h2 className="heading-m">{ui.nextStepsTitle}</h2>
      <ol className="list list--number">
        {result.nextSteps.map((s) => (
          <li key={s.id}>{s.text}</li>
        ))}
      </ol>

      {result.extras.length > 0 && (
        <>
          <h2 className="heading-m">{ui.extrasTitle}</h2>
          <div className="extras">
            {result.extras.map((e) => (
              <div className="inset" key={e.id}>
                <h3 className="heading-s">{e.title}</h3>
                <p>{e.text}</p>
              </div>
            ))}
          </div>
        </>
      )}

      <h2 className="heading-m">{ui.answersTitle}</h2>
      <AnswerSummary questions={questions} answers={answers} notAnswered={content.ui.check.notAnswered} />

      <div className="print-only">
        <p>{fill(ui.printedOn, { date: today })}</p>
        <p>
          {ui.reopen} <span className="sheet-link">{reopenLink}</span>
        </p>
      </div>

      <h2 className="heading-m no-print">{ui.rolesTitle}</h2>
      <div className="role-cards no-print">
        {roleOrder.map((role) => (
          <RoleCard
            key={role}
            profile={content.profiles[role]!}
            strings={ui}
            tag={tagFor(role)}
            recommended={result.order.includes(role)}
            headingId={`role-${role}`}
            matched={result.reasons.filter((r) => r.role === role).map((r) => r.duty)}
          />
        ))}
      </div>

      <div className="warning-text">
        <p>
          <strong>{ui.disclaimer}</strong>
        </p>
      </div>

      {contact && (
        <p className="contact-link">
          <a href={contact.url} target="_blank" rel="noopener noreferrer">
            {contact.label}
          </a>
        </p>
      )}

      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={onChangeAnswers}>
          {ui.changeAnswers}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {ui.print}
        </button>
        {restart}
      </div>
      <div className="no-print">{share}</div>

      <h2 className="heading-m no-print">{ui.aboutTitle}</h2>
      <p>{fill(ui.version, { version: content.version, date: content.reviewed })}</p>
      <p className="no-print">{content.sources.basis}</p>
      <h3 className="heading-s no-print">{ui.sourcesTitle}</h3>
      <ul className="list list--bullet no-print">
        {content.sources.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noreferrer noopener">
              {s.name}
            </a>
            : {s.note}
          </li>
        ))}
      </ul>
    </>
  );
}
