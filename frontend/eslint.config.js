// ESLint for the Vue 3 + TypeScript front end; Prettier owns the layout (see .prettierrc.json),
// so the style rules that would fight it are switched off by skipFormatting.
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'
import globals from 'globals'

export default defineConfigWithVueTs(
  { name: 'app/files-to-lint', files: ['**/*.{ts,mts,tsx,vue}'] },
  { name: 'app/files-to-ignore', ignores: ['**/target/**', '**/dist/**', '**/node_modules/**', '.node/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    name: 'app/rules',
    rules: {
      // Element Plus and our own views use single-word names such as Login or Layout only as routes.
      'vue/multi-word-component-names': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'app/e2e',
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  skipFormatting,
)
