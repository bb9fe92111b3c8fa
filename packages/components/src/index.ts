export { defineElement } from './shared/define.js';
export { SaxonSkeleton } from './shared/skeleton.js';
