// Named people inside a handling unit, through the screens: the lead unit hands its assignment to an officer
// (承办人), who finds it in the to-do list and passes it on; the unit calls a consultation meeting chaired by its
// 分管领导, who finds it in the to-do list and on the leader rows of the workbench; the committee leader's home
// lists the key proposals they supervise, each row opening the proposal.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import {
  jointProposalToSignOff,
  LEAD_UNIT_LEADER_USER,
  LEAD_UNIT_USER,
  PROPOSER_USER,
} from './proposal-steps.mjs'
import { byTest, launch, login, nextResponse, openAs, openPage, pickOption, screenshot } from './support.mjs'

const body = (response) => JSON.parse(response.request().postData())

async function openUnitsTab(page, proposalId) {
  await page.goto(`/proposals/${proposalId}`)
  await byTest(page, 'proposal-state').waitFor()
  await page.locator('#tab-units').click()
  await byTest(page, 'officer-section').waitFor()
}

async function handTo(page, name, reason) {
  await byTest(page, 'officer-select').locator('.el-select__wrapper').click()
  await pickOption(page, 'officer-popper', name)
  if (reason) await byTest(page, 'officer-reason').fill(reason)
  const answered = nextResponse(page, 'PUT', '/officer')
  await byTest(page, 'officer-save').click()
  const response = await answered
  assert.equal(response.status(), 204, await response.text().catch(() => ''))
  return response
}

describe('named people inside a unit', () => {
  let browser
  let proposalId
  const stamp = Date.now().toString(36).toUpperCase()
  const title = `关于完善社区养老服务网点布局的建议P${stamp}`

  before(async () => {
    browser = await launch()
    const member = await openPage(browser)
    await login(member, PROPOSER_USER)
    ;({ proposalId } = await jointProposalToSignOff(browser, member, { title }))
    await member.context().close()
  })
  after(async () => {
    await browser?.close()
  })

  test('the unit hands the proposal to its officer, who passes it on inside the unit', async () => {
    const unit = await openAs(browser, LEAD_UNIT_USER)
    await openUnitsTab(unit, proposalId)
    await byTest(unit, 'officer-current').getByText('尚未指定').waitFor()
    // Only the unit's own people are offered.
    await byTest(unit, 'officer-select').locator('.el-select__wrapper').click()
    const offered = await unit.locator('.officer-popper .el-select-dropdown__item').allInnerTexts()
    assert.ok(offered.includes('刘承办（区发改局）'), offered.join('、'))
    assert.ok(
      offered.every((n) => !n.includes('教育局') && !n.includes('住建局')),
      offered.join('、'),
    )
    await unit.keyboard.press('Escape')
    const first = await handTo(unit, '刘承办（区发改局）', null)
    assert.equal(body(first).reason, null)
    await byTest(unit, 'officer-current').getByText('刘承办（区发改局）').waitFor()
    await unit.context().close()

    const officer = await openAs(browser, 'fgjcb1')
    const item = officer.locator(`[data-test="todo-item"][data-proposal-id="${proposalId}"]`).first()
    await item.locator('[data-test="todo-officer"]').getByText('刘承办').waitFor()
    await openUnitsTab(officer, proposalId)
    await handTo(officer, '孙承办（区发改局）', '工作调整，由孙承办接手')
    await byTest(officer, 'officer-current').getByText('孙承办（区发改局）').waitFor()
    const changes = byTest(officer, 'officer-changes').locator('tbody tr')
    await changes.nth(1).getByText('工作调整，由孙承办接手').waitFor()
    assert.equal(await changes.count(), 2)
    await screenshot(officer, 'unit-officer.png')
    await officer.context().close()
  })

  test('the unit calls a meeting chaired by its leader, who finds it on the workbench', async () => {
    const unit = await openAs(browser, LEAD_UNIT_USER)
    await unit.goto(`/proposals/${proposalId}`)
    await byTest(unit, 'schedule-meeting').click()
    await byTest(unit, 'meeting-dialog').waitFor({ state: 'visible' })
    await byTest(unit, 'meeting-chair-leader').locator('.el-select__wrapper').click()
    // The unit's named leader (only leaders are offered); choosing one fills in the chair's name.
    const option = unit.locator('.meeting-chair-popper .el-select-dropdown__item').first()
    const leaderName = (await option.innerText()).trim()
    await option.click()
    assert.equal(await byTest(unit, 'meeting-chair').inputValue(), leaderName)
    await byTest(unit, 'meeting-place').fill('区发改局三楼会议室')
    await screenshot(unit, 'unit-meeting-chair.png', { fullPage: false })
    const scheduled = nextResponse(unit, 'POST', `/api/proposals/${proposalId}/meetings`)
    await byTest(unit, 'meeting-dialog').locator('[data-test="dialog-save"]').click()
    const response = await scheduled
    assert.equal(response.status(), 201, await response.text().catch(() => ''))
    assert.ok(body(response).chairAccountId > 0)
    await unit.context().close()

    const leader = await openAs(browser, LEAD_UNIT_LEADER_USER)
    await leader
      .locator(`[data-test="todo-item"][data-proposal-id="${proposalId}"][data-task="CHAIR_MEETING"]`)
      .waitFor()
    await leader.locator(`[data-test="my-meeting"][data-proposal-id="${proposalId}"]`).first().waitFor()
    await byTest(leader, 'leader-key-proposals').waitFor()
    await byTest(leader, 'leader-instructions').waitFor()
    await byTest(leader, 'leader-duties').waitFor()
    await screenshot(leader, 'unit-leader-home.png')
    await leader.context().close()
  })

  test("the committee leader's home lists the key proposals they supervise, each opening its record", async () => {
    const leader = await openAs(browser, 'ld01')
    const rows = byTest(leader, 'leader-key-proposals').locator('[data-test="leader-row-link"]')
    await rows.first().waitFor()
    await byTest(leader, 'leader-duties').getByText('领衔督办').first().waitFor()
    await screenshot(leader, 'leader-home.png')
    await rows.first().click()
    await leader.waitForURL('**/proposals/*')
    await byTest(leader, 'proposal-state').waitFor()
    await leader.context().close()
  })
})
