// The part-1 way of a joint proposal, from draft to both units' sign-off, as steps both proposal
// tests take through the screens. `shots` takes part 1's screenshots on the way.
import assert from 'node:assert/strict'
import path from 'node:path'
import {
  byTest,
  confirmMessageBox,
  expectState,
  nextResponse,
  openAs,
  openSelect,
  openTodo,
  pickOption,
  screenshot,
  usernamesOf,
} from './support.mjs'

export const LEAD_UNIT = '区发展和改革局'
export const ASSISTING_UNIT = '区教育局'
export const LEAD_UNIT_USER = 'fgj'
/** The lead unit's 分管领导: only this account signs off the unit's replies. */
export const LEAD_UNIT_LEADER_USER = 'fgjld'
export const ASSISTING_UNIT_USER = 'jyj'
export const OFFICE_USER = 'tab01'
export const PROPOSER_USER = 'wy001'
// Co-signers are found by their sector's name, as a member would search for colleagues.
const COSIGNER_SEARCH = '教育界'

/**
 * On the member's page: drafts a joint proposal with two co-signers and the two units suggested,
 * attaches a file when given one, and submits it. Returns the proposal's id and co-signers.
 */
export async function draftJointProposal(member, { title, attachment = null, shots = false }) {
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
  if (shots) await screenshot(member, 'proposal-form.png')
  const created = nextResponse(member, 'POST', '/api/proposals')
  await byTest(member, 'proposal-save').click()
  const createdResponse = await created
  assert.equal(createdResponse.status(), 201)
  const draft = await createdResponse.json()
  assert.equal(draft.state, 'DRAFT')
  assert.equal(draft.cosigners.length, 2)
  await member.waitForURL(`**/proposals/${draft.id}/edit`)

  if (attachment) {
    const uploaded = nextResponse(member, 'POST', `/api/proposals/${draft.id}/attachments`)
    await byTest(member, 'attachment-upload').locator('input[type="file"]').setInputFiles(attachment)
    assert.equal((await uploaded).status(), 201)
    await byTest(member, 'attachment-item').getByText(path.basename(attachment)).waitFor()
  }

  const submitted = nextResponse(member, 'POST', `/api/proposals/${draft.id}/submit`)
  await byTest(member, 'proposal-submit').click()
  await confirmMessageBox(member)
  assert.equal((await submitted).status(), 200)
  await member.waitForURL(`**/proposals/${draft.id}`)
  await expectState(member, 'COSIGNING')
  assert.equal((await byTest(member, 'proposal-state').innerText()).trim(), '待联名')
  return { proposalId: draft.id, cosigners: draft.cosigners }
}

/** Each co-signer confirms from the to-do list; returns their usernames (in the co-signers' order). */
export async function confirmCosigners(browser, proposalId, cosigners, { shots = false } = {}) {
  for (const c of cosigners) assert.ok(c.accountId, `${c.name} has no account`)
  const usernames = await usernamesOf(
    browser,
    cosigners.map((c) => c.accountId),
  )
  for (const [index, username] of usernames.entries()) {
    const page = await openAs(browser, username)
    await openTodo(page, proposalId, 'COSIGN')
    await expectState(page, 'COSIGNING')
    if (shots && index === 0) await screenshot(page, 'proposal-cosign.png')
    const answered = nextResponse(page, 'POST', `/api/proposals/${proposalId}/cosign`)
    await byTest(page, 'cosign-confirm').click()
    await confirmMessageBox(page)
    const response = await answered
    assert.equal(response.status(), 200)
    assert.deepEqual(JSON.parse(response.request().postData()), { confirm: true })
    await byTest(page, 'cosign-confirm').waitFor({ state: 'detached' })
    await page.context().close()
  }
  return usernames
}

/** The lead proposer ends co-signing and sends the proposal to review. */
export async function submitForReview(member, proposalId) {
  await member.goto(`/proposals/${proposalId}`)
  await member.locator('#tab-proposers').click()
  const statuses = byTest(member, 'cosigners-table').locator('[data-test="cosigner-status"]')
  await statuses.first().waitFor()
  assert.deepEqual(await statuses.evaluateAll((tags) => tags.map((t) => t.dataset.status)), [
    'CONFIRMED',
    'CONFIRMED',
  ])

  const sent = nextResponse(member, 'POST', `/api/proposals/${proposalId}/submit-for-review`)
  await byTest(member, 'submit-for-review').click()
  await confirmMessageBox(member)
  assert.equal((await sent).status(), 200)
  await expectState(member, 'UNDER_REVIEW')
}

/** The office registers it and assigns the lead and the assisting unit. */
export async function registerAndAssign(browser, proposalId, { shots = false } = {}) {
  const office = await openAs(browser, OFFICE_USER)
  await openTodo(office, proposalId, 'REVIEW')

  await byTest(office, 'review').click()
  const reviewDialog = byTest(office, 'review-dialog')
  await reviewDialog.waitFor({ state: 'visible' })
  await byTest(office, 'review-outcome-REGISTER').click()
  await byTest(office, 'review-comment').fill('符合立案标准，予以立案。')
  if (shots) await screenshot(office, 'proposal-review.png', { fullPage: false })
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
  if (shots) await screenshot(office, 'proposal-assign.png', { fullPage: false })
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
}

/** The lead and the assisting unit each sign for it from their to-do lists. */
export async function signForBoth(browser, proposalId, { shots = false } = {}) {
  for (const [username, unit] of [
    [LEAD_UNIT_USER, LEAD_UNIT],
    [ASSISTING_UNIT_USER, ASSISTING_UNIT],
  ]) {
    const page = await openAs(browser, username)
    await openTodo(page, proposalId, 'SIGN_FOR')
    await page.locator('#tab-units').click()
    await byTest(page, 'assignments-table').getByText(unit).waitFor()
    if (shots && username === LEAD_UNIT_USER) await screenshot(page, 'proposal-sign.png')
    const signed = nextResponse(page, 'POST', '/sign')
    await byTest(page, 'sign-for').click()
    await confirmMessageBox(page)
    assert.equal((await signed).status(), 204)
    await byTest(page, 'sign-for').waitFor({ state: 'detached' })
    const row = byTest(page, 'assignments-table').locator('tr', { hasText: unit })
    await row.locator('[data-test="assignment-status"][data-status="SIGNED"]').waitFor()
    await page.context().close()
  }
}

/** All of the above: a joint proposal of `member` handled by both units. */
export async function jointProposalToSignOff(browser, member, { title }) {
  const { proposalId, cosigners } = await draftJointProposal(member, { title })
  const cosignerUsernames = await confirmCosigners(browser, proposalId, cosigners)
  await submitForReview(member, proposalId)
  await registerAndAssign(browser, proposalId)
  await signForBoth(browser, proposalId)
  return { proposalId, cosigners, cosignerUsernames }
}
