/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the Saxon AI APIs (the demo API serves all three under one origin). */
  readonly VITE_SAXON_API?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
