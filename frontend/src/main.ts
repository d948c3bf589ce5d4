import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { attachSession, http } from './api/http'
import { createAppRouter } from './router'
import { SESSION_STORAGE_KEY, useSessionStore } from './stores/session'
import './style.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)

const session = useSessionStore(pinia)
const router = createAppRouter()

/** After the session ended (refused refresh, sign-out in another tab) leave protected pages. */
function leaveProtectedPage(): void {
  const current = router.currentRoute.value
  if (current.meta.requiresAuth) {
    void router.replace({
      name: 'sign-in',
      query: { redirect: current.fullPath, reason: 'expired' },
    })
  }
}

attachSession(http, {
  accessToken: () => session.accessToken,
  refreshToken: () => session.refreshToken,
  tenant: () => session.tenant,
  refreshed: (tokens) => session.updateTokens(tokens),
  expired: () => {
    session.clear()
    leaveProtectedPage()
  },
})

// Tabs share one session: a refresh or sign-out in one tab is adopted by the others.
window.addEventListener('storage', (event) => {
  if (event.key !== SESSION_STORAGE_KEY && event.key !== null) return
  session.syncFromStorage()
  if (!session.isAuthenticated) leaveProtectedPage()
})

app.use(router)
void router.isReady().finally(() => app.mount('#app'))
