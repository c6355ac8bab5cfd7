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
  PROPOSAL: '提案进展',
  HANDLING: '承办事项',
  OFFICE: '待审批事项',
  REMINDER: '到期提醒',
  OVERDUE: '超期预警',
  CHASE: '催办',
  INSTRUCTION: '领导批示',
  KEY_PROPOSAL: '重点提案',
  CONSULTATION: '微协商',
  DUTY: '履职活动',
  OPINION: '社情民意',
}

/** How a category is e-mailed: not at all, one mail per notice, or in the daily digest. */
export type EmailChoice = 'OFF' | 'EACH' | 'DIGEST'

export interface NoticePreference {
  category: string
  label: string
  description: string
  inApp: boolean
  email: EmailChoice
  sms: boolean
  /** An SMS template is configured for this category and SMS is on. */
  smsAvailable: boolean
}

export interface NoticePreferences {
  mailServer: boolean
  emailAddress: string | null
  smsEnabled: boolean
  phone: string | null
  items: NoticePreference[]
}

const BASE = '/api/notifications'

export const notificationsApi = {
  list: (query: Record<string, QueryValue>) => http.get<Page<Notification>>(BASE, query),
  unreadCount: () => http.get<{ count: number }>(`${BASE}/unread-count`),
  markRead: (id: number) => http.post<void>(`${BASE}/${id}/read`),
  markAllRead: () => http.post<{ marked: number }>(`${BASE}/read-all`),
  preferences: () => http.get<NoticePreferences>(`${BASE}/preferences`),
  savePreferences: (items: Pick<NoticePreference, 'category' | 'inApp' | 'email' | 'sms'>[]) =>
    http.put<NoticePreferences>(`${BASE}/preferences`, { items }),
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
