import { useEffect } from 'react';
import type { Answers, Content, Question } from '../../content/types';
import { BOTH, fill, type Recommendation } from '../../domain';
import { AnswerSummary } from './AnswerSummary';
import { BreakableLink, LinkedText } from './LinkedText';
import { QrCode } from './QrCode';
import { ReasonGroup } from './ReasonGroup';
import { RoleCard } from './RoleCard';

interface Props {
  content: Content;
  result: Recommendation;
  onChangeAnswers: () => void;
  restart: React.ReactNode;
  share: React.ReactNode;
  questions: readonly Question[];
  answers: Answers;
  /** A link that reopens these answers, printed as text and as a QR code. */
  reopenLink: string;
  /** Today's date, already formatted for the reader. */
  today: string;
  /** The content's review date, formatted for the reader. */
  reviewed: string;
  /** An agency's contact link, when the wizard is embedded on its site. */
  contact?: { url: string; label: string } | null;
  /** The answers came from a link someone shared: ask the reader to check them. */
  sharedWithYou?: boolean;
}

export function resultHeading(content: Content, result: Recommendation): string {
  const [first, second] = result.order.map((r) => content.profiles[r]?.article ?? r);
  return fill(result.headline.heading, { first: first ?? '', second: second ?? '' });
}

/** Printing opens what a handoff needs (the questions to ask), then closes it again. */
function usePrintOpens(selector: string) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>(selector)].filter((d) => !d.open);
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [selector]);
}

/**
 * Action first (GOV.UK's confirmation pattern): the outcome and why, what to do now with links
 * and phone numbers, costs, then the reasons; everything longer is one click away.
 */
export function ResultScreen(props: Props) {
  const {
    content,
    result,
    onChangeAnswers,
    restart,
    share,
    questions,
    answers,
    reopenLink,
    today,
    reviewed,
    contact = null,
    sharedWithYou = false,
  } = props;
  const ui = content.ui.result;
  usePrintOpens('details.print-open');
  const others = content.roles.filter((r) => !result.order.includes(r));
  const article = (role: string) => content.profiles[role]?.article ?? role;
  const tagFor = (role: string) => {
    const i = result.order.indexOf(role);
    if (i < 0) return ui.notRecommendedTag;
    return result.outcome === BOTH ? fill(ui.recommendedFirstTag, { n: i + 1 }) : ui.recommendedTag;
  };
  const otherReasons = result.reasons.filter((r) => others.includes(r.role));
  return (
    <div className="result">
      <div className="panel">
        <h1 className="heading-xl" tabIndex={-1} data-step-heading>
          {resultHeading(content, result)}
        </h1>
        {/* For both, the order says why and what first in one go. */}
        <p className="lead">{result.orderText?.text ?? result.headline.why}</p>
      </div>
      {sharedWithYou && (
        <div className="inset no-print">
          <p>{content.ui.share.sharedNote}</p>
          <button type="button" className="link-button" onClick={onChangeAnswers}>
            {ui.changeAnswers}
          </button>
        </div>
      )}

      <h2 className="heading-m">{ui.nowTitle}</h2>
      <ol className="list list--number now-steps">
        {result.nextSteps.map((s) => (
          <li key={s.id}>
            <LinkedText text={s.text} />
          </li>
        ))}
      </ol>
      {contact && (
        <p className="contact-link">
          <a href={contact.url} target="_blank" rel="noopener noreferrer">
            {contact.label}
          </a>
        </p>
      )}

      <h2 className="heading-m">{ui.costsTitle}</h2>
      <ul className="list list--bullet">
        {result.order.map((role) => (
          <li key={role}>{content.profiles[role]?.cost}</li>
        ))}
      </ul>

      <details className="details print-open ask">
        <summary>
          <h2 className="heading-m">{ui.askTitle}</h2>
        </summary>
        {result.questionsToAsk.map(({ role, questions: asks }) => (
          <div key={role}>
            <h3 className="heading-s">{content.profiles[role]?.name}</h3>
            <ul className="list list--bullet">
              {asks.map((q) => (
                <li key={q.id}>{q.text}</li>
              ))}
            </ul>
          </div>
        ))}
      </details>

      <div className="print-only reopen">
        <QrCode text={reopenLink} label={content.ui.planner.sheetQr} />
        <p>
          {ui.reopen} <BreakableLink href={reopenLink} />
        </p>
        <p>{fill(ui.printedOn, { date: today })}</p>
      </div>

      {/* After the first printed page's handoff: the QR code and the way back come first. */}
      {result.otherHelp.length > 0 && (
        <>
          <h2 className="heading-s">{ui.otherHelpTitle}</h2>
          <ul className="list list--bullet other-help">
            {result.otherHelp.map((s) => (
              <li key={s.id}>
                <LinkedText text={s.text} />
              </li>
            ))}
          </ul>
        </>
      )}
      {result.order.map((role) => (
        <ReasonGroup
          key={role}
          heading={fill(ui.whyTitle, { role: article(role) })}
          reasons={result.reasons.filter((r) => r.role === role)}
          moreLabel={ui.moreReasons}
          locale={content.locale}
          // For both, one reason each in view (two roles' lists would push the page past four
          // phone screens in Spanish); the rest are one tap away.
          shown={result.order.length > 1 ? 1 : 3}
        />
      ))}
      {result.mixed && others.length > 0 && otherReasons.length > 0 && (
        <>
          <p>{fill(content.mixedNote, { other: article(others[0]!) })}</p>
          <details className="details no-print">
            <summary>{fill(ui.otherRoleReasonsTitle, { role: article(others[0]!) })}</summary>
            <ul className="list list--bullet reasons">
              {otherReasons.map((r) => (
                <li key={`${r.question}-${r.answer}`}>{r.text}</li>
              ))}
            </ul>
          </details>
        </>
      )}

      {result.extras.length > 0 && (
        <>
          <h2 className="heading-m">{ui.extrasTitle}</h2>
          {result.extras.map((e) => (
            <details className="details print-open" key={e.id}>
              <summary>{e.title}</summary>
              <p>{e.text}</p>
            </details>
          ))}
        </>
      )}

      <h2 className="heading-m no-print">{ui.rolesTitle}</h2>
      {[...result.order, ...others].map((role) => (
        <RoleCard
          key={role}
          profile={content.profiles[role]!}
          strings={ui}
          title={fill(ui.aboutRole, { role: article(role) })}
          tag={tagFor(role)}
          recommended={result.order.includes(role)}
          matched={result.reasons.filter((r) => r.role === role).map((r) => r.duty)}
        />
      ))}

      <div className="warning-text">
        <p>{ui.disclaimer}</p>
      </div>

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

      <details className="details answers">
        <summary>{ui.answersTitle}</summary>
        <AnswerSummary questions={questions} answers={answers} notAnswered={content.ui.check.notAnswered} />
      </details>

      <p className="about">{fill(ui.version, { version: content.version, date: reviewed })}</p>
      <details className="details no-print">
        <summary>{ui.aboutTitle}</summary>
        <p>{content.sources.basis}</p>
        <h3 className="heading-s">{ui.sourcesTitle}</h3>
        <ul className="list list--bullet">
          {content.sources.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.name}
              </a>
              : {s.note}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
