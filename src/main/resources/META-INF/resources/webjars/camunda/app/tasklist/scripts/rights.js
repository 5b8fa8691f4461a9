// Marks the page with what the signed-in user may use, so that styles/user-styles.css hides the links and pages
// Camunda offers everyone but the engine refuses them (security.EngineRules): data-cockpit when the user may open
// Cockpit, data-administrator for camunda-admin. Checked again on every route change, which follows each login.
const login = document.querySelector('base').getAttribute('app-root') + '/api/admin/auth/user/default';

async function markRights() {
  const response = await fetch(login, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const apps = response.ok ? (await response.json()).authorizedApps || [] : [];
  document.documentElement.toggleAttribute('data-cockpit', apps.includes('cockpit'));
  document.documentElement.toggleAttribute('data-administrator', apps.includes('admin'));
}

window.addEventListener('hashchange', markRights);
markRights();
