// The screens a first visit never needs, chosen here so their code arrives with them (ADR
// 0006): arriving by a link (welcome, a link over saved answers), check answers and result.
import type { Answers, Content, Questionnaire, RoleId } from '../../content/types';
import { fillTemplate, formatAnswerText, SHARED_BY_FAMILY, questionsToSee, type Recommendation } from '../../domain';
import type { PrefillSource, WizardEvent } from '../../machine/wizardMachine';
import { ConflictScreen, WelcomeScreen } from './Arrival';
import { CheckStep, ResultStep } from './Steps';

export interface GuidanceScreenProps {
  state: 'welcome' | 'conflict' | 'check' | 'result';
  /** The questionnaire the machine holds, and the full content once loaded. */
  questionnaire: Questionnaire;
  content: Content;
  result: Recommendation | null;
  answers: Answers;
  prefilled: Readonly<Record<string, PrefillSource>>;
  /** The care team's hospital or unit, when its link named one. */
  careTeam?: string | null;
  notice: React.ReactNode;
  restart: React.ReactNode;
  send: (event: WizardEvent) => void;
  /** The default language, left out of shared links. */
  defaultLocale?: string | undefined;
  embed: { hostName: string | null; contact: { url: string; label: string | null; role?: RoleId | null } | null } | null;
}

/** Dates as people write them: "November 26, 2026", "26 de noviembre de 2026". */
const longDate = (locale: string, date: Date, timeZone?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);

export function GuidanceScreen({
  state,
  questionnaire,
  content,
  result,
  answers,
  prefilled,
  careTeam = null,
  notice,
  restart,
  send,
  defaultLocale,
  embed,
}: GuidanceScreenProps) {
  const strings = content.ui.check;
  const tags: Record<PrefillSource, string> = { 'care-team': strings.careTeamTag, website: strings.websiteTag, shared: strings.sharedTag };
  const tagFor = (q: string) => (prefilled[q] ? tags[prefilled[q]] : null);
  // Built from the page's own address, so it works wherever the app is hosted; from inside an
  // embed it is the standalone page beside it, with the answers and nothing of the host's.
  const langPart = defaultLocale && content.locale !== defaultLocale ? `&lang=${content.locale}` : '';
  const page = embed ? new URL('./', window.location.href).href : window.location.origin + window.location.pathname;
  const linkToAnswers = () => `${page}#${formatAnswerText(questionnaire, answers)}${langPart}&${SHARED_BY_FAMILY}`;

  if (state === 'welcome') {
    return (
      <WelcomeScreen
        strings={content.ui.arrival}
        left={questionsToSee(questionnaire, answers)}
        careTeam={careTeam}
        continueLabel={content.ui.question.continue}
        onContinue={() => send({ type: 'CONTINUE' })}
      />
    );
  }
  if (state === 'conflict') {
    return (
      <ConflictScreen
        strings={content.ui.arrival}
        onUseLink={() => send({ type: 'USE_LINK' })}
        onKeepMine={() => send({ type: 'KEEP_MINE' })}
      />
    );
  }
  if (state === 'check') {
    return (
      <>
        <CheckStep
          content={content}
          answers={answers}
          prefilledTag={tagFor}
          notice={notice}
          link={linkToAnswers}
          onChange={(q) => send({ type: 'CHANGE', question: q })}
          onConfirm={() => send({ type: 'CONFIRM' })}
          onBack={() => send({ type: 'BACK' })}
        />
        <div className="restart-area">{restart}</div>
      </>
    );
  }
  if (!result) return null;
  return (
    <ResultStep
      content={content}
      result={result}
      answers={answers}
      sharedWithYou={Object.values(prefilled).includes('shared')}
      contactRole={embed?.contact?.role ?? null}
      onChangeAnswers={() => send({ type: 'BACK' })}
      onRestart={() => send({ type: 'RESTART' })}
      link={linkToAnswers}
      today={longDate(content.locale, new Date())}
      reviewed={longDate(content.locale, new Date(`${content.reviewed}T12:00:00Z`), 'UTC')}
      contact={
        embed?.contact
          ? {
              url: embed.contact.url,
              label: embed.contact.label ?? fillTemplate(content.ui.embed.contact, { host: new URL(embed.contact.url).hostname }),
            }
          : null
      }
    />
  );
}
