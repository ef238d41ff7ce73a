// What main.tsx imports once React is running: one module, so one fetch and one task.
export { WizardActorContext } from '../ui/actorContext';
export { Wizard } from '../ui/Wizard';
export { startWizard } from './journey/startWizard';
