// Loaded on demand once the person starts (loadWithScreens in src/app/journey/startWizard.ts): the check page, the result,
// and the scoring that explains it, so a first visit carries none of them.
import { resultHeading } from './ResultScreen';
import './guidance.css';

export { joinContent } from '../../content/split';
export { recommend } from '../../domain';
export { resultHeading };
export { CodeEntry } from './CodeEntry';
export { GuidanceScreen } from './GuidanceScreen';
export { PrefillNotice } from './PrefillNotice';
