export { createDemoApi } from './app.js';
export type { DemoApiOptions } from './app.js';
export type { FaultRule } from './faults.js';
export { HOSTILE_EMAILS, HOSTILE_TEXT, HOSTILE_URLS, VALID_HOSTILE_EMAILS } from './hostile.js';
export type { HostileOptions, StoreOptions } from './store.js';
export type { Actor, DemoDataset, Publisher, ResolvedEvent, Topic } from '../data/types.js';
export { generateActors, generateDatasets } from '../data/generate.js';
