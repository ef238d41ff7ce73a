export { conditionHolds } from './conditions';
export { fill } from './fill';
export * from './questions';
export * from './result/recommend';
export * from './answerText';
export { shownName } from './shownName';
export { freeHelpFor } from './result/freeHelp';
export * from './result/page';
export * from './code/careCode';
