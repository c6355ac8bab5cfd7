import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import {
  byTest,
  confirmMessageBox,
  fillLogin,
  launch,
  login,
  nextResponse,
  openPage,
  openSelect,
  screenshot,
} from './support.mjs'

/** Going live from the screens: the checklist, a session opened and closed, the roster, a workstation's liaisons. */
describe('going live', () => {
  let browser
  let page
  before(async () => {
    browser = await launch()
    page = await openPage(browser)
    await login(page, 'admin')
  })
  after(async () => {
    await browser?.close()
  })

  test("the administrator's home is the go-live checklist", async () => {
    // The admin's home is this page already; the menu entry must lead there all the same.
    await byTest(page, 'nav-admin-home').click()
    await page.waitForURL('**/admin/home')
    const checklist = byTest(page, 'go-live-checklist')
    await checklist.waitFor()
    // The demo committee has a session taking proposals and members who can log in.
    await byTest(page, 'check-session').locator('.ok').waitFor()
    await byTest(page, 'check-roster').locator('.ok').waitFor()
    await byTest(page, 'check-holidays').waitFor()
    await screenshot(page, 'admin-go-live.png')
  })

  test('a session is created, cannot open beside the current one, and is closed', async () => {
    await byTest(page, 'nav-committee-sessions').click()
    await page.waitForURL('**/committee/sessions')
    await byTest(page, 'sessions-table').locator('tbody tr').first().waitFor()
    const meeting = (Date.now() % 20) + 1

    const blank = nextResponse(page, 'GET', '/api/committee/sessions/blank')
    await byTest(page, 'create-session').click()
    await blank
    const dialog = page.locator('.edit-dialog')
    await dialog.waitFor({ state: 'visible' })
    // The platform's default deadlines come pre-filled.
    assert.equal(await dialog.locator('[data-test="field-sign-off"] input').inputValue(), '5')
    await dialog.locator('[data-test="field-term"] input').fill('7')
    await dialog.locator('[data-test="field-meeting"] input').fill(String(meeting))
    // el-date-picker drops data-* attributes but keeps its class.
    await dialog.locator('.field-plenary-start input').fill('2027-01-10')
    await dialog.locator('.field-plenary-end input').fill('2027-01-13')
    await dialog.locator('[data-test="field-name"]').click()
    const created = nextResponse(page, 'POST', '/api/committee/sessions')
    await dialog.locator('[data-test="dialog-save"]').click()
    const session = await (await created).json()
    assert.equal(session.status, 'PREPARING')
    await dialog.waitFor({ state: 'hidden' })

    const row = byTest(page, 'sessions-table').locator('tbody tr', { hasText: session.name })
    await row.waitFor()
    await screenshot(page, 'admin-sessions.png')

    // The demo session takes proposals: a second one cannot open beside it.
    const refused = nextResponse(page, 'POST', `/api/committee/sessions/${session.id}/open`)
    await row.locator('[data-test="open-session"]').click()
    assert.equal((await refused).status(), 409)
    await page.locator('.el-message--error', { hasText: '正在征集提案' }).waitFor()

    const closed = nextResponse(page, 'POST', `/api/committee/sessions/${session.id}/close`)
    await row.locator('[data-test="close-session"]').click()
    await confirmMessageBox(page)
    assert.equal((await closed).status(), 200)
    await row.locator('[data-test="session-status"]', { hasText: '已结束' }).waitFor()

    await row.locator('[data-test="session-history"]').click()
    const history = byTest(page, 'history-dialog')
    await history.getByText('结束提案征集').first().waitFor()
    await history.locator('.el-dialog__headerbtn').click()
  })

  test('a member is put on the roster with a login and retired', async () => {
    const stamp = Date.now().toString(36)
    const name = `测试委员${stamp}`
    await byTest(page, 'nav-admin-members').click()
    await page.waitForURL('**/admin/members')
    await byTest(page, 'members-table').locator('tbody tr').first().waitFor()

    await byTest(page, 'create-button').click()
    const dialog = page.locator('.edit-dialog')
    await dialog.waitFor({ state: 'visible' })
    await dialog.locator('[data-test="field-name"]').fill(name)
    await openSelect(page, 'field-sector')
    await page.locator('.sector-options .el-select-dropdown__item').first().click()
    await dialog.locator('[data-test="field-special-committee"]').fill('提案委员会')
    await dialog.locator('[data-test="field-phone"]').fill('13800002222')
    await dialog.locator('[data-test="field-username"]').fill(`e2e${stamp}`)
    await dialog.locator('[data-test="field-password"]').fill('Roster2026a')
    const created = nextResponse(page, 'POST', '/api/admin/members')
    await dialog.locator('[data-test="dialog-save"]').click()
    assert.equal((await created).status(), 201)
    await dialog.waitFor({ state: 'hidden' })

    const searched = nextResponse(page, 'GET', `keyword=${encodeURIComponent(name)}`)
    await byTest(page, 'search-keyword').fill(name)
    await byTest(page, 'search-button').click()
    assert.equal((await searched.then((r) => r.json())).total, 1)
    const row = byTest(page, 'members-table').locator('tbody tr', { hasText: name })
    await row.waitFor()
    assert.match(await row.innerText(), new RegExp(`e2e${stamp}`))
    await screenshot(page, 'admin-members.png')

    const retired = nextResponse(page, 'POST', '/retire')
    await row.locator('[data-test="retire-button"]').click()
    await confirmMessageBox(page)
    assert.equal((await retired).status(), 200)
    await row.locator('[data-test="member-status"]', { hasText: '离任' }).waitFor()

    // The retired member's login no longer works.
    const other = await openPage(browser)
    const refused = nextResponse(other, 'POST', '/api/auth/login')
    await fillLogin(other, `e2e${stamp}`, 'Roster2026a')
    assert.equal((await refused).status(), 401)
    await byTest(other, 'login-error').waitFor()
    await other.context().close()
  })

  test("a workstation's liaisons are chosen from the liaison accounts", async () => {
    await byTest(page, 'nav-admin-workstations').click()
    await page.waitForURL('**/admin/workstations')
    const row = byTest(page, 'workstations-table').locator('tbody tr').first()
    await row.waitFor()
    const loaded = nextResponse(page, 'GET', '/liaisons')
    await row.locator('[data-test="liaisons-button"]').click()
    await loaded
    const dialog = byTest(page, 'people-dialog')
    await dialog.waitFor({ state: 'visible' })
    await screenshot(page, 'admin-liaisons.png', { fullPage: false })
    const saved = nextResponse(page, 'PUT', '/liaisons')
    await byTest(page, 'people-save').click()
    assert.equal((await saved).status(), 200)
    await dialog.waitFor({ state: 'hidden' })
  })
})
