// Reads the machine and shows the screen for its state. Moves focus to the new heading on
// every step so keyboard and screen-reader users start at the top of what changed.
import { useEffect, useRef } from 'react';
import type { RoleId } from '../content/types';
import { fillTemplate } from '../domain';
import { selectProgress, selectQuestion, selectStep } from '../machine/selectors';
import { useWizardActor, useWizardSnapshot } from './actorContext';
import { LanguageSwitch } from './components/LanguageSwitch';
import { PageFrame } from './PageFrame';
import { RestartControl } from './components/RestartControl';
import { GuidanceLoading } from './screens/GuidanceLoading';
import { QuestionScreen } from './screens/QuestionScreen';
import { StartScreen } from './screens/StartScreen';
import { fallbackUnusable, UnusableScreen } from './screens/UnusableScreen';
import { useGuidance } from './useGuidance';
import { useStepFocus } from './useStepFocus';

interface WizardProps {
  onMounted?: () => void;
  /** Languages the content exists in; a switch shows when there is more than one. */
  languages?: readonly { code: string; name: string }[];
  onLanguage?: (code: string) => void;
  /** The default language, left out of shared links. */
  defaultLocale?: string;
  /** Set when shown inside an agency's page: no site chrome, and what the host learns. */
  embed?: { hostName: string | null; contact: { url: string; label: string | null; role?: RoleId | null } | null } | null;
  /**
   * "Try again" after the check page or result failed to load; resolves false when the network
   * is still gone. Without it, the parts are fetched again in this document.
   */
  onRetry?: () => Promise<boolean>;
  /** The page was reloaded by a retry: focus goes to the step that arrives. */
  retried?: boolean;
}

export function Wizard({ onMounted, languages = [], onLanguage, defaultLocale, embed = null, onRetry, retried = false }: WizardProps) {
  const actor = useWizardActor();
  const snapshot = useWizardSnapshot(actor);
  const step = selectStep(snapshot);
  const { content, answers, error, returnToCheck, contentProblem, notice, prefilled } = snapshot.context;
  const mainRef = useRef<HTMLElement>(null);
  const question = selectQuestion(snapshot);
  const locale = content?.locale ?? '';

  const guidance = useGuidance(actor, snapshot.context.guidance, onRetry);
  const { loaded } = guidance;
  // Scored by the machine on arriving at the result, for the page title and the screen alike.
  const result = snapshot.context.result;

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
    document.title = content ? prefix + fillTemplate(content.ui.document.title, { page: pageTitle }) : pageTitle;
  }, [pageTitle, error, content]);

  useEffect(() => onMounted?.(), [onMounted]);

  useEffect(() => {
    if (content) document.documentElement.lang = content.locale;
  }, [content]);

  const claimFocus = useStepFocus(mainRef, step, guidance.status, !!embed, retried);
  const send = actor.send;
  const retry = () => {
    claimFocus();
    guidance.retry();
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
    screen = <GuidanceLoading strings={content.ui.later} failed={guidance.failed} onRetry={retry} restart={restart} />;
  } else if (loaded && laterStep) {
    const { GuidanceScreen } = loaded.steps;
    screen = (
      <GuidanceScreen
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
      />
    );
  } else {
    screen = (
      <StartScreen
        content={content}
        onStart={() => send({ type: 'START' })}
        hostNote={embed ? fillTemplate(content.ui.embed.hostLearns, { host: embed.hostName ?? content.ui.embed.unnamedHost }) : null}
        // An embed takes no link once it has started (ADR 10), so it offers no code either.
        onCodeWanted={embed ? null : guidance.request}
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

  return (
    <PageFrame
      embedded={!!embed}
      locale={content?.locale}
      appName={content?.ui.appName ?? 'Care Path Wizard'}
      footer={content?.ui.footer ?? null}
      languageSwitch={languageSwitch}
      mainRef={mainRef}
      step={step}
    >
      {screen}
    </PageFrame>
  );
}
