// Public API of @saxon-ai/directory-server.
export { createDirectoryApp, DIRECTORY_BASE_PATH } from './app.js';
export type { DirectoryAppOptions } from './app.js';
export { startDirectoryServer } from './server.js';
export type { DirectoryServer, DirectoryServerOptions } from './server.js';
export { openStorage, DEFAULT_DB_FILE } from './storage/open.js';
export type { StorageOptions } from './storage/open.js';
export type {
  ActorFilter,
  ActorList,
  ActorListQuery,
  DirectoryStorage,
  EventFilter,
  EventList,
  EventListQuery,
  FacetCount,
  TopicCount,
  WriteResult,
} from './storage/types.js';
export { demoSeed, SEEDS } from './seed/demo.js';
export type { SeedName } from './seed/demo.js';
export { jsonLogger, silentLogger } from './http/log.js';
export type { LogEntry, Logger } from './http/log.js';
export type { Actor, DirectoryData, DirectoryEvent, Topic } from './model.js';
