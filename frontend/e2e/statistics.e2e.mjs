import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { BASE_URL, byTest, launch, openAs, openPage, screenshot } from './support.mjs'

// The statistics boards over the demo data: the office's board with a figure opened down to its proposals, a
// unit's own board, micro-consultation per workstation, and the public page; desktop and phone width.

/** The page fits a 375px phone: nothing sticks out sideways. */
async function assertNoSideScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`)
}

describe('statistics', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    if (browser) await browser.close()
  })

  test('the office opens the board and the proposals behind a figure', async () => {
    const office = await openAs(browser, 'tab01')
    await byTest(office, 'nav-statistics-board').click()
    await office.waitForURL('**/statistics')
    await byTest(office, 'kpis').waitFor()
    await office.locator('.echart canvas').first().waitFor()
    const registered = Number((await byTest(office, 'kpi-registered').locator('b').textContent()).trim())
    assert.ok(registered > 0, 'the demo has registered proposals')
    await screenshot(office, 'statistics-board.png')

    await byTest(office, 'kpi-registered').click()
    const dialog = byTest(office, 'drill-dialog')
    await dialog.locator('.el-table__row').first().waitFor()
    assert.match(await dialog.textContent(), new RegExp(`共 ${registered} 条`))
    await screenshot(office, 'statistics-drill.png')
    await dialog.locator('.el-table__row').first().click()
    await office.waitForURL(/\/proposals\/\d+$/)
    await office.context().close()
  })

  test('a unit sees its own board, on a phone too', async () => {
    const unit = await openAs(browser, 'fgj', { phone: true })
    await unit.goto(`${BASE_URL}/statistics`)
    await byTest(unit, 'kpis').waitFor()
    assert.match(await unit.locator('.page-title').first().textContent(), /本单位办理统计/)
    const names = await byTest(unit, 'unit-table')
      .locator('.el-table__body tr td:first-child')
      .allTextContents()
    assert.ok(
      names.every((n) => n.includes('发展和改革局')),
      `only its own unit: ${names}`,
    )
    await assertNoSideScroll(unit)
    await screenshot(unit, 'statistics-unit-mobile.png')
    await unit.context().close()
  })

  test('micro-consultation per workstation with coverage', async () => {
    const leader = await openAs(browser, 'ld01')
    await byTest(leader, 'nav-statistics-matters').click()
    await byTest(leader, 'station-table').waitFor()
    await byTest(leader, 'coverage').waitFor()
    await screenshot(leader, 'statistics-matters.png')
    await leader.context().close()
  })

  test('the public page shows reply and satisfaction rates', async () => {
    const visitor = await openPage(browser, { phone: true })
    await visitor.goto(`${BASE_URL}/public/statistics`)
    await byTest(visitor, 'public-statistics').locator('.echart canvas').first().waitFor()
    await assertNoSideScroll(visitor)
    await screenshot(visitor, 'statistics-public-mobile.png')
    await visitor.context().close()
  })
})
