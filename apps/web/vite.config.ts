import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const html = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // Two entries: the staff SPA (Mantine) and the light citizens' pages (plain React, one CSS file),
      // which the API serves for /survei, /kiosk, /pengaduan, /lacak, /nilai-petugas and /transparansi.
      input: { main: html('index.html'), public: html('public.html') },
    },
  },
});
