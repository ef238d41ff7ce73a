import type { Content } from '../../content/types';
import type { PrefillNotice as Notice } from '../../machine/wizardMachine';
import { problemMessage } from './problemMessages';

/** What a link could not give us, in plain words, on the screen the link lands on. */
export function PrefillNotice({ content, notice }: { content: Content; notice: Notice }) {
  const t = content.ui.prefill;
  const messages = [...new Set(notice.problems.map((p) => problemMessage(content, p)))];
  return (
    // biome-ignore lint/a11y/useSemanticElements: tests in three engines find the notice by its role attribute
    <div className="notice" role="region" aria-labelledby="prefill-notice-title">
      {notice.versionStatus === 'migrated' && (
        <>
          <h2 id={messages.length ? 'prefill-migrated-title' : 'prefill-notice-title'} className="heading-s notice__title">
            {t.migratedTitle}
          </h2>
          <p>{t.migrated}</p>
        </>
      )}
      {messages.length > 0 && (
        <>
          <h2 id="prefill-notice-title" className="heading-s notice__title">
            {t.noticeTitle}
          </h2>
          <ul className="list list--bullet">
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <p>{t.noticeLead}</p>
        </>
      )}
    </div>
  );
}
