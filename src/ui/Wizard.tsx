// Reads the machine and shows the screen for its state. Moves focus to the new heading on
// every step so keyboard and screen-reader users start at the top of what changed.
import { useSelector } from '@xstate/react';
import { useEffect, useRef } from 'react';
import { fill, formatAnswerText, visibleQuestions } from '../domain';
import { selectProgress, selectQuestion, selectStep } from '../machine/selectors';
import { useWizardActor } from './actorContext';
import { LanguageSwitch } from './components/LanguageSwitch';
import { PrefillNotice } from './components/PrefillNotice';
import { RestartControl } from './components/RestartControl';
import { ShareLink } from './components/ShareLink';
import { CheckScreen } from './screens/CheckScreen';
import { QuestionScreen } from './screens/QuestionScreen';
import { ResultScreen, resultHeading } from './screens/ResultScreen';
import { StartScreen } from './screens/StartScreen';
import { fallbackUnusable, UnusableScreen } from './screens/UnusableScreen';

interface WizardProps {
  onMounted?: () => void;
  /** Languages the content exists in; a switch shows when there is more than one. */
  languages?: readonly { code: string; name: string }[];
  onLanguage?: (code: string) => void;
  /** The default language, left out of shared links. */
  defaultLocale?: string;
  /** Set when shown inside an agency's page: no site chrome, and what the host learns. */
  embed?: { hostName: string | null; contact: { url: string; label: string | null } | null } | null;
}

export function Wizard({ onMounted, languages = [], onLanguage, defaultLocale, embed = null }: WizardProps = {}) {
  const actor = useWizardActor();
  const snapshot = useSelector(actor, (s) => s);
  const step = selectStep(snapshot);
  const { content, answers, error, result, returnToCheck, contentProblem, notice, prefilled } = snapshot.context;
  const mainRef = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  const question = selectQuestion(snapshot);

  const pageTitle = !content
    ? fallbackUnusable.title
    : step === 'start'
      ? content.ui.start.title
      : step === 'check'
        ? content.ui.check.title
        : step === 'result' && result
          ? resultHeading(content, result)
          : (question?.title ?? content.ui.unusable.title);

  useEffect(() => {
    const prefix = error && content ? `${content.ui.document.errorPrefix} ` : '';
    document.title = content ? prefix + fill(content.ui.document.title, { page: pageTitle }) : pageTitle;
  }, [pageTitle, error, content]);

  useEffect(() => onMounted?.(), [onMounted]);

  useEffect(() => {
    if (content) document.documentElement.lang = content.locale;
  }, [content]);

  useEffect(() => {
    // The first screen of a visit keeps the browser's own focus; every later step moves it.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }, [step]);

  const send = actor.send;
  const restart = content ? <RestartControl strings={content.ui.restart} onRestart={() => send({ type: 'RESTART' })} /> : null;

  const noticeNode = content && notice ? <PrefillNotice content={content} notice={notice} /> : null;
  const prefillStrings = content?.ui.prefill;
  const noteFor = (q: string) =>
    !prefilled[q] ? null : prefilled[q] === 'website' ? prefillStrings!.website : prefillStrings!.careTeam;
  const tagFor = (q: string) =>
    !prefilled[q] ? null : prefilled[q] === 'website' ? prefillStrings!.websiteTag : prefillStrings!.careTeamTag;
  // The link is built from the page's own address, so it works wherever the app is hosted.
  const langPart = content && defaultLocale && content.locale !== defaultLocale ? `&lang=${content.locale}` : '';
  const linkToAnswers = () =>
    content ? `${window.location.href.split('#')[0]}#${formatAnswerText(content, answers)}${langPart}` : '';
  const share = content ? <ShareLink strings={content.ui.share} link={linkToAnswers} /> : null;

  let screen: React.ReactNode;
  if (!content || snapshot.matches('unusable')) {
    screen = <UnusableScreen strings={content?.ui.unusable ?? fallbackUnusable} detail={contentProblem} />;
  } else if (snapshot.matches('question') && question) {
    screen = (
      <>
        <QuestionScreen
          key={question.id}
          content={content}
          question={question}
          saved={answers[question.id] ?? []}
          progress={selectProgress(snapshot)}
          error={error === 'required'}
          backLabel={returnToCheck ? content.ui.question.backToCheck : content.ui.question.back}
          prefilledNote={noteFor(question.id)}
          notice={noticeNode}
          onAnswer={(value) => send({ type: 'ANSWER', value })}
          onBack={() => send({ type: 'BACK' })}
        />
        <div className="restart-area">{restart}</div>
      </>
    );
  } else if (snapshot.matches('check')) {
    screen = (
      <>
        <CheckScreen
          content={content}
          questions={visibleQuestions(content, answers)}
          answers={answers}
          prefilledTag={tagFor}
          notice={noticeNode}
          share={share}
          onChange={(q) => send({ type: 'CHANGE', question: q })}
          onConfirm={() => send({ type: 'CONFIRM' })}
          onBack={() => send({ type: 'BACK' })}
        />
        <div className="restart-area">{restart}</div>
      </>
    );
  } else if (snapshot.matches('result') && result) {
    screen = (
      <ResultScreen
        content={content}
        result={result}
        onChangeAnswers={() => send({ type: 'BACK' })}
        restart={restart}
        share={share}
        questions={visibleQuestions(content, answers)}
        answers={answers}
        reopenLink={linkToAnswers()}
        today={new Intl.DateTimeFormat(content.locale, { dateStyle: 'long' }).format(new Date())}
        contact={
          embed?.contact
            ? { url: embed.contact.url, label: embed.contact.label ?? fill(content.ui.embed.contact, { host: embed.hostName ?? '' }) }
            : null
        }
      />
    );
  } else {
    screen = (
      <StartScreen
        content={content}
        onStart={() => send({ type: 'START' })}
        hostNote={embed ? fill(content.ui.embed.hostLearns, { host: embed.hostName ?? '' }) : null}
      />
    );
  }

  const languageSwitch =
    content && onLanguage ? (
      <LanguageSwitch label={content.ui.languageLabel} current={content.locale} languages={languages} onChange={onLanguage} />
    ) : null;

  if (embed) {
    return (
      <div className="page page--embedded" lang={content?.locale}>
        {languageSwitch && <div className="embedded-bar">{languageSwitch}</div>}
        <main id="main" className="main" ref={mainRef} data-step={step}>
          {screen}
        </main>
      </div>
    );
  }

  return (
    <div className="page" lang={content?.locale}>
      <header className="header">
        <div className="header__inner">
          <p className="header__name">{content?.ui.appName ?? 'Care Path Wizard'}</p>
          {languageSwitch}
        </div>
      </header>
      <main id="main" className="main" ref={mainRef} data-step={step}>
        {screen}
      </main>
      {content && <footer className="footer">{content.ui.footer}</footer>}
    </div>
  );
}
