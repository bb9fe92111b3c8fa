// The dataset search's lazily loaded parts use the shared controller (shared/lazy-part.ts).
export { LazyPart, type LazyModule } from '../shared/lazy-part.js';
