// Micro-consultation through the screens, all six steps: a resident raises a matter on the phone-sized public
// page, the member on duty triages it, the liaison holds the meeting and records its minutes, the decision with
// two actions for two units is published, both units report their actions done, and the resident evaluates;
// the public page then shows the evaluation.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { byTest, launch, login, nextResponse, openPage, screenshot } from './support.mjs'

// A 1×1 PNG: the smallest photo a phone could send.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const WORKSTATION = '青石街道智慧委员工作站'
const UNIT_A = '区住房和城乡建设局'
const UNIT_B = '区城市管理局'

async function pickOption(page, popperClass, text) {
  await page.locator(`.${popperClass} .el-select-dropdown__item`).getByText(text, { exact: true }).click()
}

async function openSelect(page, testId) {
  await byTest(page, testId).locator('.el-select__wrapper').click()
}

/** The open dialog with this data-test, and its save button. */
function dialog(page, testId) {
  return page.locator(`.el-dialog[data-test="${testId}"]`)
}

async function save(page, testId, method, urlPart) {
  const response = nextResponse(page, method, urlPart)
  await dialog(page, testId).locator('[data-test="dialog-save"]').click()
  const answer = await response
  assert.ok(answer.status() < 300, `${urlPart} answered ${answer.status()}: ${await answer.text()}`)
  await dialog(page, testId).waitFor({ state: 'hidden' })
}

async function expectState(page, state) {
  await page.locator(`[data-test="matter-state"][data-state="${state}"]`).first().waitFor()
}

/** The page fits a 375px phone: nothing sticks out sideways. */
async function assertNoSideScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`)
}

describe('micro-consultation: the six steps', () => {
  let browser
  const stamp = Date.now().toString(36).toUpperCase()
  const title = `村口路灯不亮夜间出行不安全E2E${stamp}`
  const phone = `139${String(Date.now() % 100_000_000).padStart(8, '0')}`
  const pngPath = path.join(os.tmpdir(), `consultation-e2e-${stamp}.png`)
  const comment = `路灯修好了，晚上回家安心多了${stamp}`
  let matterId
  let trackingCode

  before(async () => {
    assert.ok(title.length <= 50, `title too long: ${title.length}`)
    fs.writeFileSync(pngPath, PNG)
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
    fs.rmSync(pngPath, { force: true })
  })

  test('a resident raises a matter on the phone-sized public page, without an account', async () => {
    const page = await openPage(browser, { phone: true })
    await page.goto('/public/consultation')
    await byTest(page, 'district-totals').waitFor()
    await byTest(page, 'recent-outcomes').locator('[data-test="matter-item"]').first().waitFor()
    await assertNoSideScroll(page)
    await screenshot(page, 'consultation-district-mobile.png')

    await byTest(page, 'workstation-list').getByText(WORKSTATION, { exact: true }).click()
    await page.waitForURL('**/public/consultation/workstations/*')
    await byTest(page, 'workstation-members').locator('.el-tag').first().waitFor()
    await byTest(page, 'workstation-roster').waitFor()
    await assertNoSideScroll(page)
    await screenshot(page, 'consultation-workstation-mobile.png')

    await byTest(page, 'workstation-raise').click()
    await page.waitForURL('**/public/consultation/raise?*')
    // The workstation comes chosen from its page (its name shows once the list has loaded).
    await byTest(page, 'raise-workstation').getByText(WORKSTATION).waitFor()
    await byTest(page, 'raise-title').fill(title)
    await byTest(page, 'raise-description').fill(
      '村口到小学的路段有三盏路灯坏了两个多月，晚上一片漆黑，老人孩子出行很不安全。',
    )
    await byTest(page, 'raise-place').fill('大托新村村口至小学路段')
    await byTest(page, 'raise-phone').fill(phone)
    await byTest(page, 'raise-photos').setInputFiles(pngPath)
    await byTest(page, 'photo-preview').waitFor()
    await assertNoSideScroll(page)
    await screenshot(page, 'consultation-raise-mobile.png')

    const raised = nextResponse(page, 'POST', '/api/public/consultation/matters')
    await byTest(page, 'raise-submit').click()
    const response = await raised
    assert.equal(response.status(), 201)
    const body = await response.json()
    matterId = body.id
    trackingCode = body.trackingCode
    assert.equal((await byTest(page, 'tracking-code').innerText()).trim(), trackingCode)
    await screenshot(page, 'consultation-raised-mobile.png')
    await page.context().close()
  })

  test('the member on duty finds it and triages it for consultation', async () => {
    const page = await openPage(browser)
    await login(page, 'wy001')
    await byTest(page, 'my-duty-card').waitFor()
    await byTest(page, 'nav-consultation-duty').click()
    await page.waitForURL('**/consultation/duty')
    const item = page.locator(`[data-test="to-triage"] [data-test="matter-item"][data-id="${matterId}"]`)
    await item.waitFor()
    await screenshot(page, 'consultation-duty.png')
    await item.click()
    await page.waitForURL(`**/consultation/matters/${matterId}`)
    await expectState(page, 'RAISED')
    await byTest(page, 'matter-photos').locator('[data-test="photo"]').first().waitFor()

    await byTest(page, 'action-TRIAGE').click()
    await dialog(page, 'triage-dialog').waitFor()
    await byTest(page, 'triage-CONSULT').click()
    await byTest(page, 'triage-comment').fill('涉及住建、城管两个部门，提交协商议事')
    await screenshot(page, 'consultation-triage.png', { fullPage: false })
    await save(page, 'triage-dialog', 'POST', `/api/consultation/matters/${matterId}/triage`)
    await expectState(page, 'DELIBERATING')
    await page.context().close()
  })

  test('the liaison holds the meeting, records the minutes, decides two actions for two units and publishes', async () => {
    const page = await openPage(browser)
    await login(page, 'lly01')
    await byTest(page, 'nav-consultation-station').click()
    await page.waitForURL('**/consultation/station')
    await page.locator('.el-tabs__item', { hasText: '办理中' }).click()
    const item = page.locator(`[data-test="in-hand"] [data-test="matter-item"][data-id="${matterId}"]`)
    await item.waitFor()
    await screenshot(page, 'consultation-station.png')
    await item.click()
    await page.waitForURL(`**/consultation/matters/${matterId}`)

    // 协商议事: the meeting, with members, two departments, the community, residents and an expert.
    await byTest(page, 'action-SCHEDULE_MEETING').click()
    await dialog(page, 'meeting-dialog').waitFor()
    await byTest(page, 'meeting-members').locator('.el-checkbox.is-checked').first().waitFor()
    await openSelect(page, 'meeting-units')
    await pickOption(page, 'meeting-units-popper', UNIT_A)
    await pickOption(page, 'meeting-units-popper', UNIT_B)
    await page.keyboard.press('Escape')
    await byTest(page, 'meeting-community').fill('青石桥社区居委会')
    await byTest(page, 'meeting-residents').fill('刘阿姨，张师傅')
    await byTest(page, 'meeting-experts').fill('市政照明专家王工')
    // The meeting was held yesterday afternoon: minutes are taken only once a meeting's time has come.
    const yesterday = await page.evaluate(() => {
      const d = new Date(Date.now() - 86_400_000)
      return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-')
    })
    const time = byTest(page, 'meeting-time').locator('input')
    await time.fill(`${yesterday} 14:30`)
    await time.press('Enter')
    await screenshot(page, 'consultation-meeting.png', { fullPage: false })
    await save(page, 'meeting-dialog', 'POST', `/api/consultation/matters/${matterId}/meetings`)

    await byTest(page, 'action-RECORD_MINUTES').click()
    await dialog(page, 'minutes-dialog').waitFor()
    await byTest(page, 'minutes-text').fill(
      '会议由联络员主持。各方一致同意：住建局负责更换路灯，城管局负责日常巡查维护。',
    )
    await byTest(page, 'minutes-opinion-0').fill('建议一周内完成更换')
    await save(page, 'minutes-dialog', 'POST', '/minutes')
    await expectState(page, 'DECIDING')
    await byTest(page, 'meeting-minutes').waitFor()

    // 研究定事: two actions, two units, time limits in working days.
    await byTest(page, 'action-DECIDE').click()
    await dialog(page, 'decision-dialog').waitFor()
    await byTest(page, 'decision-summary-input').fill('更换村口至小学路段损坏路灯，并纳入日常巡查。')
    await byTest(page, 'decision-action-content-0').fill('更换三盏损坏路灯')
    await openSelect(page, 'decision-action-unit-0')
    await pickOption(page, 'decision-unit-popper-0', UNIT_A)
    await byTest(page, 'decision-add-action').click()
    await byTest(page, 'decision-action-content-1').fill('将该路段路灯纳入每周巡查')
    await openSelect(page, 'decision-action-unit-1')
    await pickOption(page, 'decision-unit-popper-1', UNIT_B)
    await screenshot(page, 'consultation-decision.png', { fullPage: false })
    await save(page, 'decision-dialog', 'POST', `/api/consultation/matters/${matterId}/decision`)
    await expectState(page, 'DECIDED')

    // 公开晒事
    const published = nextResponse(page, 'POST', `/api/consultation/matters/${matterId}/publish`)
    await byTest(page, 'action-PUBLISH').click()
    await page.locator('.el-message-box .el-message-box__btns .el-button--primary').click()
    assert.equal((await published).status(), 200)
    await expectState(page, 'IMPLEMENTING')
    assert.equal(await page.locator('[data-test="decision"] [data-test="action"]').count(), 2)
    await screenshot(page, 'consultation-published.png')

    // The model draws itself: the current step (the two units' actions) is marked.
    await page.locator('.el-tabs__item', { hasText: '流程图' }).click()
    await byTest(page, 'matter-diagram').locator('.djs-element.highlight-active').first().waitFor()
    assert.ok(
      (await byTest(page, 'matter-diagram').locator('[data-element-id="implementAction"]').count()) > 0,
    )
    await screenshot(page, 'consultation-diagram.png')
    await page.context().close()
  })

  for (const [unit, steps] of [
    ['zjj', [100]],
    ['cgj', [50, 100]],
  ]) {
    test(`the unit ${unit} reports its action to done`, async () => {
      const page = await openPage(browser)
      await login(page, unit)
      await byTest(page, 'nav-consultation-actions').click()
      await page.waitForURL('**/consultation/actions')
      // Other matters' actions may be many: the unit looks its matter up by title.
      const searched = nextResponse(page, 'GET', '/api/consultation/actions?')
      await byTest(page, 'search-keyword').fill(title)
      await byTest(page, 'search-button').click()
      assert.equal((await searched).status(), 200)
      for (const percent of steps) {
        const row = byTest(page, 'unit-actions').locator('tbody tr', { hasText: title })
        await row.waitFor()
        await row.locator('[data-test="unit-action-report"]').click()
        await dialog(page, 'progress-dialog').waitFor()
        await page
          .locator('[data-test="progress-percent"] input, input[data-test="progress-percent"]')
          .fill(String(percent))
        await byTest(page, 'progress-note').fill(
          percent === 100 ? '已全部完成，现场验收合格。' : '已完成一半，正在推进。',
        )
        if (percent === 100) await byTest(page, 'progress-photos').setInputFiles(pngPath)
        if (unit === 'cgj' && percent === 100)
          await screenshot(page, 'consultation-progress.png', { fullPage: false })
        await save(page, 'progress-dialog', 'POST', '/progress')
      }
      const done = nextResponse(page, 'GET', 'status=DONE')
      await byTest(page, 'action-status').getByText('已完成').click()
      await done
      await byTest(page, 'unit-actions').locator('tbody tr', { hasText: title }).waitFor()
      if (unit === 'cgj') await screenshot(page, 'consultation-unit-actions.png')
      await page.context().close()
    })
  }

  test('the resident follows it with code and phone, evaluates, and the public page shows the evaluation', async () => {
    const page = await openPage(browser, { phone: true })
    await page.goto(`/public/consultation/track?code=${trackingCode}`)
    await byTest(page, 'track-phone').fill(phone)
    await byTest(page, 'track-submit').click()
    await expectState(page, 'EVALUATING')
    await byTest(page, 'evaluate-form').waitFor()
    await byTest(page, 'evaluate-SATISFIED').click()
    await byTest(page, 'evaluate-comment').fill(comment)
    assert.equal(await byTest(page, 'evaluate-phone').inputValue(), phone)
    await assertNoSideScroll(page)
    await screenshot(page, 'consultation-track-mobile.png')
    const rated = nextResponse(page, 'POST', `/api/public/consultation/matters/${matterId}/evaluations`)
    await byTest(page, 'evaluate-submit').click()
    assert.equal((await rated).status(), 200)

    await page.goto(`/public/consultation/matters/${matterId}`)
    const rating = page.locator('[data-test="rating"]', { hasText: comment })
    await rating.waitFor()
    assert.match(await rating.innerText(), /满意/)
    assert.doesNotMatch(await page.locator('body').innerText(), new RegExp(phone))
    assert.match(await byTest(page, 'evaluation-summary').innerText(), /本轮正式评价 1 人/)
    assert.match(await byTest(page, 'evaluation-summary').innerText(), /满意率 100/)
    await assertNoSideScroll(page)
    await screenshot(page, 'consultation-evaluated-mobile.png')
    await page.context().close()
  })
})
