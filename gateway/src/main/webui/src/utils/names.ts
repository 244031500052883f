// Names for the ids the matchmaking and policy services return (enterprises, universities, teams),
// asked once per id and kept for the session, a few at a time.
import { reactive } from 'vue'
import { api, toPage } from '../api/http'
import { eachLimited } from './limit'

const firms = reactive<Record<string, string>>({})
const asked = new Set<string>()

/** The enterprises' names (from enterprise-service); unknown ids stay as they are. */
export async function loadFirmNames(ids: Array<string | null | undefined>): Promise<void> {
  const todo = [...new Set(ids.filter((x): x is string => !!x && !asked.has(x)))]
  todo.forEach((id) => asked.add(id))
  await eachLimited(todo, 4, async (id) => {
    try { firms[id] = (await api.get<{ name: string }>(`/enterprises/${id}`)).name } catch { asked.delete(id) }
  })
}

export const firmName = (id: string | null | undefined): string => (id ? firms[id] ?? id : '—')

/** Every university (one page of up to 100 is all of them in this city's scale). */
export async function loadUniversities(): Promise<Array<{ id: string; name: string }>> {
  return toPage<{ id: string; name: string }>(await api.get('/universities', { size: 100 })).items
}
