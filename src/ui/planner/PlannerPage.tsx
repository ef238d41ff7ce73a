import { useEffect, type ReactNode } from 'react';
import type { Content } from '../../content/types';

/** The same header, main and footer as the family page. */
export function PlannerPage({ content, children, onMounted }: { content: Content; children: ReactNode; onMounted?: () => void }) {
  useEffect(() => onMounted?.(), [onMounted]);
  return (
    <div className="page page--planner">
      <header className="header no-print">
        <p className="header__name">{content.ui.appName}</p>
      </header>
      <main id="main" className="main main--planner">
        {children}
      </main>
      <footer className="footer no-print">{content.ui.footer}</footer>
    </div>
  );
}
