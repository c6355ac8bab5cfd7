import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { byTest, launch, login, openPage, screenshot } from './support.mjs'

describe('notification preferences', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
  })

  test('a member chooses the daily digest for proposal progress and it is kept', async () => {
    const page = await openPage(browser)
    await login(page, 'wy060')
    await page.goto('/notifications')
    await byTest(page, 'notification-preferences').click()
    await page.waitForURL('**/notifications/preferences')
    await byTest(page, 'preferences-table').waitFor()
    // one row per notice category the server knows (proposal, supervision, consultation, duty, 社情民意, awards …)
    const categories = (await (await page.request.get('/api/notifications/preferences')).json()).items.length
    assert.ok(categories >= 9)
    assert.equal(await page.locator('.el-table__body tr').count(), categories)

    const email = byTest(page, 'preference-email-PROPOSAL')
    await email.getByText('每日汇总').click()
    await byTest(page, 'preference-in-app-CHASE').click()
    await byTest(page, 'preference-email-CHASE').getByText('不发送').click()
    await page.getByText('将不会收到此类通知').waitFor()
    // SMS is on in the tests with a template for PROPOSAL only: other categories cannot be texted.
    assert.ok(await byTest(page, 'preference-sms-CHASE').evaluate((e) => e.classList.contains('is-disabled')))
    await byTest(page, 'preference-sms-PROPOSAL').click()
    await screenshot(page, 'notification-preferences.png')
    await byTest(page, 'preferences-save').click()
    await page.getByText('通知设置已保存').waitFor()

    await page.reload()
    await byTest(page, 'preferences-table').waitFor()
    assert.equal(
      await byTest(page, 'preference-email-PROPOSAL').locator('.is-active').innerText(),
      '每日汇总',
    )
    assert.equal(await byTest(page, 'preference-email-CHASE').locator('.is-active').innerText(), '不发送')
    assert.ok(
      await byTest(page, 'preference-sms-PROPOSAL').evaluate((e) => e.classList.contains('is-checked')),
    )

    // Back to the defaults, so that a second run starts from them too.
    await byTest(page, 'preference-email-PROPOSAL').getByText('逐条发送').click()
    await byTest(page, 'preference-in-app-CHASE').click()
    await byTest(page, 'preference-email-CHASE').getByText('逐条发送').click()
    await byTest(page, 'preference-sms-PROPOSAL').click()
    await byTest(page, 'preferences-save').click()
    await page.getByText('通知设置已保存').waitFor()
    await page.context().close()
  })
})
