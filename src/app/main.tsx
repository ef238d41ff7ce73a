// The standalone page's entry, started by boot.js once the prerendered start page has painted
// (ADR 0004).
import '../ui/styles.css';
import { langInFragment } from './chooseLocale';
import { launch } from './launch';
import { createProgressStore } from './progressStore';

void launch(() => {
  const store = createProgressStore(() => window.sessionStorage);
  return { store, languageHints: [langInFragment(window.location.hash), store.load()?.lang] };
});
