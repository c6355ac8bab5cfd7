// A joint proposal handled to the end, every step through the screens: contact, assisting opinion,
// consultation meeting, extension, reply with countersign, leader approval and office check,
// evaluation (one co-signer unsatisfied), a second round, closing, publication, and the public site.
// The API is used only for lookups (the co-signers' usernames).
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import {
  ASSISTING_UNIT,
  ASSISTING_UNIT_USER,
  jointProposalToSignOff,
  LEAD_UNIT,
  LEAD_UNIT_USER,
  OFFICE_USER,
  PROPOSER_USER,
} from './proposal-steps.mjs'
import {
  byTest,
  confirmMessageBox,
  expectState,
  launch,
  login,
  nextResponse,
  openAs,
  openPage,
  openSelect,
  openTodo,
  pickOption,
  screenshot,
} from './support.mjs'

/** Saves the dialog with that data-test and returns the request's response once it is closed. */
async function saveDialog(page, dialogTest, method, urlPart, status) {
  const dialog = byTest(page, dialogTest)
  const answered = nextResponse(page, method, urlPart)
  await dialog.locator('[data-test="dialog-save"]').click()
  const response = await answered
  assert.equal(response.status(), status, `${method} ${urlPart}: ${await response.text().catch(() => '')}`)
  await dialog.waitFor({ state: 'hidden' })
  return response
}

async function openDialog(page, buttonTest, dialogTest) {
  await byTest(page, buttonTest).click()
  await byTest(page, dialogTest).waitFor({ state: 'visible' })
}

const body = (response) => JSON.parse(response.request().postData())

async function openProposal(page, proposalId) {
  await page.goto(`/proposals/${proposalId}`)
  await byTest(page, 'proposal-state').waitFor()
}

async function showTab(page, name) {
  await page.locator(`#tab-${name}`).click()
}

describe('proposal handling', () => {
  let browser
  let member
  let proposalId
  let cosigners = []
  let cosignerUsernames = []
  const stamp = Date.now().toString(36).toUpperCase()
  const title = `关于推进老旧小区加装电梯的建议H${stamp}`

  before(async () => {
    assert.ok(title.length <= 50, `title too long: ${title.length}`)
    browser = await launch()
    member = await openPage(browser)
    await login(member, PROPOSER_USER)
  })
  after(async () => {
    await browser?.close()
  })

  test('a joint proposal reaches both units (part 1 steps)', async () => {
    const started = await jointProposalToSignOff(browser, member, { title })
    ;({ proposalId, cosigners, cosignerUsernames } = started)
    assert.equal(cosignerUsernames.length, 2)
  })

  // ---- round 1: handling ---------------------------------------------------------------------

  test('the lead unit records its contact with the proposer', async () => {
    assert.ok(proposalId)
    const unit = await openAs(browser, LEAD_UNIT_USER)
    await openTodo(unit, proposalId, 'HANDLE')
    await expectState(unit, 'HANDLING')
    await openDialog(unit, 'record-contact', 'contact-dialog')
    await byTest(unit, 'contact-way-VISIT').click()
    await byTest(unit, 'contact-content').fill(
      '走访第一提案人，了解加装电梯的意愿与资金分担诉求。\n约定办理中每月通报一次进展。',
    )
    await screenshot(unit, 'handling-contact.png', { fullPage: false })
    const saved = await saveDialog(unit, 'contact-dialog', 'POST', '/contacts', 204)
    assert.equal(body(saved).way, 'VISIT')
    assert.match(body(saved).contactDate, /^\d{4}-\d{2}-\d{2}$/)
    await showTab(unit, 'handling')
    await byTest(unit, 'contact-item').getByText('走访第一提案人').waitFor()
    await unit.context().close()
  })

  test('the assisting unit sends its opinion to the lead unit', async () => {
    const unit = await openAs(browser, ASSISTING_UNIT_USER)
    await openTodo(unit, proposalId, 'HANDLE')
    await openDialog(unit, 'send-opinion', 'opinion-dialog')
    await byTest(unit, 'opinion-content').fill('教育系统可协调学校周边老旧小区的施工时段，避开上下学高峰。')
    await saveDialog(unit, 'opinion-dialog', 'POST', '/opinion', 204)
    await byTest(unit, 'send-opinion').waitFor({ state: 'detached' })
    await unit.context().close()
  })

  test('the office schedules a consultation meeting and records its minutes', async () => {
    const office = await openAs(browser, OFFICE_USER)
    await openProposal(office, proposalId)
    await openDialog(office, 'schedule-meeting', 'meeting-dialog')
    // The proposers and the two units are invited already.
    assert.equal(await byTest(office, 'meeting-members').locator('.el-tag').count(), 3)
    assert.equal(await byTest(office, 'meeting-units').locator('.el-tag').count(), 2)
    // Tomorrow 09:30 is offered; the meeting was yesterday morning, typed into the picker (its outcome is taken
    // only once its time has come).
    const yesterday = await office.evaluate(() => {
      const d = new Date(Date.now() - 86_400_000)
      return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-')
    })
    const time = byTest(office, 'meeting-time').locator('input')
    await time.fill(`${yesterday} 09:00`)
    await time.press('Enter')
    await byTest(office, 'meeting-place').fill('区政协三楼会议室')
    await byTest(office, 'meeting-chair').fill('区政协副主席')
    const scheduled = await saveDialog(
      office,
      'meeting-dialog',
      'POST',
      `/api/proposals/${proposalId}/meetings`,
      201,
    )
    const meeting = body(scheduled)
    assert.equal(meeting.meetingTime, `${yesterday}T09:00:00`)
    assert.equal(meeting.inviteeMemberIds.length, 3)

    await openDialog(office, 'record-meeting', 'minutes-dialog')
    await byTest(office, 'meeting-attendance-input').fill('提案人3人，区发展和改革局、区教育局负责同志。')
    await byTest(office, 'meeting-minutes-input').fill(
      '一、明确加装电梯财政补贴标准；\n二、学校周边小区施工避开上下学时段。',
    )
    await saveDialog(office, 'minutes-dialog', 'POST', '/outcome', 204)
    await showTab(office, 'handling')
    await office.locator('[data-test="meeting-item"][data-held="true"]').waitFor()
    await screenshot(office, 'handling-meeting.png')
    await office.context().close()

    // The lead proposer sees the meeting on the workbench.
    await member.goto('/member')
    await member.locator(`[data-test="my-meeting"][data-proposal-id="${proposalId}"]`).first().waitFor()
  })

  test('the lead unit asks for an extension and the office grants it', async () => {
    const unit = await openAs(browser, LEAD_UNIT_USER)
    await openProposal(unit, proposalId)
    await openDialog(unit, 'request-extension', 'extension-dialog')
    await byTest(unit, 'extension-months-2').click()
    await byTest(unit, 'extension-reason').fill('需待年度财政预算调整后确定补贴标准。')
    const requested = await saveDialog(unit, 'extension-dialog', 'POST', '/extensions', 201)
    assert.equal(body(requested).months, 2)
    await byTest(unit, 'request-extension').waitFor({ state: 'detached' })

    const office = await openAs(browser, OFFICE_USER)
    await openTodo(office, proposalId, 'DECIDE_EXTENSION')
    await openDialog(office, 'decide-extension', 'extension-decision-dialog')
    await byTest(office, 'extension-note').fill('同意延期两个月。')
    const decided = await saveDialog(office, 'extension-decision-dialog', 'POST', '/decision', 204)
    assert.equal(body(decided).approve, true)
    await showTab(office, 'handling')
    await office.locator('[data-test="extension-item"][data-status="APPROVED"]').waitFor()
    await office.context().close()
    await unit.context().close()
  })

  test('the lead unit drafts its reply, then submits it for countersigning', async () => {
    const unit = await openAs(browser, LEAD_UNIT_USER)
    await openProposal(unit, proposalId)
    await openDialog(unit, 'save-reply', 'reply-dialog')
    await byTest(unit, 'reply-class-A').click()
    await byTest(unit, 'reply-body-input').fill(
      '您提出的关于推进老旧小区加装电梯的建议收悉，现答复如下：\n一、关于补贴标准。我局已会同财政部门将补贴提高到每台20万元。\n二、关于施工组织。会同区教育局错开学校上下学时段施工。\n感谢您对我区工作的关心和支持。',
    )
    await byTest(unit, 'reply-signing-leader').fill('李明')
    await byTest(unit, 'reply-officer-input').fill('王芳')
    await byTest(unit, 'reply-officer-phone').fill('0731-85123456')
    // First a draft ...
    const drafted = nextResponse(unit, 'PUT', '/reply')
    await byTest(unit, 'reply-save-draft').click()
    assert.equal((await drafted).status(), 204)
    await byTest(unit, 'reply-dialog').waitFor({ state: 'hidden' })
    await showTab(unit, 'replies')
    await unit.locator('[data-test="reply-status"][data-status="DRAFT"]').waitFor()
    assert.match(await byTest(unit, 'reply-title').innerText(), /^关于.*会议第\d+号提案的答复$/)

    // ... then opened again, where it was left, and submitted.
    await openDialog(unit, 'save-reply', 'reply-dialog')
    assert.equal(await byTest(unit, 'reply-signing-leader').inputValue(), '李明')
    const submitted = nextResponse(unit, 'POST', '/reply/submit')
    await saveDialog(unit, 'reply-dialog', 'PUT', '/reply', 204)
    assert.equal((await submitted).status(), 204)
    await unit.locator('[data-test="reply-status"][data-status="COUNTERSIGNING"]').waitFor()
    await unit.context().close()
  })

  test('the assisting unit countersigns and the lead unit leader approves', async () => {
    const assisting = await openAs(browser, ASSISTING_UNIT_USER)
    await openTodo(assisting, proposalId, 'COUNTERSIGN')
    await openDialog(assisting, 'countersign', 'countersign-dialog')
    await byTest(assisting, 'countersign-dialog').locator('[data-test="reply-letter"]').waitFor()
    await byTest(assisting, 'countersign-agree-true').click()
    await byTest(assisting, 'countersign-comment').fill('同意。')
    await screenshot(assisting, 'handling-countersign.png', { fullPage: false })
    const countersigned = await saveDialog(assisting, 'countersign-dialog', 'POST', '/countersign', 204)
    assert.equal(body(countersigned).agree, true)
    await assisting.context().close()

    const unit = await openAs(browser, LEAD_UNIT_USER)
    await openTodo(unit, proposalId, 'APPROVE_REPLY')
    const approved = nextResponse(unit, 'POST', '/reply/approve')
    await byTest(unit, 'approve-reply').click()
    await confirmMessageBox(unit)
    assert.equal((await approved).status(), 204)
    await showTab(unit, 'replies')
    await unit.locator('[data-test="reply-status"][data-status="OFFICE_CHECK"]').waitFor()
    await byTest(unit, 'countersign-item').getByText(ASSISTING_UNIT).waitFor()
    await unit.context().close()
  })

  test('the office passes the reply, changing its class', async () => {
    const office = await openAs(browser, OFFICE_USER)
    await openTodo(office, proposalId, 'CHECK_REPLY')
    await openDialog(office, 'check-reply', 'reply-check-dialog')
    await byTest(office, 'check-approve-true').click()
    await openSelect(office, 'check-class')
    await office.locator('.check-class-popper .el-select-dropdown__item').filter({ hasText: /^B类/ }).click()
    await byTest(office, 'check-comment').fill('补贴资金尚待预算批复，按B类答复。')
    await screenshot(office, 'handling-office-check.png', { fullPage: false })
    const checked = await saveDialog(office, 'reply-check-dialog', 'POST', '/reply/check', 204)
    assert.deepEqual(body(checked), {
      approve: true,
      finalClass: 'B',
      comment: '补贴资金尚待预算批复，按B类答复。',
    })
    await expectState(office, 'AWAITING_EVALUATION')
    await office.context().close()
  })

  // ---- round 1: evaluation and re-handling ------------------------------------------------------

  test('the proposers evaluate: the lead satisfied, one co-signer not; the office enters a paper form', async () => {
    // The lead proposer reads the letter, now sent, and fills in the feedback form.
    await member.goto('/')
    await openTodo(member, proposalId, 'EVALUATE')
    await showTab(member, 'replies')
    const letter = byTest(member, 'reply-letter')
    await letter.waitFor()
    assert.equal((await byTest(member, 'reply-class').innerText()).trim(), 'B类')
    assert.match(await letter.innerText(), /二、关于施工组织/)
    assert.match(await letter.innerText(), new RegExp(`抄送：${ASSISTING_UNIT}`))
    await screenshot(member, 'handling-reply-letter.png')

    await openDialog(member, 'evaluate', 'evaluation-dialog')
    await byTest(member, 'evaluation-contacted-true').click()
    await byTest(member, 'evaluation-way-VISIT').click()
    await byTest(member, 'evaluation-attitude-SATISFIED').click()
    await byTest(member, 'evaluation-result-SATISFIED').click()
    await byTest(member, 'evaluation-comments').fill('答复认真，措施具体。')
    await screenshot(member, 'handling-evaluation-form.png', { fullPage: false })
    const own = await saveDialog(member, 'evaluation-dialog', 'POST', '/evaluations', 204)
    assert.equal(body(own).memberId, null)
    assert.equal(body(own).result, 'SATISFIED')
    await byTest(member, 'evaluate').waitFor({ state: 'detached' })

    const cosigner = await openAs(browser, cosignerUsernames[0])
    await openTodo(cosigner, proposalId, 'EVALUATE')
    await openDialog(cosigner, 'evaluate', 'evaluation-dialog')
    await byTest(cosigner, 'evaluation-contacted-false').click()
    await byTest(cosigner, 'evaluation-attitude-BASICALLY_SATISFIED').click()
    await byTest(cosigner, 'evaluation-result-UNSATISFIED').click()
    await byTest(cosigner, 'evaluation-comments').fill('补贴标准仍未落实，希望明确时间表。')
    const unhappy = await saveDialog(cosigner, 'evaluation-dialog', 'POST', '/evaluations', 204)
    assert.equal(body(unhappy).contactWay, null)
    await cosigner.context().close()

    // The other co-signer answered on paper; the office enters the form on their behalf.
    const office = await openAs(browser, OFFICE_USER)
    await openTodo(office, proposalId, 'FOLLOW_EVALUATION')
    await openDialog(office, 'evaluate-on-paper', 'evaluation-dialog')
    await openSelect(office, 'evaluation-member')
    await pickOption(office, 'evaluation-member-popper', cosigners[1].name)
    await byTest(office, 'evaluation-result-BASICALLY_SATISFIED').click()
    const paper = await saveDialog(office, 'evaluation-dialog', 'POST', '/evaluations', 204)
    assert.equal(body(paper).memberId, cosigners[1].memberId)
    await showTab(office, 'evaluations')
    assert.equal(await byTest(office, 'evaluation-item').count(), 3)
    await office.context().close()
  })

  test('the office orders a second round of handling', async () => {
    const office = await openAs(browser, OFFICE_USER)
    await openProposal(office, proposalId)
    await openDialog(office, 'decide-after-evaluation', 'after-evaluation-dialog')
    // Someone was not satisfied: re-handling is offered first.
    await byTest(office, 'after-evaluation-REHANDLE').locator('input:checked').waitFor({ state: 'attached' })
    await byTest(office, 'after-evaluation-comment').fill('请就补贴落实时间作出明确答复。')
    const decided = await saveDialog(office, 'after-evaluation-dialog', 'POST', '/after-evaluation', 204)
    assert.equal(body(decided).decision, 'REHANDLE')
    await expectState(office, 'REHANDLING')
    await showTab(office, 'units')
    assert.equal(await byTest(office, 'assignment-round').count(), 2)
    await office.context().close()
  })

  // ---- round 2 ----------------------------------------------------------------------------------

  test('second round: reply (held back until the opinion is in), countersign, approval and check', async () => {
    const unit = await openAs(browser, LEAD_UNIT_USER)
    await openTodo(unit, proposalId, 'HANDLE')
    await expectState(unit, 'REHANDLING')
    await openDialog(unit, 'save-reply', 'reply-dialog')
    // The new round's letter starts with the earlier one's leader, officer and phone.
    assert.equal(await byTest(unit, 'reply-officer-input').inputValue(), '王芳')
    await byTest(unit, 'reply-class-B').click()
    await byTest(unit, 'reply-body-input').fill(
      '现就补贴落实时间再次答复如下：\n一、补贴资金已列入本年度预算，于第三季度拨付。\n二、首批12个小区已开工，其余列入明年计划。',
    )
    // The assisting unit has not sent this round's opinion: the draft is kept, the server says why.
    const refused = nextResponse(unit, 'POST', '/reply/submit')
    await saveDialog(unit, 'reply-dialog', 'PUT', '/reply', 204)
    assert.equal((await refused).status(), 409)
    const box = unit.locator('.el-message-box')
    await box.getByText('还有1个会办单位未提交会办意见').waitFor()
    await confirmMessageBox(unit)
    await unit
      .locator('[data-test="reply-item"][data-round="2"][data-status="DRAFT"]')
      .waitFor({ state: 'attached' })

    const assisting = await openAs(browser, ASSISTING_UNIT_USER)
    await openTodo(assisting, proposalId, 'HANDLE')
    await openDialog(assisting, 'send-opinion', 'opinion-dialog')
    await byTest(assisting, 'opinion-content').fill('同意主办单位的补贴时间安排。')
    await saveDialog(assisting, 'opinion-dialog', 'POST', '/opinion', 204)

    await unit.reload()
    const submitted = nextResponse(unit, 'POST', '/reply/submit')
    await byTest(unit, 'submit-reply').click()
    await confirmMessageBox(unit)
    assert.equal((await submitted).status(), 204)
    await byTest(unit, 'submit-reply').waitFor({ state: 'detached' })

    await assisting.reload()
    await openDialog(assisting, 'countersign', 'countersign-dialog')
    await saveDialog(assisting, 'countersign-dialog', 'POST', '/countersign', 204)
    await assisting.context().close()

    await unit.reload()
    const approved = nextResponse(unit, 'POST', '/reply/approve')
    await byTest(unit, 'approve-reply').click()
    await confirmMessageBox(unit)
    assert.equal((await approved).status(), 204)
    await unit.context().close()

    const office = await openAs(browser, OFFICE_USER)
    await openTodo(office, proposalId, 'CHECK_REPLY')
    await openDialog(office, 'check-reply', 'reply-check-dialog')
    const checked = await saveDialog(office, 'reply-check-dialog', 'POST', '/reply/check', 204)
    assert.deepEqual(body(checked), { approve: true, finalClass: null, comment: null })
    await expectState(office, 'AWAITING_EVALUATION')
    await office.context().close()
  })

  test('second round: everyone satisfied, the office closes and publishes it', async () => {
    await member.goto('/')
    await openTodo(member, proposalId, 'EVALUATE')
    await openDialog(member, 'evaluate', 'evaluation-dialog')
    await saveDialog(member, 'evaluation-dialog', 'POST', '/evaluations', 204)

    const cosigner = await openAs(browser, cosignerUsernames[0])
    await openTodo(cosigner, proposalId, 'EVALUATE')
    await openDialog(cosigner, 'evaluate', 'evaluation-dialog')
    await byTest(cosigner, 'evaluation-result-SATISFIED').click()
    await saveDialog(cosigner, 'evaluation-dialog', 'POST', '/evaluations', 204)
    await cosigner.context().close()

    const office = await openAs(browser, OFFICE_USER)
    await openProposal(office, proposalId)
    await openDialog(office, 'evaluate-on-paper', 'evaluation-dialog')
    const paper = await saveDialog(office, 'evaluation-dialog', 'POST', '/evaluations', 204)
    assert.equal(body(paper).memberId, cosigners[1].memberId, 'the only one left is chosen')

    await openDialog(office, 'decide-after-evaluation', 'after-evaluation-dialog')
    await byTest(office, 'after-evaluation-CLOSE').click()
    const closed = await saveDialog(office, 'after-evaluation-dialog', 'POST', '/after-evaluation', 204)
    assert.equal(body(closed).decision, 'CLOSE')
    await expectState(office, 'CLOSED')

    const published = nextResponse(office, 'POST', `/api/proposals/${proposalId}/publish`)
    await byTest(office, 'publish').click()
    await confirmMessageBox(office)
    assert.equal((await published).status(), 204)
    await expectState(office, 'PUBLISHED')
    await office.context().close()
  })

  test('the lead unit keeps reporting on its B reply and raises it to A', async () => {
    const unit = await openAs(browser, LEAD_UNIT_USER)
    await openProposal(unit, proposalId)
    await openDialog(unit, 'follow-up', 'follow-up-dialog')
    await byTest(unit, 'follow-up-content').fill('其余小区的加装电梯已全部开工，补贴资金已足额拨付。')
    await openSelect(unit, 'follow-up-class')
    await unit
      .locator('.follow-up-class-popper .el-select-dropdown__item')
      .filter({ hasText: /^A类/ })
      .click()
    const reported = await saveDialog(unit, 'follow-up-dialog', 'POST', '/follow-ups', 204)
    assert.equal(body(reported).newClass, 'A')
    await showTab(unit, 'follow-ups')
    await byTest(unit, 'follow-up-item').getByText('答复类别调整为A类').waitFor()
    // An A reply is no longer tracked.
    await byTest(unit, 'follow-up').waitFor({ state: 'detached' })
    await unit.context().close()
  })

  test('the timeline shows both rounds, the paper forms and the publication', async () => {
    await openProposal(member, proposalId)
    await expectState(member, 'PUBLISHED')
    await showTab(member, 'evaluations')
    assert.equal(await byTest(member, 'evaluation-item').count(), 6)
    await showTab(member, 'history')
    const entries = byTest(member, 'timeline').locator('[data-test="timeline-entry"]')
    await entries.first().waitFor()
    const actions = await entries.evaluateAll((items) => items.map((i) => i.dataset.action))
    for (const action of [
      'RECORD_CONTACT',
      'SEND_OPINION',
      'SCHEDULE_MEETING',
      'RECORD_MEETING',
      'REQUEST_EXTENSION',
      'APPROVE_EXTENSION',
      'SUBMIT_REPLY',
      'AGREE_COUNTERSIGN',
      'APPROVE_REPLY',
      'PASS_REPLY',
      'ORDER_REHANDLING',
      'CLOSE',
      'PUBLISH',
      'FOLLOW_UP',
    ]) {
      assert.ok(actions.includes(action), `timeline lacks ${action}: ${actions}`)
    }
    assert.equal(actions.filter((a) => a === 'EVALUATE').length, 6)
    assert.equal(actions[0], 'FOLLOW_UP', 'newest first')
    await byTest(member, 'timeline').getByText(`代${cosigners[1].name}录入`).first().waitFor()
    // The second round and the order that started it, in one tall window rather than the whole page.
    await member.setViewportSize({ width: 1366, height: 2000 })
    await screenshot(member, 'handling-rehandling-timeline.png', { fullPage: false })
    await member.setViewportSize({ width: 1366, height: 860 })
  })

  test('the replies of both rounds read well on a 375px phone', async () => {
    const phone = await openPage(browser, { phone: true })
    await login(phone, PROPOSER_USER)
    await openProposal(phone, proposalId)
    await showTab(phone, 'replies')
    await phone.locator('[data-test="reply-item"][data-round="2"]').waitFor()
    assert.equal(await byTest(phone, 'reply-letter').count(), 2)
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the screen`)
    await screenshot(phone, 'handling-reply-mobile.png')
    await phone.context().close()
  })

  test('an anonymous visitor finds it on the public site and reads the reply', async () => {
    const visitor = await openPage(browser)
    await visitor.goto('/login')
    await byTest(visitor, 'login-public-link').click()
    await visitor.waitForURL('**/public/proposals')
    await byTest(visitor, 'public-search').fill(stamp)
    const searched = nextResponse(visitor, 'GET', '/api/public/proposals')
    await byTest(visitor, 'public-search-button').click()
    assert.equal((await searched).status(), 200)
    const item = visitor.locator(`[data-test="public-item"][data-id="${proposalId}"]`)
    // The unfiltered list (the demo's published proposals and this one) shows until the search renders.
    await visitor.waitForFunction(() => document.querySelectorAll('[data-test="public-item"]').length === 1)
    await item.waitFor()
    await screenshot(visitor, 'handling-public-list.png')
    await item.locator('[data-test="public-item-link"]').click()
    await visitor.waitForURL(`**/public/proposals/${proposalId}`)
    const replies = byTest(visitor, 'public-replies')
    await replies.locator('[data-test="reply-letter"]').waitFor()
    // Only the round that ended the handling is published; no officer's phone on the public site.
    assert.equal(await replies.locator('[data-test="reply-letter"]').count(), 1)
    assert.match(await replies.innerText(), /补贴资金已列入本年度预算/)
    assert.match(await replies.innerText(), new RegExp(LEAD_UNIT))
    assert.equal(
      (await replies.locator('[data-test="reply-class"]').innerText()).trim(),
      'A类',
      'raised by the follow-up',
    )
    assert.equal(await replies.locator('[data-test="reply-officer"]').count(), 0)
    assert.equal((await byTest(visitor, 'public-title').innerText()).trim(), title)
    await screenshot(visitor, 'handling-public.png')
    await visitor.context().close()

    const phone = await openPage(browser, { phone: true })
    await phone.goto(`/public/proposals/${proposalId}`)
    await byTest(phone, 'public-replies').locator('[data-test="reply-letter"]').waitFor()
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the screen`)
    await screenshot(phone, 'handling-public-mobile.png')
    await phone.context().close()
  })
})
