export * from './validate';
export * from './merge';
export { findPrerequisiteCycles, findPrerequisiteCycleThrough } from './cycles';
