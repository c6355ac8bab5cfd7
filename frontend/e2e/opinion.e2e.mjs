import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import {
  byTest,
  confirmMessageBox,
  launch,
  login,
  nextResponse,
  openPage,
  openSelect,
  pickOption,
  screenshot,
} from './support.mjs'

// A member writes a 社情民意 report; the office adopts it, sends it upward and records a leader's instruction;
// the member sees every step on the report and is told.
const field = (scope, name) =>
  scope
    .locator(`input[data-test="${name}"], textarea[data-test="${name}"], [data-test="${name}"] input`)
    .first()

const expectState = (page, state) =>
  page.locator(`[data-test="opinion-state"][data-state="${state}"]`).first().waitFor()

describe('opinion', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
  })

  test('a member submits a report, the office adopts, sends it upward and records an instruction', async () => {
    const title = `关于规范电动自行车充电管理的建议（${Date.now().toString(36)}）`
    const member = await openPage(browser)
    await login(member, 'wy005')
    await byTest(member, 'nav-opinion-list').click()
    await member.waitForURL('**/opinion')
    await byTest(member, 'opinion-new').click()
    const dialog = member.locator('[data-test="opinion-draft"]')
    await dialog.waitFor({ state: 'visible' })
    await field(dialog, 'opinion-title').fill(title)
    await openSelect(member, 'opinion-category')
    await pickOption(member, 'opinion-category-popper', '社会治理')
    await field(dialog, 'opinion-content').fill(
      '近期多个小区出现电动自行车楼道充电现象，存在火灾隐患。建议加快建设集中充电设施，并明确物业管理责任。',
    )
    const created = nextResponse(member, 'POST', '/api/opinion/reports')
    await dialog.locator('[data-test="dialog-save"]').click()
    assert.equal((await created).status(), 201)
    await member.waitForURL(/\/opinion\/\d+$/)
    const detailPath = new URL(member.url()).pathname
    await expectState(member, 'DRAFT')
    await byTest(member, 'opinion-submit').click()
    const submitted = nextResponse(member, 'POST', '/submission')
    await confirmMessageBox(member)
    assert.equal((await submitted).status(), 200)
    await expectState(member, 'SUBMITTED')

    const office = await openPage(browser)
    await login(office, 'tab01')
    await byTest(office, 'nav-opinion-list').click()
    await office.waitForURL('**/opinion')
    await byTest(office, 'opinion-table').getByText(title).click()
    await office.waitForURL(/\/opinion\/\d+$/)
    await screenshot(office, 'opinion-office-review.png')

    const act = office.locator('[data-test="opinion-act"]')
    await byTest(office, 'opinion-act-decide').click()
    await act.waitFor({ state: 'visible' })
    await field(act, 'act-comment').fill('反映问题具体，建议可行')
    let done = nextResponse(office, 'POST', '/decision')
    await act.locator('[data-test="dialog-save"]').click()
    assert.equal((await done).status(), 200)
    await expectState(office, 'ADOPTED')

    await byTest(office, 'opinion-act-send').click()
    await act.waitFor({ state: 'visible' })
    await field(act, 'act-party').fill('市政协')
    await field(act, 'act-text').fill('《社情民意》第8期')
    done = nextResponse(office, 'POST', '/sendings')
    await act.locator('[data-test="dialog-save"]').click()
    assert.equal((await done).status(), 201)
    await expectState(office, 'SENT_UPWARD')

    await byTest(office, 'opinion-act-instruct').click()
    await act.waitFor({ state: 'visible' })
    await field(act, 'act-party').fill('区委副书记李某')
    await field(act, 'act-text').fill('请区消防救援大队会同住建局研究落实。')
    done = nextResponse(office, 'POST', '/instructions')
    await act.locator('[data-test="dialog-save"]').click()
    assert.equal((await done).status(), 201)
    await byTest(office, 'opinion-follow-ups').getByText('区委副书记李某').waitFor()
    await screenshot(office, 'opinion-office-instructed.png')

    await member.goto(detailPath)
    await expectState(member, 'SENT_UPWARD')
    await byTest(member, 'opinion-follow-ups').getByText('请区消防救援大队会同住建局研究落实。').waitFor()
    await byTest(member, 'opinion-history').getByText('领导批示').waitFor()
    await screenshot(member, 'opinion-member-detail.png')

    await byTest(member, 'notification-bell').click()
    await member.waitForURL('**/notifications')
    await byTest(member, 'notification-item').filter({ hasText: '获领导批示' }).first().waitFor()
  })
})
