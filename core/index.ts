export * from './model/text';
export * from './model/level';
export * from './model/catalog';
export * from './model/profile';
export * from './model/plan';
export * from './model/store';
export * from './model/result';
export * from './store/upgrades';
