// Around every screen: the site's header and footer on the guide's own page; only the language
// switch inside an agency's frame, whose page has its own.
import type { Ref } from 'react';

export function PageFrame({
  embedded,
  locale,
  appName,
  footer,
  languageSwitch,
  mainRef,
  step,
  children,
}: {
  embedded: boolean;
  locale: string | undefined;
  appName: string;
  footer: string | null;
  languageSwitch: React.ReactNode;
  mainRef: Ref<HTMLElement>;
  /** The step shown, for tests and the embed's height (data-step). */
  step: string;
  children: React.ReactNode;
}) {
  const main = (
    <main id="main" className="main" ref={mainRef} data-step={step}>
      {children}
    </main>
  );
  if (embedded) {
    return (
      <div className="page page--embedded" lang={locale}>
        {languageSwitch && <div className="embedded-bar">{languageSwitch}</div>}
        {main}
      </div>
    );
  }
  return (
    <div className="page" lang={locale}>
      <header className="header">
        <div className="header__inner">
          <p className="header__name">{appName}</p>
          {languageSwitch}
        </div>
      </header>
      {main}
      {footer !== null && <footer className="footer">{footer}</footer>}
    </div>
  );
}
