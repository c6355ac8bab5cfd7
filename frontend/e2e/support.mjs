// Shared helpers of the browser tests: launch Debian's Chromium, log in, take screenshots.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

export const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '')
// The default is target/screenshots of frontend/, wherever the tests are started from; BrowserTest names its own
// folder, and copies the pictures to docs/screenshots only when asked to (-Dscreenshots.refresh=true).
const frontendDir = fileURLToPath(new URL('..', import.meta.url))
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR
  ? path.resolve(process.env.SCREENSHOT_DIR)
  : path.resolve(frontendDir, 'target/screenshots')
export const DEMO_PASSWORD = 'Demo@2026'

export const DESKTOP = { width: 1366, height: 860 }
export const PHONE = { width: 375, height: 740 }

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

/** A fresh context (own cookies) and page; `phone` emulates a 375px touch screen. */
export async function openPage(browser, { phone = false } = {}) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: phone ? PHONE : DESKTOP,
    ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  return page
}

export const byTest = (page, name) => page.locator(`[data-test="${name}"]`)

export async function fillLogin(page, username, password) {
  await page.goto('/login')
  await byTest(page, 'login-username').fill(username)
  await byTest(page, 'login-password').fill(password)
  await byTest(page, 'login-submit').click()
}

/** Logs in and waits until the app has left the login page for the role's home. */
export async function login(page, username, password = DEMO_PASSWORD) {
  await fillLogin(page, username, password)
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
  await byTest(page, 'user-name').waitFor()
}

/** The whole page; `fullPage: false` for a dialog, whose mask covers only the window. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  // Let transitions (drawer, dialog, messages) settle before the picture.
  await page.waitForTimeout(400)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name), fullPage })
}

/** Resolves with the next response of `method` to a URL containing `part`. */
export function nextResponse(page, method, part) {
  return page.waitForResponse((r) => r.request().method() === method && r.url().includes(part))
}

// ---- helpers of the proposal screens, shared by the proposal tests ---------------------------

/** Chooses the option with exactly this text in the dropdown of an el-select with that popper class. */
export async function pickOption(page, popperClass, text) {
  const option = page.locator(`.${popperClass} .el-select-dropdown__item`).getByText(text, { exact: true })
  await option.click()
}

export async function openSelect(page, testId) {
  await byTest(page, testId).locator('.el-select__wrapper').click()
}

/** Accepts the confirmation box (ElMessageBox) now showing. */
export async function confirmMessageBox(page) {
  const box = page.locator('.el-message-box')
  await box.waitFor({ state: 'visible' })
  await box.locator('.el-message-box__btns .el-button--primary').click()
}

export async function expectState(page, state) {
  await page.locator(`[data-test="proposal-state"][data-state="${state}"]`).waitFor()
}

/** From the workbench's to-do list to the proposal: the way a user finds what to do. */
export async function openTodo(page, proposalId, task) {
  const item = page.locator(`[data-test="todo-item"][data-proposal-id="${proposalId}"][data-task="${task}"]`)
  await item.waitFor()
  await item.locator('[data-test="todo-link"]').click()
  await page.waitForURL(`**/proposals/${proposalId}`)
  await byTest(page, 'proposal-state').waitFor()
}

/** Logs a user in on a page of their own (own cookies); close it with `page.context().close()`. */
export async function openAs(browser, username, options) {
  const page = await openPage(browser, options)
  await login(page, username)
  return page
}

/** Usernames of members' accounts, looked up by the administrator (a lookup, not a step of the test). */
export async function usernamesOf(browser, accountIds) {
  const admin = await openAs(browser, 'admin')
  try {
    const usernames = []
    for (const id of accountIds) {
      const response = await admin.request.get(`/api/admin/accounts/${id}`)
      if (response.status() !== 200) throw new Error(`account ${id}: ${response.status()}`)
      usernames.push((await response.json()).username)
    }
    return usernames
  } finally {
    await admin.context().close()
  }
}
