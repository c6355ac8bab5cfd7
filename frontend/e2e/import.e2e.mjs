import assert from 'node:assert/strict'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { byTest, launch, login, nextResponse, openPage, screenshot } from './support.mjs'

/** The files BrowserTest made with POI for this run: one with problems, one good. */
const FILES = process.env.IMPORT_FILES

/** Import of the roster: the template, a dry run listing the problems, the import and its initial passwords. */
describe('roster import', () => {
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

  test('the template downloads, a bad file lists its problems, a good one is imported', async () => {
    assert.ok(FILES, 'IMPORT_FILES is set by BrowserTest')
    await byTest(page, 'nav-admin-import').click()
    await page.waitForURL('**/admin/import')

    const template = await page.request.get('/api/admin/imports/template')
    assert.equal(template.status(), 200)
    assert.match(template.headers()['content-type'], /spreadsheetml/)

    const input = byTest(page, 'import-upload').locator('input[type=file]')
    const checked = nextResponse(page, 'POST', '/api/admin/imports/dry-run')
    await input.setInputFiles(path.join(FILES, '名册-有误.xlsx'))
    assert.equal((await checked).status(), 200)
    const problems = byTest(page, 'import-problems')
    await problems.getByText('界别「无此界别」不存在').waitFor()
    await problems.getByText('委员类别须为').waitFor()
    await problems.getByText('已被系统中的账户使用').waitFor()
    assert.equal(await byTest(page, 'import-confirm').isDisabled(), true)
    await screenshot(page, 'admin-import-problems.png')

    const again = nextResponse(page, 'POST', '/api/admin/imports/dry-run')
    await input.setInputFiles(path.join(FILES, '名册.xlsx'))
    assert.equal((await again).status(), 200)
    await byTest(page, 'import-verdict').getByText('检查通过').waitFor()
    const imported = nextResponse(page, 'POST', '/api/admin/imports')
    await byTest(page, 'import-confirm').click()
    const result = await imported
    assert.equal(result.status(), 201)
    const body = await result.json()
    assert.equal(body.members, 1)
    assert.equal(body.logins.length, 2)
    const logins = byTest(page, 'import-logins')
    await logins.getByText(body.logins[0].password).waitFor()
    await screenshot(page, 'admin-import-result.png')

    // The new member signs in with the password shown once.
    const member = body.logins.find((l) => l.sheet === '委员')
    const other = await openPage(browser)
    await login(other, member.username, member.password)
    await other.close()
  })
})
