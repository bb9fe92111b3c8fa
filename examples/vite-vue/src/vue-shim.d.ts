// `tsc` sees a single-file component as a component; vite-plugin-vue compiles it.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
