import { ref, type Ref } from 'vue'

/** Loading / error / data of one request, re-runnable. */
export function useLoad<T>(fn: () => Promise<T>, initial: T) {
  const data = ref(initial) as Ref<T>
  const loading = ref(false)
  const error = ref<unknown>(null)
  async function run() {
    loading.value = true
    error.value = null
    try {
      data.value = await fn()
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }
  return { data, loading, error, run }
}
