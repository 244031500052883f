// The enterprise's unread count, kept live by the notification stream (SSE).
import { defineStore } from 'pinia'
import { api } from '../api/http'
import { openEventStream, type StreamHandle } from '../utils/sse'

export interface NotificationView {
  id: string
  programId: string
  programTitle: string
  kind: string
  title: string
  body: string
  amountMin: number | null
  amountMax: number | null
  deadline: string | null
  createdAt: string
  read: boolean
}

type Listener = (n: NotificationView) => void

export const useInbox = defineStore('inbox', {
  state: () => ({ unread: 0, live: false, latest: null as NotificationView | null }),
  actions: {
    async refresh(enterpriseId: string) {
      const r = await api.get<{ unread: number }>(`/enterprises/${enterpriseId}/notifications`, { size: 1 })
      this.unread = r.unread
    },
    connect(enterpriseId: string) {
      if (stream) return
      stream = openEventStream(`/api/v1/enterprises/${enterpriseId}/notifications/stream`, {
        onOpen: () => { this.live = true },
        onClose: () => { this.live = false },
        onMessage: (data) => {
          try {
            const n = JSON.parse(data) as NotificationView
            this.latest = n
            if (!n.read) this.unread += 1
            listeners.forEach((l) => l(n))
          } catch { /* a keep-alive or a line that is not JSON */ }
        },
      })
    },
    subscribe(l: Listener): () => void {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  },
})

let stream: StreamHandle | null = null
const listeners = new Set<Listener>()
