import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { byTest, launch, login, nextResponse, openPage, screenshot } from './support.mjs'

describe('administration', () => {
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

  test('accounts can be searched and paged', async () => {
    await byTest(page, 'nav-admin-accounts').click()
    await page.waitForURL('**/admin/accounts')
    const rows = byTest(page, 'accounts-table').locator('.el-table__body-wrapper tbody tr')
    await rows.first().waitFor()

    const searched = nextResponse(page, 'GET', 'keyword=admin')
    await byTest(page, 'search-keyword').fill('admin')
    await byTest(page, 'search-button').click()
    assert.equal((await searched).status(), 200)
    await byTest(page, 'accounts-table').getByText('admin', { exact: true }).first().waitFor()

    const cleared = nextResponse(page, 'GET', '/api/admin/accounts')
    await byTest(page, 'search-keyword').fill('')
    await byTest(page, 'search-button').click()
    const all = await (await cleared).json()
    if (all.total > all.size) {
      const second = nextResponse(page, 'GET', 'page=2')
      await byTest(page, 'pager').locator('.btn-next').click()
      const body = await (await second).json()
      assert.equal(body.page, 2)
      assert.equal(await byTest(page, 'pager').locator('.number.is-active').innerText(), '2')
    } else {
      test.diagnostic?.(`only ${all.total} accounts: paging not exercised`)
    }
    await screenshot(page, 'admin-accounts.png')
  })

  test('a sector created through the dialog is found by search', async () => {
    const stamp = Date.now().toString(36).toUpperCase()
    const code = `E2E${stamp}`
    const name = `测试界别${stamp}`

    await byTest(page, 'nav-admin-sectors').click()
    await page.waitForURL('**/admin/sectors')
    await byTest(page, 'create-button').click()
    const dialog = page.locator('.edit-dialog')
    await dialog.waitFor({ state: 'visible' })
    await dialog.locator('[data-test="field-code"]').fill(code)
    await dialog.locator('[data-test="field-name"]').fill(name)
    const created = nextResponse(page, 'POST', '/api/admin/sectors')
    await dialog.locator('[data-test="dialog-save"]').click()
    assert.equal((await created).status(), 201)
    await dialog.waitFor({ state: 'hidden' })

    const searched = nextResponse(page, 'GET', `keyword=${encodeURIComponent(name)}`)
    await byTest(page, 'search-keyword').fill(name)
    await byTest(page, 'search-button').click()
    const found = await (await searched).json()
    assert.equal(found.total, 1)
    const row = byTest(page, 'sectors-table').locator('tbody tr', { hasText: name })
    await row.waitFor()
    assert.match(await row.innerText(), new RegExp(code))
    await screenshot(page, 'admin-sectors.png')
  })
})
