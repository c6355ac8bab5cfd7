// A joint proposal from draft to both units' sign-off, every step through the screens.
// The API is used only to look up who the chosen co-signers are (their usernames).
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { byTest, launch, login, nextResponse, openPage, screenshot } from './support.mjs'

// A 1×1 PNG, the smallest valid attachment.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const LEAD_UNIT = '区发展和改革局'
const ASSISTING_UNIT = '区教育局'
// Co-signers are found by their sector's name, as a member would search for colleagues.
const COSIGNER_SEARCH = '教育界'

/** Chooses the option with exactly this text in the dropdown of an el-select with that popper class. */
async function pickOption(page, popperClass, text) {
  const option = page.locator(`.${popperClass} .el-select-dropdown__item`).getByText(text, { exact: true })
  await option.click()
}

async function openSelect(page, testId) {
  await byTest(page, testId).locator('.el-select__wrapper').click()
}

async function confirmMessageBox(page) {
  const box = page.locator('.el-message-box')
  await box.waitFor({ state: 'visible' })
  await box.locator('.el-message-box__btns .el-button--primary').click()
}

async function expectState(page, state) {
  await page.locator(`[data-test="proposal-state"][data-state="${state}"]`).waitFor()
}

/** From the workbench's to-do list to the proposal: the way a user finds what to do. */
async function openTodo(page, proposalId, task) {
  const item = page.locator(`[data-test="todo-item"][data-proposal-id="${proposalId}"][data-task="${task}"]`)
  await item.waitFor()
  await item.locator('[data-test="todo-link"]').click()
  await page.waitForURL(`**/proposals/${proposalId}`)
  await byTest(page, 'proposal-state').waitFor()
}

describe('proposal lifecycle', () => {
  let browser
  let member
  let proposalId
  let cosigners = []
  const stamp = Date.now().toString(36).toUpperCase()
  const title = `关于完善社区嵌入式养老服务设施的建议E2E${stamp}`
  const pngPath = path.join(os.tmpdir(), `proposal-e2e-${stamp}.png`)

  before(async () => {
    assert.ok(title.length <= 50, `title too long: ${title.length}`)
    fs.writeFileSync(pngPath, PNG)
    browser = await launch()
    member = await openPage(browser)
    await login(member, 'wy001')
  })
  after(async () => {
    await browser?.close()
    fs.rmSync(pngPath, { force: true })
  })

  test('the member drafts a joint proposal, attaches a file and submits it', async () => {
    await byTest(member, 'nav-proposal-list').click()
    await member.waitForURL('**/proposals')
    await byTest(member, 'proposals-table').waitFor()
    await byTest(member, 'proposal-create').click()
    await member.waitForURL('**/proposals/new')

    await openSelect(member, 'field-category')
    await pickOption(member, 'field-category-popper', '社会建设')
    await byTest(member, 'field-title').fill('关于<b>养老</b>的建议')
    await byTest(member, 'field-situation').fill(
      '我区60岁以上户籍老人已超过常住人口的18%。\n部分老旧小区缺少助餐、日间照料等嵌入式养老服务设施。',
    )
    await byTest(member, 'field-analysis').fill('现有设施布局不均，社区用房不足，运营补贴标准偏低。')
    await byTest(member, 'field-suggestions').fill(
      '一、盘活社区闲置用房；\n二、提高运营补贴；\n三、引入专业机构连锁运营。',
    )
    await byTest(member, 'proposer-type-JOINT').click()

    // Co-signers: type into the remote select and take the first two members offered.
    const searched = nextResponse(member, 'GET', '/api/organisation/members')
    await byTest(member, 'field-cosigners').locator('input').fill(COSIGNER_SEARCH)
    assert.equal((await searched).status(), 200)
    const options = member.locator('.field-cosigners-popper .el-select-dropdown__item')
    await options.nth(1).waitFor()
    const chosen = [await options.nth(0).innerText(), await options.nth(1).innerText()]
    await options.nth(0).click()
    await options.nth(1).click()
    await member.keyboard.press('Escape')
    assert.equal(await byTest(member, 'field-cosigners').locator('.el-tag').count(), 2, `chose ${chosen}`)

    await openSelect(member, 'field-suggested-units')
    await pickOption(member, 'field-suggested-units-popper', LEAD_UNIT)
    await pickOption(member, 'field-suggested-units-popper', ASSISTING_UNIT)
    await member.keyboard.press('Escape')

    // Markup is refused (as the server would) on the field itself, before anything is sent.
    await byTest(member, 'proposal-save').click()
    const titleItem = member.locator('.el-form-item', { has: byTest(member, 'field-title') })
    await titleItem.locator('.el-form-item__error').getByText(/HTML/).waitFor()

    await byTest(member, 'field-title').fill(title)
    await byTest(member, 'field-title').blur()
    await titleItem.locator('.el-form-item__error').waitFor({ state: 'detached' })
    await screenshot(member, 'proposal-form.png')
    const created = nextResponse(member, 'POST', '/api/proposals')
    await byTest(member, 'proposal-save').click()
    const createdResponse = await created
    assert.equal(createdResponse.status(), 201)
    const draft = await createdResponse.json()
    proposalId = draft.id
    assert.equal(draft.state, 'DRAFT')
    assert.equal(draft.cosigners.length, 2)
    cosigners = draft.cosigners
    await member.waitForURL(`**/proposals/${proposalId}/edit`)

    const uploaded = nextResponse(member, 'POST', `/api/proposals/${proposalId}/attachments`)
    await byTest(member, 'attachment-upload').locator('input[type="file"]').setInputFiles(pngPath)
    assert.equal((await uploaded).status(), 201)
    await byTest(member, 'attachment-item').getByText(path.basename(pngPath)).waitFor()

    const submitted = nextResponse(member, 'POST', `/api/proposals/${proposalId}/submit`)
    await byTest(member, 'proposal-submit').click()
    await confirmMessageBox(member)
    assert.equal((await submitted).status(), 200)
    await member.waitForURL(`**/proposals/${proposalId}`)
    await expectState(member, 'COSIGNING')
    assert.equal((await byTest(member, 'proposal-state').innerText()).trim(), '待联名')
  })

  test('both co-signers confirm from their to-do list', async () => {
    assert.ok(proposalId, 'needs the proposal of the first step')
    // Who they are: the directory gives their accounts, the administrator's API the usernames.
    const admin = await openPage(browser)
    await login(admin, 'admin')
    const usernames = []
    for (const cosigner of cosigners) {
      assert.ok(cosigner.accountId, `${cosigner.name} has no account`)
      const response = await admin.request.get(`/api/admin/accounts/${cosigner.accountId}`)
      assert.equal(response.status(), 200)
      usernames.push((await response.json()).username)
    }
    await admin.context().close()

    for (const [index, username] of usernames.entries()) {
      const page = await openPage(browser)
      await login(page, username)
      await openTodo(page, proposalId, 'COSIGN')
      await expectState(page, 'COSIGNING')
      if (index === 0) await screenshot(page, 'proposal-cosign.png')
      const answered = nextResponse(page, 'POST', `/api/proposals/${proposalId}/cosign`)
      await byTest(page, 'cosign-confirm').click()
      await confirmMessageBox(page)
      const response = await answered
      assert.equal(response.status(), 200)
      assert.deepEqual(JSON.parse(response.request().postData()), { confirm: true })
      await byTest(page, 'cosign-confirm').waitFor({ state: 'detached' })
      await page.context().close()
    }
  })

  test('the member sends it to review once the co-signers have confirmed', async () => {
    assert.ok(proposalId)
    await member.goto(`/proposals/${proposalId}`)
    await member.locator('#tab-proposers').click()
    const statuses = byTest(member, 'cosigners-table').locator('[data-test="cosigner-status"]')
    await statuses.first().waitFor()
    assert.deepEqual(await statuses.evaluateAll((tags) => tags.map((t) => t.dataset.status)), ['CONFIRMED', 'CONFIRMED'])

    const sent = nextResponse(member, 'POST', `/api/proposals/${proposalId}/submit-for-review`)
    await byTest(member, 'submit-for-review').click()
    await confirmMessageBox(member)
    assert.equal((await sent).status(), 200)
    await expectState(member, 'UNDER_REVIEW')
  })

  test('the proposal office registers it and assigns a lead and an assisting unit', async () => {
    assert.ok(proposalId)
    const office = await openPage(browser)
    await login(office, 'tab01')
    await openTodo(office, proposalId, 'REVIEW')

    await byTest(office, 'review').click()
    const reviewDialog = byTest(office, 'review-dialog')
    await reviewDialog.waitFor({ state: 'visible' })
    await byTest(office, 'review-outcome-REGISTER').click()
    await byTest(office, 'review-comment').fill('符合立案标准，予以立案。')
    await screenshot(office, 'proposal-review.png', { fullPage: false })
    const reviewed = nextResponse(office, 'POST', `/api/proposals/${proposalId}/review`)
    await reviewDialog.locator('[data-test="dialog-save"]').click()
    const review = await reviewed
    assert.equal(review.status(), 200)
    assert.equal(JSON.parse(review.request().postData()).outcome, 'REGISTER')
    await reviewDialog.waitFor({ state: 'hidden' })
    await expectState(office, 'ASSIGNMENT')
    assert.match((await byTest(office, 'proposal-number').innerText()).trim(), /^第\d+号$/)

    await byTest(office, 'assign').click()
    const assignDialog = byTest(office, 'assign-dialog')
    await assignDialog.waitFor({ state: 'visible' })
    await byTest(office, 'assign-mode-LEAD_AND_ASSISTING').click()
    await openSelect(office, 'assign-lead-unit')
    await pickOption(office, 'assign-lead-unit-popper', LEAD_UNIT)
    await openSelect(office, 'assign-assisting-units')
    await pickOption(office, 'assign-assisting-units-popper', ASSISTING_UNIT)
    await office.keyboard.press('Escape')
    await assignDialog.waitFor({ state: 'visible' })
    await screenshot(office, 'proposal-assign.png', { fullPage: false })
    const assigned = nextResponse(office, 'POST', `/api/proposals/${proposalId}/assign`)
    await assignDialog.locator('[data-test="dialog-save"]').click()
    const assignment = await assigned
    assert.equal(assignment.status(), 200)
    const plan = JSON.parse(assignment.request().postData())
    assert.equal(plan.mode, 'LEAD_AND_ASSISTING')
    assert.equal(plan.assistingUnitIds.length, 1)
    await assignDialog.waitFor({ state: 'hidden' })
    await expectState(office, 'AWAITING_SIGN_OFF')
    await office.context().close()
  })

  test('the lead and the assisting unit each sign for it', async () => {
    assert.ok(proposalId)
    for (const [username, unit] of [
      ['fgj', LEAD_UNIT],
      ['jyj', ASSISTING_UNIT],
    ]) {
      const page = await openPage(browser)
      await login(page, username)
      await openTodo(page, proposalId, 'SIGN_FOR')
      await page.locator('#tab-units').click()
      await byTest(page, 'assignments-table').getByText(unit).waitFor()
      if (username === 'fgj') await screenshot(page, 'proposal-sign.png')
      const signed = nextResponse(page, 'POST', '/sign')
      await byTest(page, 'sign-for').click()
      await confirmMessageBox(page)
      assert.equal((await signed).status(), 204)
      await byTest(page, 'sign-for').waitFor({ state: 'detached' })
      const row = byTest(page, 'assignments-table').locator('tr', { hasText: unit })
      await row.locator('[data-test="assignment-status"][data-status="SIGNED"]').waitFor()
      await page.context().close()
    }
  })

  test('the detail page shows the whole way in the timeline and the diagram', async () => {
    assert.ok(proposalId)
    await member.goto(`/proposals/${proposalId}`)
    await expectState(member, 'HANDLING')
    assert.equal(await byTest(member, 'proposal-actions').count(), 0, 'the proposer has nothing left to do')

    await member.locator('#tab-history').click()
    const entries = byTest(member, 'timeline').locator('[data-test="timeline-entry"]')
    await entries.first().waitFor()
    const actions = await entries.evaluateAll((items) => items.map((i) => i.dataset.action))
    // A joint proposal's submission is recorded as the invitation of its co-signers.
    for (const action of ['CREATE_DRAFT', 'ADD_ATTACHMENT', 'INVITE_COSIGNERS', 'SUBMIT_FOR_REVIEW', 'REGISTER', 'ASSIGN']) {
      assert.ok(actions.includes(action), `timeline lacks ${action}: ${actions}`)
    }
    assert.equal(actions.filter((a) => a === 'CONFIRM_COSIGN').length, 2, `two confirmations expected: ${actions}`)
    assert.equal(actions.filter((a) => a === 'SIGN_FOR').length, 2, `two sign-offs expected: ${actions}`)
    assert.equal(actions[0], 'SIGN_FOR', 'newest first')
    await screenshot(member, 'proposal-detail.png')

    await member.locator('#tab-diagram').click()
    const diagram = member.locator('.proposal-diagram')
    await diagram.locator('.djs-element').first().waitFor()
    await diagram.locator('.highlight-active').first().waitFor()
    assert.ok((await diagram.locator('.highlight-done').count()) > 0, 'completed steps are marked')
    await screenshot(member, 'proposal-diagram.png')
  })

  test('the proposal list is usable on a 375px phone', async () => {
    assert.ok(proposalId)
    const phone = await openPage(browser, { phone: true })
    await login(phone, 'wy001')
    await phone.goto('/proposals')
    const row = byTest(phone, 'proposals-table').locator('tbody tr', { hasText: title })
    await row.waitFor()
    assert.match(await row.innerText(), /办理中/)
    // The table scrolls inside its card; the page itself does not get wider than the screen.
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the screen`)
    await screenshot(phone, 'proposal-list-mobile.png')
    await phone.context().close()
  })
})
