import { describe, it, expect, beforeEach } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { configureHttp } from '../src/api/http'
import { useInbox } from '../src/stores/inbox'

describe('inbox store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('reads the unread count of the enterprise from the API, asking for one item only', async () => {
    const urls: string[] = []
    configureHttp({
      token: async () => 't',
      fetch: (async (url: string) => {
        urls.push(url)
        return new Response(JSON.stringify({ page: { items: [], page: 0, size: 1, total: 9 }, unread: 4 }), { status: 200, headers: { 'Content-Type': 'application/json' } })
      }) as unknown as typeof fetch,
    })
    const inbox = useInbox()
    await inbox.refresh('e-1')
    expect(inbox.unread).toBe(4)
    expect(urls).toEqual(['/api/v1/enterprises/e-1/notifications?size=1'])
  })

  it('lets screens subscribe to live notifications and unsubscribe', () => {
    const inbox = useInbox()
    const seen: string[] = []
    const off = inbox.subscribe((n) => seen.push(n.id))
    expect(typeof off).toBe('function')
    off()
  })
})
