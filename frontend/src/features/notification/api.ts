import { ref } from 'vue'
import { http, type Page, type QueryValue } from '@/api/http'

export interface Notification {
  id: number
  category: string
  title: string
  body: string
  link: string | null
  createdAt: string
  readAt: string | null
  emailStatus: string
}

export const CATEGORY_LABELS: Record<string, string> = {
  REMINDER: '到期提醒',
  OVERDUE: '超期预警',
  CHASE: '催办',
  INSTRUCTION: '领导批示',
  KEY_PROPOSAL: '重点提案',
}

const BASE = '/api/notifications'

export const notificationsApi = {
  list: (query: Record<string, QueryValue>) => http.get<Page<Notification>>(BASE, query),
  unreadCount: () => http.get<{ count: number }>(`${BASE}/unread-count`),
  markRead: (id: number) => http.post<void>(`${BASE}/${id}/read`),
  markAllRead: () => http.post<{ marked: number }>(`${BASE}/read-all`),
}

/** The header's unread count, shared with the notification centre so that marking read updates the bell. */
export const unreadCount = ref(0)

export async function refreshUnread(): Promise<void> {
  try {
    unreadCount.value = (await notificationsApi.unreadCount()).count
  } catch {
    // The bell just keeps its last number; a 401 is handled by the http wrapper.
  }
}
