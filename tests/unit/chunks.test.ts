// Which chunk a module lands in decides what a first visit downloads (ADR 0006).
import { describe, expect, it } from 'vitest';
import { chunkOf } from '../../build/chunks';

const root = '/home/someone/care-path-wizard';

describe('chunkOf', () => {
  it.each([
    // A first visit: React and start-up …
    [`${root}/node_modules/react-dom/cjs/react-dom-client.production.js`, 'react'],
    [`${root}/node_modules/scheduler/index.js`, 'react'],
    [`${root}/src/domain/questions.ts`, 'react'],
    [`${root}/src/app/launch.tsx`, 'react'],
    ['\0virtual:care-path-locales', 'react'],
    // … then xstate, the machine and the screens up to the last question.
    [`${root}/node_modules/xstate/dist/xstate.esm.js`, 'wizard'],
    [`${root}/src/machine/wizardMachine.ts`, 'wizard'],
    [`${root}/src/ui/screens/QuestionScreen.tsx`, 'wizard'],
    [`${root}/src/ui/components/ChoiceField.tsx`, 'wizard'],
    [`${root}/src/app/startWizard.ts`, 'wizard'],
    // The check page and result: any file in their folders, including one added tomorrow.
    [`${root}/src/ui/later/ResultScreen.tsx`, null],
    [`${root}/src/ui/later/SomethingNew.tsx`, null],
    [`${root}/src/domain/result/recommend.ts`, null],
    [`${root}/src/domain/result/anotherRule.ts`, null],
    [`${root}/src/content/split.ts`, null],
    // CSS is Vite's to place; the planner has its own page.
    [`${root}/src/ui/styles.css`, null],
    [`${root}/src/ui/planner/PlannerScreen.tsx`, null],
    ['C:\\work\\care\\src\\ui\\later\\ResultScreen.tsx', null],
  ])('%s → %s', (id, chunk) => {
    expect(chunkOf(id)).toBe(chunk);
  });
});
