import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/base.css'
import 'element-plus/theme-chalk/el-message.css'
import 'element-plus/theme-chalk/el-message-box.css'
import './styles.css'
import App from './App.vue'
import { router } from './router'
import { loadConfig, login, accessToken, relogin } from './auth'
import { configureHttp } from './api/http'
import { useSession } from './stores/session'

async function boot() {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  // Back from Keycloak with the code: the page's own chunks (the shell and the screen asked for)
  // load while the code is exchanged for tokens, rather than after it. (Without a code the page is
  // about to leave for Keycloak's login: nothing to load.)
  if (new URLSearchParams(location.search).has('code')) {
    for (const r of router.resolve(location.pathname).matched) {
      const c = r.components?.default
      if (typeof c === 'function') void (c as () => Promise<unknown>)()?.catch?.(() => {})
    }
  }
  try {
    const config = await loadConfig()
    const user = await login(config)
    configureHttp({ token: accessToken, unauthorized: relogin })
    useSession().setUser(user)
  } catch (e) {
    document.getElementById('app')!.innerHTML =
      '<p class="boot">无法连接统一身份认证服务，请稍后刷新重试。</p>'
    console.error(e)
    return
  }
  app.use(router)
  app.mount('#app')
}

void boot()
