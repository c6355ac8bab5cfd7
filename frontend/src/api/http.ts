/**
 * The one fetch wrapper of the application: same-origin cookies, JSON bodies, Spring Security's
 * cookie-to-header CSRF token, and RFC 9457 problem details turned into {@link ApiError}.
 */

export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  code?: string
  errors?: FieldError[]
}

export class ApiError extends Error {
  readonly status: number
  readonly code?: string
  readonly fieldErrors: FieldError[]

  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title || `请求失败（${problem.status}）`)
    this.name = 'ApiError'
    this.status = problem.status
    this.code = problem.code
    this.fieldErrors = problem.errors ?? []
  }
}

export type QueryValue = string | number | boolean | null | undefined

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Sent as JSON, except a FormData, which goes as multipart/form-data. */
  body?: unknown
  query?: Record<string, QueryValue>
  /** A 401 here is an answer, not an expired session (login, and the "who am I" probe). */
  expectUnauthorized?: boolean
}

const CSRF_COOKIE = 'XSRF-TOKEN'
const CSRF_HEADER = 'X-XSRF-TOKEN'

let unauthorizedHandler: () => void = () => {}

/** Called on a 401 from any call that did not expect one; the app clears the user and goes to login. */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

async function fetchCsrfCookie(): Promise<void> {
  await fetch('/api/auth/csrf', { credentials: 'same-origin' })
}

// The session id changes at login and logout, and with it the token: read the cookie every time.
async function csrfToken(): Promise<string> {
  let token = readCookie(CSRF_COOKIE)
  if (!token) {
    await fetchCsrfCookie()
    token = readCookie(CSRF_COOKIE)
  }
  return token ?? ''
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

async function send(url: string, method: string, body: unknown, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  // A FormData body (file upload) goes as it is: the browser sets the multipart boundary itself.
  const multipart = body instanceof FormData
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json'
  if (token !== null) headers[CSRF_HEADER] = token
  try {
    return await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    })
  } catch {
    throw new ApiError({ status: 0, detail: '无法连接服务器，请检查网络后重试' })
  }
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status, detail: defaultDetail(response.status) }
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.includes('json')) return fallback
  try {
    const problem = (await response.json()) as Partial<Problem>
    return { ...fallback, ...problem, status: response.status, detail: problem.detail || fallback.detail }
  } catch {
    return fallback
  }
}

function defaultDetail(status: number): string {
  if (status === 401) return '登录已失效，请重新登录'
  if (status === 403) return '没有权限执行此操作'
  if (status === 404) return '请求的内容不存在'
  if (status >= 500) return '服务器出错，请稍后重试'
  return `请求失败（${status}）`
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const url = buildUrl(path, options.query)
  const mutating = method !== 'GET'
  const token = mutating ? await csrfToken() : null
  let response = await send(url, method, options.body, token)

  // A stale or missing token is refused with CSRF_INVALID: fetch a fresh one and retry once.
  if (response.status === 403 && mutating && (await readProblem(response.clone())).code === 'CSRF_INVALID') {
    await fetchCsrfCookie()
    const fresh = readCookie(CSRF_COOKIE)
    if (fresh && fresh !== token) response = await send(url, method, options.body, fresh)
  }

  if (response.status === 401 && !options.expectUnauthorized) unauthorizedHandler()
  if (!response.ok) throw new ApiError(await readProblem(response))

  const text = response.status === 204 ? '' : await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/**
 * A file the server writes (such as an Excel export): saved under the name the server gives. A refusal (too many
 * rows, no permission) is thrown as an {@link ApiError} with the server's message, like any other call.
 */
export async function download(path: string, query?: Record<string, QueryValue>): Promise<void> {
  const response = await send(buildUrl(path, query), 'GET', undefined, null)
  if (response.status === 401) unauthorizedHandler()
  if (!response.ok) throw new ApiError(await readProblem(response))
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  const plain = /filename="([^"]+)"/i.exec(disposition)
  const name = encoded ? decodeURIComponent(encoded[1]) : plain ? plain[1] : 'export.xlsx'
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(url)
}

export const http = {
  get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>(path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => request<T>(path, { method: 'PUT', body }),
  delete: <T = void>(path: string) => request<T>(path, { method: 'DELETE' }),
}

/** The paged list every admin endpoint answers with. */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
  /** More rows than `total`: a very large list stops counting there. */
  totalCapped?: boolean
}
