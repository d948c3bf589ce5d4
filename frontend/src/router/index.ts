import { nextTick } from 'vue'
import {
  createRouter,
  createWebHistory,
  START_LOCATION,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router'
import { useSessionStore } from '@/stores/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for signed-in users; others are sent to sign-in and brought back afterwards. */
    requiresAuth?: boolean
    /** Sign-in and registration: signed-in users are sent into the app instead. */
    guestOnly?: boolean
    /** Only for the ADMIN role; others land on the organization settings. */
    adminOnly?: boolean
    title?: string
    /** The page takes the whole width beside the navigation, not a reading width (the board). */
    wide?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('@/views/auth/SignInView.vue'),
    meta: { guestOnly: true, title: 'Sign in' },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('@/views/auth/RegisterOrganizationView.vue'),
    meta: { guestOnly: true, title: 'Create your organization' },
  },
  {
    path: '/accept-invitation',
    name: 'accept-invitation',
    component: () => import('@/views/auth/AcceptInvitationView.vue'),
    meta: { title: 'Accept invitation' },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('@/views/auth/ForgotPasswordView.vue'),
    meta: { title: 'Reset your password' },
  },
  {
    path: '/find-organization',
    name: 'find-organization',
    component: () => import('@/views/auth/FindOrganizationView.vue'),
    meta: { title: 'Find your organization' },
  },
  {
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('@/views/auth/ResetPasswordView.vue'),
    meta: { title: 'Choose a new password' },
  },
  {
    // The emailed link; it works signed in or not.
    path: '/confirm-email',
    name: 'confirm-email',
    component: () => import('@/views/auth/ConfirmEmailView.vue'),
    meta: { title: 'Confirm your email address' },
  },
  {
    path: '/',
    component: () => import('@/views/AppShell.vue'),
    meta: { requiresAuth: true },
    children: [
      {
        path: '',
        name: 'home',
        component: () => import('@/views/home/HomeView.vue'),
        meta: { title: 'Home' },
      },
      {
        path: 'contacts',
        name: 'contacts',
        component: () => import('@/views/contacts/ContactsView.vue'),
        meta: { title: 'Contacts' },
      },
      {
        path: 'contacts/new',
        name: 'contact-new',
        component: () => import('@/views/contacts/ContactFormView.vue'),
        meta: { title: 'New contact' },
      },
      {
        path: 'contacts/import',
        name: 'contact-import',
        component: () => import('@/views/contacts/ImportWizardView.vue'),
        meta: { title: 'Import contacts' },
      },
      {
        path: 'contacts/:id',
        name: 'contact',
        component: () => import('@/views/contacts/ContactDetailView.vue'),
        props: true,
        meta: { title: 'Contact' },
      },
      {
        path: 'contacts/:id/edit',
        name: 'contact-edit',
        component: () => import('@/views/contacts/ContactFormView.vue'),
        props: true,
        meta: { title: 'Edit contact' },
      },
      {
        path: 'companies',
        name: 'companies',
        component: () => import('@/views/companies/CompaniesView.vue'),
        meta: { title: 'Companies' },
      },
      {
        path: 'companies/new',
        name: 'company-new',
        component: () => import('@/views/companies/CompanyFormView.vue'),
        meta: { title: 'New company' },
      },
      {
        path: 'companies/:id',
        name: 'company',
        component: () => import('@/views/companies/CompanyDetailView.vue'),
        props: true,
        meta: { title: 'Company' },
      },
      {
        path: 'companies/:id/edit',
        name: 'company-edit',
        component: () => import('@/views/companies/CompanyFormView.vue'),
        props: true,
        meta: { title: 'Edit company' },
      },
      {
        path: 'trash',
        name: 'trash',
        component: () => import('@/views/trash/TrashView.vue'),
        meta: { title: 'Trash' },
      },
      {
        path: 'deals',
        name: 'deals',
        component: () => import('@/views/deals/DealsView.vue'),
        meta: { title: 'Deals', wide: true },
      },
      {
        path: 'deals/list',
        name: 'deals-list',
        component: () => import('@/views/deals/DealListView.vue'),
        meta: { title: 'Deals' },
      },
      {
        path: 'deals/new',
        name: 'deal-new',
        component: () => import('@/views/deals/DealFormView.vue'),
        meta: { title: 'New deal' },
      },
      {
        path: 'deals/analytics',
        name: 'deal-analytics',
        component: () => import('@/views/deals/analytics/AnalyticsView.vue'),
        meta: { title: 'Sales analytics' },
      },
      {
        path: 'deals/:id',
        name: 'deal',
        component: () => import('@/views/deals/DealDetailView.vue'),
        props: true,
        meta: { title: 'Deal' },
      },
      {
        path: 'deals/:id/edit',
        name: 'deal-edit',
        component: () => import('@/views/deals/DealFormView.vue'),
        props: true,
        meta: { title: 'Edit deal' },
      },
      {
        // Both views of one's tasks under /tasks, so that the navigation's My tasks stays current.
        path: 'tasks',
        children: [
          {
            path: '',
            name: 'tasks',
            component: () => import('@/views/activities/MyTasksView.vue'),
            meta: { title: 'My tasks' },
          },
          {
            path: 'week',
            name: 'tasks-week',
            component: () => import('@/views/activities/calendar/WeekView.vue'),
            meta: { title: 'My week', wide: true },
          },
        ],
      },
      {
        path: 'emails/:id',
        name: 'email',
        component: () => import('@/views/emails/EmailView.vue'),
        props: true,
        meta: { title: 'Email' },
      },
      // Where the activities placeholder was: old links and bookmarks land on My tasks.
      { path: 'activities', redirect: { name: 'tasks' } },
      {
        path: 'settings',
        component: () => import('@/views/settings/SettingsView.vue'),
        children: [
          { path: '', name: 'settings', redirect: { name: 'settings-organization' } },
          {
            path: 'organization',
            name: 'settings-organization',
            component: () => import('@/views/settings/OrganizationView.vue'),
            meta: { title: 'Organization settings' },
          },
          {
            path: 'members',
            name: 'settings-members',
            component: () => import('@/views/settings/MembersView.vue'),
            meta: { title: 'Members' },
          },
          {
            path: 'custom-fields',
            name: 'settings-custom-fields',
            component: () => import('@/views/settings/CustomFieldsView.vue'),
            meta: { title: 'Custom fields', adminOnly: true },
          },
          {
            path: 'pipelines',
            name: 'settings-pipelines',
            component: () => import('@/views/settings/pipelines/PipelinesView.vue'),
            meta: { title: 'Pipelines' },
          },
          {
            path: 'email',
            name: 'settings-email',
            component: () => import('@/views/settings/email/EmailSettingsView.vue'),
            meta: { title: 'Email settings' },
          },
          {
            path: 'templates',
            name: 'settings-templates',
            component: () => import('@/views/settings/templates/TemplatesView.vue'),
            meta: { title: 'Email templates' },
          },
          {
            path: 'templates/new',
            name: 'settings-template-new',
            component: () => import('@/views/settings/templates/TemplateEditorView.vue'),
            meta: { title: 'New template' },
          },
          {
            path: 'templates/:id',
            name: 'settings-template',
            component: () => import('@/views/settings/templates/TemplateEditorView.vue'),
            props: true,
            meta: { title: 'Email template' },
          },
          {
            path: 'invitations',
            name: 'settings-invitations',
            component: () => import('@/views/settings/InvitationsView.vue'),
            meta: { title: 'Invitations', adminOnly: true },
          },
        ],
      },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { title: 'Page not found' },
  },
]

/** Only paths inside this app are followed after sign-in; anything else goes home. */
export function safeRedirect(value: unknown): string {
  const path = Array.isArray(value) ? value[0] : value
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) return '/'
  if (path.includes('\\')) return '/'
  return path
}

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })

  router.beforeEach(async (to) => {
    const session = useSessionStore()
    if (to.meta.guestOnly && session.isAuthenticated) return safeRedirect(to.query.redirect)
    if (!to.meta.requiresAuth) return true
    if (!session.isAuthenticated) return { name: 'sign-in', query: { redirect: to.fullPath } }
    try {
      await session.ensureProfile()
    } catch {
      // Without a session any more (refresh refused) go to sign-in; otherwise the shell
      // shows the failure and offers a retry.
      if (!session.isAuthenticated) return { name: 'sign-in', query: { redirect: to.fullPath } }
    }
    if (to.meta.adminOnly && session.profile && !session.isAdmin) {
      return { name: 'settings-organization' }
    }
    return true
  })

  router.afterEach((to, from, failure) => {
    if (failure) return
    document.title = to.meta.title ? `${to.meta.title} · CRM` : 'CRM'
    // Move focus to the new page's heading so that assistive technology announces it; not when only
    // the query changed (a search or filter the user is typing writes it into the URL as they go).
    if (from !== START_LOCATION && to.path !== from.path) {
      void nextTick(() => document.querySelector<HTMLElement>('h1[tabindex="-1"]')?.focus())
    }
  })

  return router
}
