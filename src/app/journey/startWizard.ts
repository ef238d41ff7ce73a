// Composition root shared by every page: content, the machine, saved progress and history.
import { createActor, fromPromise } from 'xstate';
import type { Migration } from '../../content/migrate';
import type { Guidance, Questionnaire } from '../../content/types';
import { selectStep } from '../../machine/selectors';
import { type LoadedGuidance, wizardMachine, type Prefill } from '../../machine/wizardMachine';
import type { WizardActor } from '../../ui/actorContext';
import { syncHistory } from './historySync';
import { migratorFor, prefillFromText, takeLinkFromLocation } from './linkIntake';
import type { ProgressStore, SavedProgress } from '../start/progressStore';

export interface RunningWizard {
  actor: WizardActor;
  /** Stops listening to the page (history, fragment changes) and stops the machine. */
  dispose: () => void;
}

export interface WizardOptions {
  win?: Window;
  migrations?: readonly Migration[];
  /** Steps become browser history entries. Off when embedded: the host's Back keeps its meaning. */
  history?: boolean;
  /** Answers an embedding website filled in, as link text. */
  websitePrefill?: string | null;
  /** Go straight to the first question when there is no progress to resume. */
  skipStart?: boolean;
  /**
   * Embedded, the host page writes the frame's address: a link there may start a journey but
   * never meets saved answers (no "use this link?" question, which would show whether a guess
   * matched them) and later fragment changes are ignored. See docs/adr/0010.
   */
  linksOnlyWhenFresh?: boolean;
  /** Fetches a language's guidance: the words and scoring of the check page and result. */
  loadGuidance?: (locale: string) => Promise<Guidance>;
}

/**
 * The check page's and result's code and words, fetched together once the person leaves the
 * start page (ADR 0006), for everyone alike: which file is fetched never depends on an answer.
 * Here, in the wizard's chunk, not a file of its own: a new module would be a chunk of its own.
 */
async function loadWithScreens(content: Questionnaire, loadGuidance: (locale: string) => Promise<Guidance>): Promise<LoadedGuidance> {
  const [screens, guidance] = await Promise.all([import('../../ui/guidance/GuidanceScreens'), loadGuidance(content.locale)]);
  return { locale: content.locale, content: screens.joinContent(content, guidance), score: screens.recommend, screens };
}

/**
 * Progress saved under an older content version (a tab open across a deploy) goes through the
 * same migrations as an old link; progress no migration reaches is dropped, never misread.
 */
function upgradeSaved(saved: SavedProgress, version: number, migrate: ReturnType<typeof migratorFor>): SavedProgress | null {
  if (saved.version === version) return saved;
  if (saved.version > version) return null;
  const answers = migrate(saved.version, saved.answers as Record<string, string[]>);
  return answers ? { ...saved, version, answers, prefilled: {} } : null;
}

export function startWizard(content: Questionnaire | null, store: ProgressStore, options: WizardOptions = {}): RunningWizard {
  const {
    win = window,
    migrations = [],
    history = true,
    websitePrefill = null,
    skipStart = false,
    linksOnlyWhenFresh = false,
    loadGuidance,
  } = options;
  const migrate = content ? migratorFor(migrations, content.version) : null;
  const read = migrate ? { migrate } : {};
  const saved = content ? store.load() : null;
  const usable = saved && content && migrate ? upgradeSaved(saved, content.version, migrate) : null;
  const prefills: Prefill[] = [];
  // Progress saved under an older version is told of like an old link: the guidance changed.
  if (usable && saved && usable.version !== saved.version) {
    prefills.push({ answers: {}, source: 'care-team', problems: [], versionStatus: 'migrated', fromVersion: saved.version });
  }
  if (content && websitePrefill) {
    const site = prefillFromText(content, websitePrefill, 'website', read);
    if (site) prefills.push(site);
  }
  // Read in every case, so the fragment always leaves the address bar.
  const taken = content ? takeLinkFromLocation(content, win, read) : null;
  const link = linksOnlyWhenFresh && usable ? null : taken;
  const machine = loadGuidance
    ? wizardMachine.provide({ actors: { loadGuidance: fromPromise(({ input }) => loadWithScreens(input.content, loadGuidance)) } })
    : wizardMachine;
  const actor = createActor(machine, {
    input: {
      content,
      answers: usable?.answers,
      step: usable?.step,
      prefills,
      link,
      prefilled: usable?.prefilled,
    },
  });
  actor.subscribe((snapshot) => {
    const step = selectStep(snapshot);
    const { answers, prefilled } = snapshot.context;
    if (step === 'unusable' || !content) return;
    if (step === 'start' && Object.keys(answers).length === 0) store.clear();
    else store.save({ version: content.version, answers, step, prefilled, lang: snapshot.context.content?.locale });
  });
  actor.start();
  if (skipStart && selectStep(actor.getSnapshot()) === 'start') actor.send({ type: 'START' });
  const stopHistory = history ? syncHistory(actor, win) : () => {};
  // A link opened in a tab that already shows the wizard arrives as a fragment change.
  const onHashChange = () => {
    const current = actor.getSnapshot().context.content;
    if (!current) return;
    const next = takeLinkFromLocation(current, win, read);
    if (next) actor.send({ type: 'PREFILL', prefill: next });
  };
  if (!linksOnlyWhenFresh) win.addEventListener('hashchange', onHashChange);
  return {
    actor,
    dispose: () => {
      win.removeEventListener('hashchange', onHashChange);
      stopHistory();
      actor.stop();
    },
  };
}
