import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // <saxon-…> are custom elements, not Vue components: Vue renders them as they are and
        // sets their props as DOM properties (`:page-size="5"` → `pageSize = 5`).
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('saxon-') },
      },
    }),
  ],
});
