/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { compression } from 'vite-plugin-compression2'

// The gateway serves the built SPA and the API on one origin; in development the
// Vite server stands in for it and forwards API and tracking calls to the gateway.
const gateway = process.env.CRM_GATEWAY_URL ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [
    vue(),
    tailwindcss(),
    // .br and .gz beside each asset, made once at build time: the gateway sends the one the browser
    // accepts (spring.web.resources.chain.compressed) instead of compressing on every request
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(js|mjs|css|svg|json|html)$/,
      threshold: 1024,
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: gateway, changeOrigin: false },
      '^/t/': { target: gateway, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
    mockReset: true,
  },
})
