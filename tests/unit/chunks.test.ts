// Which chunk a module lands in decides what a first visit downloads (ADR 0006): by folder, and a
// module from anywhere else that a first visit would load fails the build.
import { describe, expect, it } from 'vitest';
import { chunkOf, strayFirstVisitModules } from '../../tasks/chunks';

const root = '/home/someone/care-path-wizard';

describe('chunkOf', () => {
  it.each([
    // A first visit: React, the domain and what starting the page needs …
    [`${root}/node_modules/react-dom/cjs/react-dom-client.production.js`, 'start'],
    [`${root}/node_modules/scheduler/index.js`, 'start'],
    [`${root}/src/domain/questions.ts`, 'start'],
    [`${root}/src/app/start/launch.tsx`, 'start'],
    [`${root}/src/app/start/aNewHelper.ts`, 'start'],
    ['\0virtual:care-path-locales', 'start'],
    // … then xstate, the machine and the screens up to the last question.
    [`${root}/node_modules/xstate/dist/xstate.esm.js`, 'wizard'],
    [`${root}/src/machine/wizardMachine.ts`, 'wizard'],
    [`${root}/src/content/migrate.ts`, 'wizard'],
    [`${root}/src/ui/screens/QuestionScreen.tsx`, 'wizard'],
    [`${root}/src/ui/components/ChoiceField.tsx`, 'wizard'],
    [`${root}/src/app/journey/startWizard.ts`, 'wizard'],
    // The check page and result: any file in their folders, including one added tomorrow.
    [`${root}/src/ui/guidance/ResultScreen.tsx`, null],
    [`${root}/src/ui/guidance/SomethingNew.tsx`, null],
    [`${root}/src/domain/result/recommend.ts`, null],
    [`${root}/src/domain/result/anotherRule.ts`, null],
    [`${root}/src/domain/code/careCode.ts`, null],
    [`${root}/src/content/split.ts`, null],
    // CSS is Vite's to place; the planner has its own page; nothing else is chosen.
    [`${root}/src/ui/styles.css`, null],
    [`${root}/src/ui/planner/PlannerScreen.tsx`, null],
    [`${root}/src/app/newThing.ts`, null],
    ['C:\\work\\care\\src\\ui\\guidance\\ResultScreen.tsx', null],
  ])('%s → %s', (id, chunk) => {
    expect(chunkOf(id)).toBe(chunk);
  });
});

describe('strayFirstVisitModules: what would join a first visit unasked', () => {
  const firstVisit = [
    `${root}/src/app/main.tsx`,
    `${root}/src/app/wizardEntry.ts`,
    `${root}/src/app/start/launch.tsx`,
    `${root}/src/domain/questions.ts`,
    `${root}/node_modules/react-dom/client.js`,
    '\0rolldown/runtime.js',
    '\0virtual:care-path-content/en',
  ];

  it("finds nothing in today's first visit", () => {
    expect(strayFirstVisitModules(firstVisit)).toEqual([]);
  });

  it('names a new file beside the entry, and a new package, which the build then refuses', () => {
    expect(strayFirstVisitModules([...firstVisit, `${root}/src/app/newThing.ts`, `${root}/node_modules/left-pad/index.js`])).toEqual([
      `${root}/src/app/newThing.ts`,
      `${root}/node_modules/left-pad/index.js`,
    ]);
  });
});
