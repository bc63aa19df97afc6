import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3000';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  resolve: {
    alias: {
      // pro-field's colour picker field (unused here) would pull in react-color and all of lodash
      '@chenshuai2144/sketch-color': fileURLToPath(new URL('./src/stubs/sketch-color.tsx', import.meta.url)),
    },
  },
  build: {
    chunkSizeWarningLimit: 1500,
  },
});
