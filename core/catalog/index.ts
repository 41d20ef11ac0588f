export * from './validate';
export * from './merge';
export { findPrerequisiteCycles } from './cycles';
