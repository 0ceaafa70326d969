import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => ['hechting-uitleg', 'band-tips', 'hulp-link'].includes(tag) } } })],
});
