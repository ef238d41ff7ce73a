// The handoff sheet a planner prints for the family, in the family's language: the link as text
// and as a QR code, what the care team filled in, and the two roles in three lines. Only
// printed: on screen the planner sees the same answers in the form beside the link.
import type { Answers, Content } from '../../content/types';
import { answerRows, fillTemplate } from '../../domain';
import { freeHelpFor } from '../../domain/result/freeHelp';
import { BreakableLink, LinkedText } from '../guidance/LinkedText';
import { QrCode } from '../guidance/QrCode';
import type { PlannerDetails } from './plannerDetails';

/** The three most urgent free routes that apply, so a full sheet stays one page; the result lists them all. */
const SHEET_FREE_HELP = 3;

interface Props {
  /** The content in the family's language. */
  content: Content;
  link: string;
  /** The care code for the same answers, printed large beside the QR code. */
  code?: string | null;
  answers: Answers;
  /** The questions shown on the planner page, in their order. */
  questionIds: readonly string[];
  /** The planner's own details, printed where they were once handwritten. */
  planner?: PlannerDetails;
}

export function PlannerSheet({ content, link, code = null, answers, questionIds, planner }: Props) {
  const contact = [planner?.name.trim(), planner?.phone.trim()].filter(Boolean).join(', ');
  const t = content.ui.planner;
  // What the care team filled in, in the words the check page and the result use.
  const asked = questionIds.flatMap((id) => content.questions.filter((q) => q.id === id && (answers[id]?.length ?? 0) > 0));
  const filled = answerRows(content, answers, asked).map((row) => ({
    id: row.id,
    title: row.question.text,
    answer: row.answers.map((a) => a.text).join('; '),
  }));
  // Free and public help that already applies to what the care team filled in.
  const freeHelp = freeHelpFor(content, answers).slice(0, SHEET_FREE_HELP);
  return (
    <section className="print-sheet" aria-hidden="true" lang={content.locale}>
      <h1 className="sheet__title">{t.sheetTitle}</h1>
      {planner?.unit.trim() && <p className="sheet__from">{fillTemplate(t.sheetFrom, { unit: planner.unit.trim() })}</p>}
      <p>{t.sheetIntro}</p>
      {/* The way in first: the link and its QR code come before everything else. */}
      <div className="sheet__reach">
        <div>
          <h2 className="sheet__heading">{t.sheetLink}</h2>
          <p className="sheet-link">
            <BreakableLink href={link} />
          </p>
          <p className="sheet__heading">{t.sheetQr}</p>
          {code && (
            <p className="sheet__code">
              {t.sheetCode} <strong className="care-code">{code}</strong>
            </p>
          )}
          <p>{t.sheetPrivacy}</p>
        </div>
        <QrCode text={link} label={t.sheetQr} />
      </div>
      <div className="sheet__lines">
        <p className="sheet-line">{t.sheetPatient}:</p>
        <p className="sheet-line">
          {t.sheetPlanner}: {contact}
        </p>
      </div>
      {filled.length > 0 && (
        <>
          <h2 className="sheet__heading">{t.sheetAnswers}</h2>
          <dl className="sheet__answers">
            {filled.map((f) => (
              <div key={f.id}>
                <dt>{f.title}</dt>
                <dd>{f.answer}</dd>
              </div>
            ))}
          </dl>
          <p>{t.sheetAnswersNote}</p>
        </>
      )}
      {freeHelp.length > 0 && (
        <>
          <h2 className="sheet__heading">{t.sheetFreeHelp}</h2>
          <ul className="sheet__free">
            {freeHelp.map((s) => (
              <li key={s.id}>
                <LinkedText text={s.text} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="sheet__heading">{t.sheetRolesTitle}</h2>
      {t.sheetRoles.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="sheet__disclaimer">{content.ui.result.disclaimer}</p>
    </section>
  );
}
