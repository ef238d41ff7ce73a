export { conditionHolds } from './conditions';
export { fill } from './fill';
export * from './questions';
export * from './recommend';
export * from './answerText';
