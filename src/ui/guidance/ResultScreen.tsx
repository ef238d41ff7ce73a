import { useEffect } from 'react';
import type { Content } from '../../content/types';
import { pageHeading, type Recommendation, type ResultPage, wordsOf } from '../../domain';
import { RestartControl } from '../components/RestartControl';
import { AnswerSummary } from './AnswerSummary';
import { BreakableLink, LinkedText } from './LinkedText';
import { QrCode } from './QrCode';
import { ReasonGroup } from './ReasonGroup';
import { RoleCard } from './RoleCard';
import { StepHeading } from '../components/StepHeading';

interface Props {
  /** Every word of the result, in order (the domain's page model): this screen adds none. */
  page: ResultPage;
  onChangeAnswers: () => void;
  onRestart: () => void;
  /** The share control, given its words from the page model. */
  share: (words: Record<keyof ResultPage['share'], string>) => React.ReactNode;
  /** A link that reopens these answers, printed as text and as a QR code. */
  reopenLink: string;
  /** An agency's contact link, when the wizard is embedded on its site: the agency's words. */
  contact?: { url: string; label: string } | null;
}

/** The result's heading, for the document title: the page model's own. */
export function resultHeading(content: Content, result: Recommendation): string {
  return pageHeading(content, result).text;
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

/** An agency that provides a recommended role: its contact as one of the steps, where the domain puts it. */
const contactStep = (contact: { url: string; label: string }) => (
  <li key="agency-contact" className="contact-link">
    <a href={contact.url} target="_blank" rel="noopener noreferrer">
      {contact.label}
    </a>
  </li>
);

/**
 * Action first (GOV.UK's confirmation pattern): the outcome and why, what to do now with links
 * and phone numbers, costs, then the reasons; everything longer is one click away.
 */
export function ResultScreen({ page, onChangeAnswers, onRestart, share, reopenLink, contact = null }: Props) {
  usePrintOpens('details.print-open');
  return (
    <div className="result">
      <div className="panel">
        <StepHeading size="xl">{page.heading.text}</StepHeading>
        {/* For both, the order says why and what first in one go. */}
        <p className="lead">{page.lead.text}</p>
      </div>
      {page.sharedNote && (
        <div className="inset no-print">
          <p>{page.sharedNote.note.text}</p>
          <button type="button" className="link-button" onClick={onChangeAnswers}>
            {page.sharedNote.change.text}
          </button>
        </div>
      )}

      <h2 className="heading-m">{page.now.title.text}</h2>
      <ol className="list list--number now-steps">
        {page.now.steps.flatMap((s, i) => [
          ...(contact && page.now.contactAt === i ? [contactStep(contact)] : []),
          <li key={s.keys[0]}>
            <LinkedText text={s.text} />
          </li>,
        ])}
        {contact && page.now.contactAt === page.now.steps.length && contactStep(contact)}
      </ol>
      {contact && page.now.contactAt === null && (
        <p className="contact-link">
          <a href={contact.url} target="_blank" rel="noopener noreferrer">
            {contact.label}
          </a>
        </p>
      )}
      {/* Sharing sits with the actions, near the top, after an agency's contact: a family sends this to a sibling first. */}
      <div className="no-print">{share(wordsOf(page.share))}</div>

      <h2 className="heading-m">{page.costs.title.text}</h2>
      <ul className="list list--bullet">
        {page.costs.items.map((c) => (
          <li key={c.keys[0]}>{c.text}</li>
        ))}
      </ul>

      <details className="details print-open ask">
        <summary>
          <h2 className="heading-m">{page.ask.title.text}</h2>
        </summary>
        {page.ask.groups.map(({ role, title, questions }) => (
          <div key={role}>
            <h3 className="heading-s">{title.text}</h3>
            <ul className="list list--bullet">
              {questions.map((q) => (
                <li key={q.keys[0]}>{q.text}</li>
              ))}
            </ul>
          </div>
        ))}
      </details>

      <div className="print-only reopen">
        <QrCode text={reopenLink} label={page.reopen.qrLabel.text} />
        <p>
          {page.reopen.text.text} <BreakableLink href={reopenLink} />
        </p>
        <p>{page.reopen.printedOn.text}</p>
      </div>

      {/* Paper: page 1 is the handoff above; everything below starts page 2 (the why, the
          family's own answers, the notes), so no page holds a stray line or two. */}
      <div className="result-more">
        {page.otherHelp && (
          <>
            <h2 className="heading-s">{page.otherHelp.title.text}</h2>
            <ul className="list list--bullet other-help">
              {page.otherHelp.items.map((s) => (
                <li key={s.keys[0]}>
                  <LinkedText text={s.text} />
                </li>
              ))}
            </ul>
          </>
        )}
        {page.why.map((group) => (
          <ReasonGroup key={group.role} group={group} />
        ))}
        {page.mixed && (
          <>
            <p>{page.mixed.note.text}</p>
            <details className="details no-print">
              <summary>{page.mixed.title.text}</summary>
              <ul className="list list--bullet reasons">
                {page.mixed.reasons.map((r) => (
                  <li key={r.keys.join()}>{r.text}</li>
                ))}
              </ul>
            </details>
          </>
        )}

        {page.extras && (
          <>
            <h2 className="heading-m">{page.extras.title.text}</h2>
            {page.extras.items.map((e) => (
              <details className="details print-open" key={e.title.keys[0]}>
                <summary>{e.title.text}</summary>
                <p>{e.text.text}</p>
              </details>
            ))}
          </>
        )}

        <h2 className="heading-m no-print">{page.roles.title.text}</h2>
        {page.roles.cards.map((card) => (
          <RoleCard key={card.role} card={card} />
        ))}

        <div className="warning-text">
          <p>{page.disclaimer.text}</p>
        </div>

        <div className="button-group no-print">
          <button type="button" className="button button--secondary" onClick={onChangeAnswers}>
            {page.changeAnswers.text}
          </button>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {page.print.text}
          </button>
          <RestartControl strings={wordsOf(page.restart)} onRestart={onRestart} />
        </div>

        {/* On paper the answers and the version line after them move as one block. */}
        <div className="answers-end">
          <details className="details print-open answers">
            <summary>{page.answers.title.text}</summary>
            <AnswerSummary rows={page.answers.rows} />
          </details>

          {/* Version, review date and sources are for whoever asks, behind "About this guidance";
              paper keeps the version line, under that heading. */}
          <details className="details print-open about">
            <summary>{page.about.title.text}</summary>
            <p className="about__version">{page.about.version.text}</p>
            <p className="no-print">{page.about.basis.text}</p>
            <h3 className="heading-s no-print">{page.about.sourcesTitle.text}</h3>
            <ul className="list list--bullet no-print">
              {page.about.sources.map((s) => (
                <li key={s.name.text}>
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.name.text}
                  </a>
                  : {s.note.text}
                </li>
              ))}
            </ul>
          </details>
        </div>
      </div>
    </div>
  );
}
