import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { BASE_URL, byTest, launch, openAs, screenshot } from './support.mjs'

// Members' duty records: a member's own record on a phone, filled from the demo's proposals and workstation work,
// and the office's ranking by sector and special committee, opening a member's record.

async function assertNoSideScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`)
}

describe('duty', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    if (browser) await browser.close()
  })

  test('a member reads their own record and points on a phone', async () => {
    const member = await openAs(browser, 'wy001', { phone: true })
    await member.goto(`${BASE_URL}/duty/my-record`)
    const total = byTest(member, 'duty-total')
    await total.waitFor()
    assert.match(await total.textContent(), /年度履职积分/)
    assert.ok(Number((await total.locator('.duty-total__points').textContent()).trim()) >= 0)
    await assertNoSideScroll(member)
    await screenshot(member, 'duty-record-mobile.png')
    await member.context().close()
  })

  test('the office ranks members and opens one record', async () => {
    const office = await openAs(browser, 'tab01')
    await office.goto(`${BASE_URL}/duty/rankings`)
    const table = byTest(office, 'duty-ranking')
    await table.locator('.el-table__row').first().waitFor()
    const first = await table.locator('.el-table__row').first().locator('td').first().textContent()
    assert.equal(first.trim(), '1')
    await screenshot(office, 'duty-ranking.png')
    await table.locator('.el-table__row').first().click()
    await office.waitForURL(/\/duty\/members\/\d+$/)
    await byTest(office, 'duty-total').waitFor()
    await office.goto(`${BASE_URL}/duty/rules`)
    await byTest(office, 'duty-rules').locator('.el-table__row').first().waitFor()
    await screenshot(office, 'duty-rules.png')
    await office.context().close()
  })
})
