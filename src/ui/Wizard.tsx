// Reads the machine and shows the screen for its state. Moves focus to the new heading on
// every step so keyboard and screen-reader users start at the top of what changed.
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Guidance, RoleId } from '../content/types';
import { fill } from '../domain';
import { selectProgress, selectQuestion, selectStep } from '../machine/selectors';
import { useWizardActor, useWizardSnapshot } from './actorContext';
import { LanguageSwitch } from './components/LanguageSwitch';
import { RestartControl } from './components/RestartControl';
import { createLaterSteps } from './loadLaterSteps';
import { LaterStatus } from './screens/LaterStatus';
import { QuestionScreen } from './screens/QuestionScreen';
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
  embed?: { hostName: string | null; contact: { url: string; label: string | null; role?: RoleId | null } | null } | null;
  /** Fetches a language's guidance: the words and scoring of the check page and result. */
  loadGuidance: (locale: string) => Promise<Guidance>;
  /** Told the outcome id whenever a result is shown. */
  onOutcome?: (outcome: string) => void;
  /**
   * "Try again" after the check page or result failed to load; resolves false when the network
   * is still gone. Without it, the parts are fetched again in this document.
   */
  onRetry?: () => Promise<boolean>;
  /** The page was reloaded by a retry: focus goes to the step that arrives. */
  retried?: boolean;
}

export function Wizard({
  onMounted,
  languages = [],
  onLanguage,
  defaultLocale,
  embed = null,
  loadGuidance,
  onOutcome,
  onRetry,
  retried = false,
}: WizardProps) {
  const actor = useWizardActor();
  const snapshot = useWizardSnapshot(actor);
  const step = selectStep(snapshot);
  const { content, answers, error, returnToCheck, contentProblem, notice, prefilled } = snapshot.context;
  const mainRef = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  const focusIsOurs = useRef(retried);
  const question = selectQuestion(snapshot);

  const later = useMemo(() => createLaterSteps(loadGuidance), [loadGuidance]);
  const locale = content?.locale ?? '';
  const laterState = useSyncExternalStore(
    later.subscribe,
    () => later.get(locale),
    () => null,
  );
  // Arriving by a link (welcome, conflict) needs them too: their words come with the guidance.
  const wantsLater = !!content && !snapshot.matches('start') && step !== 'unusable';
  useEffect(() => {
    if (wantsLater) later.request(locale);
  }, [wantsLater, later, locale]);
  // The check page and result, once their code and guidance are here, with the full content.
  const loaded = useMemo(
    () =>
      content && laterState?.status === 'ready'
        ? { steps: laterState.steps, content: laterState.steps.joinContent(content, laterState.guidance) }
        : null,
    [content, laterState],
  );
  // Scored once here, for the page title and the result screen alike.
  const result = useMemo(
    () => (loaded && step === 'result' ? loaded.steps.recommend(loaded.content, answers) : null),
    [loaded, step, answers],
  );

  const pageTitle = !content
    ? fallbackUnusable.title
    : step === 'start'
      ? content.ui.start.title
      : step === 'check'
        ? (loaded?.content.ui.check.title ?? content.ui.later.loading)
        : step === 'result'
          ? loaded && result
            ? loaded.steps.resultHeading(loaded.content, result)
            : content.ui.later.loading
          : (question?.title ?? content.ui.unusable.title);

  useEffect(() => {
    const prefix = error && content ? `${content.ui.document.errorPrefix} ` : '';
    document.title = content ? prefix + fill(content.ui.document.title, { page: pageTitle }) : pageTitle;
  }, [pageTitle, error, content]);

  useEffect(() => onMounted?.(), [onMounted]);

  useEffect(() => {
    if (content) document.documentElement.lang = content.locale;
  }, [content]);

  // In a frame, focusing a heading would scroll the host page to it: one scroll per question,
  // which a host could count (ADR 10). There headings are focused in place, and embed.js moves
  // the host page only on a new section.
  const inPlace = embed ? { preventScroll: true } : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves each time the step changes
  useEffect(() => {
    // The first screen of a visit keeps the browser's own focus; every later step moves it.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('[data-step-heading]')?.focus(inPlace);
    focusIsOurs.current = true;
  }, [step]);

  const laterStatus = laterState?.status;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs each time the late part arrives or fails
  useEffect(() => {
    // When the page that was loading arrives (or fails), the placeholder or Try again button
    // that had focus is gone: focus goes on to the new heading. On a visit's first screen the
    // browser keeps its focus, as above, unless the person pressed Try again.
    const heading = mainRef.current?.querySelector<HTMLElement>('[data-step-heading]');
    const dropped = !document.activeElement || document.activeElement === document.body;
    if (heading && dropped && focusIsOurs.current) heading.focus(inPlace);
  }, [laterStatus]);

  const send = actor.send;
  const failed = laterState?.status === 'failed';
  const fetchAgain = useCallback(() => (onRetry ? void onRetry() : later.request(locale)), [onRetry, later, locale]);
  // Hospital Wi-Fi comes back by itself: so does the page, without a tap.
  useEffect(() => {
    if (!failed) return;
    window.addEventListener('online', fetchAgain);
    return () => window.removeEventListener('online', fetchAgain);
  }, [failed, fetchAgain]);
  const retry = () => {
    focusIsOurs.current = true;
    fetchAgain();
  };
  const restart = content ? <RestartControl strings={content.ui.restart} onRestart={() => send({ type: 'RESTART' })} /> : null;

  // What a link brought is told in words that arrive with the guidance: a link's first screen
  // requests it at once, and a family who starts plainly never needs them.
  const noticeNode = loaded && notice ? <loaded.steps.PrefillNotice content={loaded.content} notice={notice} /> : null;
  const prefillStrings = loaded?.content.ui.prefill;
  const noteFor = (q: string) =>
    !prefilled[q] || !prefillStrings
      ? null
      : { 'care-team': prefillStrings.careTeam, website: prefillStrings.website, shared: prefillStrings.shared }[prefilled[q]];
  const laterStep = (['welcome', 'conflict', 'check', 'result'] as const).find((s) => snapshot.matches(s));

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
  } else if (!snapshot.matches('start') && !loaded) {
    screen = <LaterStatus strings={content.ui.later} failed={failed} onRetry={retry} restart={restart} />;
  } else if (loaded && laterStep) {
    const { LaterScreen } = loaded.steps;
    screen = (
      <LaterScreen
        state={laterStep}
        questionnaire={content}
        content={loaded.content}
        result={result}
        answers={answers}
        prefilled={prefilled}
        careTeam={snapshot.context.careTeam}
        notice={noticeNode}
        restart={restart}
        send={send}
        defaultLocale={defaultLocale}
        embed={embed}
        onOutcome={onOutcome}
      />
    );
  } else {
    screen = (
      <StartScreen
        content={content}
        onStart={() => send({ type: 'START' })}
        hostNote={embed ? fill(content.ui.embed.hostLearns, { host: embed.hostName ?? content.ui.embed.unnamedHost }) : null}
        // An embed takes no link once it has started (ADR 10), so it offers no code either.
        onCodeWanted={embed ? null : () => later.request(locale)}
        codeEntry={
          loaded ? (
            <loaded.steps.CodeEntry
              content={loaded.content}
              // The same door as a care team's link: the address's fragment (startWizard listens).
              onCode={(fragment, codeLocale) => {
                window.location.hash = fragment;
                // A fragment that arrives in a running page keeps its language: the code's is switched to.
                if (codeLocale !== locale) onLanguage?.(codeLocale);
              }}
            />
          ) : null
        }
        loadingText={content.ui.later.loading}
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
