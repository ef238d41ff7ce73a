// For discharge planners: choose the answers you know, copy or print a link for the family.
// Nothing here is stored: planners share workstations.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Content } from '../../content/types';
import { layouts } from 'virtual:care-path-codes';
import { careTeamName, encodeCareCode, fillTemplate, formatAnswerText, formatCareCode, pruneAnswers, visibleQuestions } from '../../domain';
import { useCopy } from '../guidance/useCopy';
import { PlannerDetailsForm } from './PlannerDetailsForm';
import { PlannerSheet } from './PlannerSheet';
import { usePlannerDetails } from './plannerDetails';
import './planner.css';

interface Props {
  content: Content;
  /** The family page the link opens, without a fragment. */
  wizardUrl: string;
  /** Languages the guide exists in; the family's choice goes into the link and the sheet. */
  languages?: readonly { code: string; name: string }[];
  /** The language a link without `lang` opens in. */
  defaultLocale?: string;
  /** The family's language, as chosen (its words may still be on their way). */
  familyLocale?: string;
  /** The content in the family's language, for the printed sheet. */
  familyContent?: Content;
  onFamilyLanguage?: (code: string) => void;
}

const LEAVE = '';

/** A text message with this body: `sms:?&body=` opens the messages app on both iOS and Android. */
const smsHref = (body: string) => `sms:?&body=${encodeURIComponent(body)}`;

/** An email with this subject and body, in the device's own mail app. */
const mailtoHref = (subject: string, body: string) => `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

export function PlannerScreen({
  content,
  wizardUrl,
  languages = [],
  defaultLocale,
  familyContent = content,
  familyLocale,
  onFamilyLanguage,
}: Props) {
  const t = content.ui.planner;
  const family = familyLocale ?? familyContent.locale;
  const [raw, setRaw] = useState<Record<string, string[]>>({});
  const mine = usePlannerDetails();
  const [cleared, setCleared] = useState(false);
  const { status, copy, reset } = useCopy();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const answers = useMemo(() => pruneAnswers(content, raw), [content, raw]);
  const questions = visibleQuestions(content, answers);
  const langPart = defaultLocale && family !== defaultLocale ? `&lang=${family}` : '';
  // The hospital or unit goes in the link, by name only, so the family's welcome names it.
  const unitTyped = mine.details.unit.trim();
  const unit = unitTyped ? careTeamName(unitTyped) : null;
  const unitPart = unit ? `&unit=${encodeURIComponent(unit)}` : '';
  const link = `${wizardUrl}#${formatAnswerText(content, answers)}${langPart}${unitPart}`;
  const answered = questions.filter((q) => answers[q.id]).length;
  const message = fillTemplate(familyContent.ui.planner.messageBody, { link });
  // The same answers and language as the link, short enough to read out or type (issue 24).
  const layout = layouts.find((l) => l.version === content.version);
  const code = layout ? formatCareCode(encodeCareCode(layout, answers, family)) : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new link is selected again
  useEffect(() => {
    if (status === 'failed') fieldRef.current?.select();
  }, [status, link]);

  const set = (question: string, values: string[]) => {
    setCleared(false);
    reset();
    setRaw((prev) => ({ ...prev, [question]: values }));
  };
  const clear = () => {
    setRaw({});
    // The next patient starts from nothing: the language too.
    if (family !== content.locale) onFamilyLanguage?.(content.locale);
    reset();
    setCleared(true);
    headingRef.current?.focus();
  };

  return (
    <>
      <div className="planner no-print">
        {/* From 1,024 px, two columns: the link, Copy and Print stay in view beside the form. */}
        <div className="planner__columns">
          <div className="planner__main">
            <h1 className="heading-xl" tabIndex={-1} ref={headingRef}>
              {t.title}
            </h1>
            <p className="lead">{t.lead}</p>
            <div className="planner__form">
              {questions.map((q) => {
                const given = answers[q.id] ?? [];
                const multiple = q.kind === 'multiple';
                const choices = multiple ? q.options : [{ id: LEAVE, label: t.leaveOpen }, ...q.options];
                return (
                  <fieldset className="fieldset planner__question" key={q.id}>
                    <legend className="fieldset__legend planner__legend">{q.title}</legend>
                    <div className={multiple ? 'choices choices--checkboxes' : 'choices choices--radios'}>
                      {choices.map((o) => {
                        const id = `p-${q.id}-${o.id || 'leave'}`;
                        const checked = o.id === LEAVE ? given.length === 0 : given.includes(o.id);
                        return (
                          <div className="choice" key={id}>
                            <input
                              className="choice__input"
                              id={id}
                              type={multiple ? 'checkbox' : 'radio'}
                              name={`p-${q.id}`}
                              checked={checked}
                              onChange={(e) => {
                                if (!multiple) return set(q.id, o.id === LEAVE ? [] : [o.id]);
                                const on = e.currentTarget.checked;
                                set(q.id, on ? [...given, o.id] : given.filter((v) => v !== o.id));
                              }}
                            />
                            <label className="choice__label" htmlFor={id}>
                              {o.label}
                            </label>
                          </div>
                        );
                      })}
                    </div>
                  </fieldset>
                );
              })}
            </div>
          </div>
          <section className="planner__link" aria-labelledby="planner-link-title">
            <h2 id="planner-link-title" className="heading-m">
              {t.linkTitle}
            </h2>
            {/* The family's language decides the link and the sheet, so it sits with them. */}
            {languages.length > 1 && onFamilyLanguage && (
              <fieldset className="fieldset planner__question">
                <legend className="fieldset__legend planner__legend">{t.familyLanguage}</legend>
                <div className="choices choices--radios">
                  {languages.map((l) => (
                    <div className="choice" key={l.code}>
                      <input
                        className="choice__input"
                        id={`p-lang-${l.code}`}
                        type="radio"
                        name="p-lang"
                        checked={family === l.code}
                        onChange={() => onFamilyLanguage(l.code)}
                      />
                      <label className="choice__label" htmlFor={`p-lang-${l.code}`} lang={l.code}>
                        {l.name}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )}
            <p>{fillTemplate(t.answeredCount, { count: answered, total: questions.length })}</p>
            <label htmlFor="planner-link" className="share__label">
              {t.linkLabel}
            </label>
            {/* A text area shows the whole link, wrapped, for the planner to read over. */}
            <textarea id="planner-link" ref={fieldRef} className="text-input planner__field" rows={2} readOnly value={link} />
            {code && (
              <p className="planner__code">
                {t.codeLabel}: <strong className="care-code">{code}</strong>
              </p>
            )}
            <div className="button-group">
              <button type="button" className="button" onClick={() => copy(link)}>
                {t.copy}
              </button>
              <a className="button button--secondary" href={link} target="_blank" rel="noopener noreferrer">
                {t.open}
              </a>
              <button type="button" className="button button--secondary" onClick={() => window.print()}>
                {t.print}
              </button>
              {/* The device's own messages and email, with the link in the body: nothing passes
                  through a server of ours. The words are in the family's language. */}
              <a className="button button--secondary" href={smsHref(message)}>
                {t.sendText}
              </a>
              <a className="button button--secondary" href={mailtoHref(familyContent.ui.planner.messageSubject, message)}>
                {t.sendEmail}
              </a>
            </div>
            <PlannerDetailsForm t={t} mine={mine} unitTyped={unitTyped} unit={unit} />
            <p className="planner__privacy">{t.privacy}</p>
            <button type="button" className="button button--warning" onClick={clear}>
              {t.clear}
            </button>
            {/* Last in the panel, so a message that appears moves nothing the planner is about to press. */}
            <p role="status" className="planner__status">
              {cleared ? t.cleared : status === 'copied' ? t.copied : status === 'failed' ? t.copyFailed : ''}
            </p>
          </section>
        </div>
        <p>
          <a href={wizardUrl}>{t.backToGuide}</a>
        </p>
      </div>

      <PlannerSheet
        content={familyContent}
        link={link}
        code={code}
        answers={answers}
        questionIds={questions.map((q) => q.id)}
        planner={mine.details}
      />
    </>
  );
}
