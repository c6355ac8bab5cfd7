import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { byTest, launch, login, nextResponse, openPage, screenshot } from './support.mjs'

// Demo data (see DemoSupervision): a key proposal led by ld01 with the units 城管局 (cgj) and 街道 jd1, and a
// proposal assigned to 民政局 (mzj) a few days ago whose sign-off is due within the week.
// Element Plus puts data-test on the native input of an el-input, on the wrapper of an el-input-number.
const field = (scope, name) =>
  scope
    .locator(`input[data-test="${name}"], textarea[data-test="${name}"], [data-test="${name}"] input`)
    .first()

const KEY_PROPOSAL = '关于推进智慧社区建设的建议'
const DUE_SOON = '老年助餐点'

describe('supervision', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    // Put the platform clock back for whatever runs next against this server.
    if (browser) {
      const admin = await openPage(browser)
      await login(admin, 'admin')
      await admin.request.put('/api/demo/clock', {
        data: { offsetDays: 0 },
        headers: {
          'X-XSRF-TOKEN': (await admin.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '',
        },
      })
      await browser.close()
    }
  })

  test('a leader writes an instruction on a key proposal and the unit acknowledges it', async () => {
    const leader = await openPage(browser)
    await login(leader, 'ld01')
    await byTest(leader, 'nav-key-proposals').click()
    await leader.waitForURL('**/supervision/key-proposals')
    const entry = byTest(leader, 'key-proposal-entry').filter({ hasText: KEY_PROPOSAL })
    await entry.locator('[data-test="key-proposal-link"]').click()
    await leader.waitForURL(/\/supervision\/proposals\/\d+$/)
    const detailPath = new URL(leader.url()).pathname

    const content = `请于本周内报送智慧社区建设进展，做到月月有进展（${Date.now().toString(36)}）`
    await field(leader, 'instruction-content').fill(content)
    const posted = nextResponse(leader, 'POST', '/instructions')
    await byTest(leader, 'instruction-submit').click()
    assert.equal((await posted).status(), 201)
    const written = byTest(leader, 'instruction').filter({ hasText: content })
    await written.waitFor()
    assert.equal(await written.locator('[data-test="ack"][data-acknowledged="false"]').count(), 2)
    await screenshot(leader, 'supervision-instruction.png')

    const unit = await openPage(browser)
    await login(unit, 'cgj')
    await byTest(unit, 'notification-unread').locator('sup').waitFor()
    await byTest(unit, 'notification-bell').click()
    await unit.waitForURL('**/notifications')
    await byTest(unit, 'notification-item').filter({ hasText: '批示' }).first().waitFor()
    await screenshot(unit, 'supervision-notifications.png')

    await unit.goto(detailPath)
    const instruction = byTest(unit, 'instruction').filter({ hasText: content })
    await instruction.waitFor()
    await field(instruction, 'ack-note').fill('已召开专题会部署，按周报送进展')
    const acknowledged = nextResponse(unit, 'POST', '/acknowledgement')
    await instruction.locator('[data-test="ack-submit"]').click()
    assert.equal((await acknowledged).status(), 204)
    await instruction.locator('[data-test="ack"][data-acknowledged="true"]').first().waitFor()
    assert.equal(await instruction.locator('[data-test="ack-submit"]').count(), 0)
    await screenshot(unit, 'supervision-acknowledged.png')

    // The leader sees the acknowledgement.
    await leader.reload()
    await byTest(leader, 'instruction')
      .filter({ hasText: content })
      .locator('[data-acknowledged="true"]')
      .first()
      .waitFor()
  })

  // The demo clock is refused on a database that several nodes could share (MariaDB), so the board's overdue
  // colours are walked on the embedded database only; the refusal itself is SingleNodeTest's.
  const sharedDatabase = (process.env.TEST_DATABASE || 'h2') !== 'h2'
  test(
    'the board shows an item overdue in red once the clock passes its deadline',
    { skip: sharedDatabase && 'the demo clock works on the single-node embedded database only' },
    async () => {
      const office = await openPage(browser)
      await login(office, 'tab01')
      await byTest(office, 'nav-supervision-board').click()
      await office.waitForURL('**/supervision')
      const row = () => byTest(office, 'board-table').locator('tbody tr', { hasText: DUE_SOON })
      const searched = nextResponse(office, 'GET', '/api/supervision/board')
      await field(office, 'board-keyword').fill(DUE_SOON)
      await byTest(office, 'board-search').click()
      await searched
      await row().first().waitFor()
      assert.equal(
        await row().first().locator('[data-test="item-status"]').getAttribute('data-status'),
        'DUE_SOON',
      )

      const admin = await openPage(browser)
      await login(admin, 'admin')
      await byTest(admin, 'nav-demo-clock').click()
      await admin.waitForURL('**/admin/demo-clock')
      await field(admin, 'clock-days').fill('10')
      const moved = nextResponse(admin, 'PUT', '/api/demo/clock')
      await byTest(admin, 'clock-apply').click()
      assert.equal((await moved).status(), 200)
      await byTest(admin, 'demo-clock-badge').waitFor()
      await screenshot(admin, 'supervision-demo-clock.png')

      await office.reload()
      const again = nextResponse(office, 'GET', '/api/supervision/board')
      await field(office, 'board-keyword').fill(DUE_SOON)
      await byTest(office, 'board-search').click()
      await again
      const overdue = row().first()
      await overdue.locator('[data-test="item-status"][data-status="OVERDUE"]').waitFor()
      assert.match(await overdue.getAttribute('class'), /row-overdue/)
      const color = await overdue
        .locator('[data-test="item-days"]')
        .evaluate((el) => getComputedStyle(el).color)
      assert.equal(color, 'rgb(245, 108, 108)', 'overdue is shown in red')
      assert.match(await overdue.locator('[data-test="item-days"]').innerText(), /超期\d+个工作日/)
      // The warning names who really received it.
      assert.match(await overdue.locator('[data-test="item-escalation"]').innerText(), /^已通知/)
      await field(office, 'board-keyword').fill('')
      await byTest(office, 'board-status').click()
      await office.locator('.el-select-dropdown__item', { hasText: '已超期' }).click()
      await byTest(office, 'board-table').locator('tbody tr.row-overdue').first().waitFor()
      await screenshot(office, 'supervision-board.png')

      const phone = await openPage(browser, { phone: true })
      await login(phone, 'tab01')
      await phone.goto('/supervision')
      await field(phone, 'board-keyword').fill(DUE_SOON)
      await byTest(phone, 'board-search').click()
      await byTest(phone, 'board-item').filter({ hasText: DUE_SOON }).locator('xpath=.').first().waitFor()
      assert.equal(
        await byTest(phone, 'board-item').filter({ hasText: DUE_SOON }).first().getAttribute('data-status'),
        'OVERDUE',
      )
      await screenshot(phone, 'supervision-board-mobile.png')

      const unit = await openPage(browser)
      await login(unit, 'mzj')
      await unit.goto('/supervision')
      await byTest(unit, 'board-table')
        .locator('tbody tr.row-overdue', { hasText: DUE_SOON })
        .first()
        .waitFor()
      const units = await byTest(unit, 'board-table').locator('tbody tr td:nth-child(3)').allInnerTexts()
      assert.ok(
        units.every((name) => name.includes('民政')),
        `a unit sees only its own items: ${units}`,
      )
      await screenshot(unit, 'supervision-unit-board.png')

      // The clock back to today: the item has days left again and shows no warning sent "in the future".
      const reset = nextResponse(admin, 'PUT', '/api/demo/clock')
      await byTest(admin, 'clock-reset').click()
      assert.equal((await reset).status(), 200)
      await office.goto('/supervision')
      const back = nextResponse(office, 'GET', '/api/supervision/board')
      await field(office, 'board-keyword').fill(DUE_SOON)
      await byTest(office, 'board-search').click()
      await back
      const rewound = row().first()
      await rewound.locator('[data-test="item-status"][data-status="DUE_SOON"]').waitFor()
      assert.equal(await rewound.locator('[data-test="item-escalation"]').count(), 0)
    },
  )
})
