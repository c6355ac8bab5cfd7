import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { byTest, fillLogin, launch, login, openPage, screenshot } from './support.mjs'

describe('login and role navigation', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
  })

  test('a wrong password shows the server message on the login page', async () => {
    const page = await openPage(browser)
    await page.goto('/login')
    await byTest(page, 'login-submit').waitFor()
    await screenshot(page, 'login.png')

    await fillLogin(page, 'wy001', 'not-the-password-1')
    const error = page.locator('.login-error')
    await error.waitFor()
    assert.match(await error.innerText(), /用户名或密码错误/)
    assert.match(new URL(page.url()).pathname, /^\/login/)
    await screenshot(page, 'login-error.png')
    await page.context().close()
  })

  test('a member sees the member workbench and no admin entries', async () => {
    const page = await openPage(browser)
    await login(page, 'wy001')
    assert.equal(new URL(page.url()).pathname, '/member')

    const home = byTest(page, 'nav-member-workbench')
    await home.waitFor()
    assert.match(await home.innerText(), /工作台/)
    assert.equal(await page.locator('[data-test^="nav-admin-"]').count(), 0)
    assert.equal(await byTest(page, 'side-menu').getByText('用户管理').count(), 0)
    await byTest(page, 'member-profile').waitFor()
    await screenshot(page, 'member-workbench.png')

    // The server and the guard both refuse admin pages to a member.
    await page.goto('/admin/accounts')
    await byTest(page, 'forbidden').waitFor()
    await page.context().close()
  })

  test('the proposal office sees the office navigation', async () => {
    const page = await openPage(browser)
    await login(page, 'tab01')
    assert.equal(new URL(page.url()).pathname, '/office')
    assert.match(await byTest(page, 'nav-office-workbench').innerText(), /提案委工作台/)
    assert.equal(await page.locator('[data-test^="nav-admin-"]').count(), 0)
    await byTest(page, 'counts-card').waitFor()
    await screenshot(page, 'office-workbench.png')

    await byTest(page, 'logout').click()
    await page.waitForURL((url) => url.pathname === '/login')
    await page.context().close()
  })

  test('on a phone the login page fits and the menu opens as a drawer', async () => {
    const page = await openPage(browser, { phone: true })
    await page.goto('/login')
    await byTest(page, 'login-submit').waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(overflow <= 0, `login page is ${overflow}px wider than the screen`)
    await screenshot(page, 'login-mobile.png')

    await login(page, 'wy001')
    assert.equal(await byTest(page, 'side-menu').count(), 0, 'no fixed side menu at 375px')
    await byTest(page, 'member-profile').waitFor()
    await screenshot(page, 'member-workbench-mobile.png')

    await byTest(page, 'menu-toggle').click()
    const entry = byTest(page, 'nav-member-workbench')
    await entry.waitFor({ state: 'visible' })
    await screenshot(page, 'member-mobile-menu.png')
    await entry.click()
    await entry.waitFor({ state: 'hidden' })
    await page.context().close()
  })
})
