// Server-sent events over fetch, so that the bearer token goes in the Authorization header
// (EventSource cannot send one). Reconnects with back-off; close() stops it.
import { authHeaders } from '../api/http'

export interface StreamHandle { close(): void }

export interface StreamCallbacks {
  onMessage: (data: string, event: string) => void
  onOpen?: () => void
  onClose?: () => void
}

/** Splits an SSE text buffer into complete events; returns them and the unfinished rest. */
export function parseSse(buffer: string): { events: Array<{ event: string; data: string }>; rest: string } {
  const events: Array<{ event: string; data: string }> = []
  const normalised = buffer.replace(/\r\n?/g, '\n')
  const blocks = normalised.split('\n\n')
  const rest = blocks.pop() ?? ''
  for (const block of blocks) {
    let event = 'message'
    const data: string[] = []
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue
      const i = line.indexOf(':')
      const field = i < 0 ? line : line.slice(0, i)
      const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '')
      if (field === 'event') event = value
      else if (field === 'data') data.push(value)
    }
    if (data.length) events.push({ event, data: data.join('\n') })
  }
  return { events, rest }
}

export function openEventStream(url: string, cb: StreamCallbacks): StreamHandle {
  let closed = false
  let controller: AbortController | null = null
  let delay = 1000
  const run = async () => {
    while (!closed) {
      controller = new AbortController()
      try {
        const pending = fetch(url, { headers: { Accept: 'text/event-stream', ...(await authHeaders()) }, signal: controller.signal })
        // The gateway's proxy sends the stream's headers with its first event, so the stream counts
        // as open once asked for; a refused or broken one closes and is asked for again.
        cb.onOpen?.()
        const res = await pending
        if (!res.ok || !res.body) throw new Error(`stream ${res.status}`)
        delay = 1000
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
        let buffer = ''
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          const parsed = parseSse(buffer + value)
          buffer = parsed.rest
          parsed.events.forEach((e) => cb.onMessage(e.data, e.event))
        }
      } catch { /* reconnect below */ }
      cb.onClose?.()
      if (closed) break
      await new Promise((r) => setTimeout(r, delay))
      delay = Math.min(delay * 2, 30_000)
    }
  }
  void run()
  return { close() { closed = true; controller?.abort() } }
}
