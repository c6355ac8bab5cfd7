// A joint proposal from draft to both units' sign-off, every step through the screens.
// The API is used only to look up who the chosen co-signers are (their usernames).
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import {
  confirmCosigners,
  draftJointProposal,
  registerAndAssign,
  signForBoth,
  submitForReview,
} from './proposal-steps.mjs'
import { byTest, expectState, launch, login, openPage, screenshot } from './support.mjs'

// A 1×1 PNG, the smallest valid attachment.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

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
    const drafted = await draftJointProposal(member, { title, attachment: pngPath, shots: true })
    proposalId = drafted.proposalId
    cosigners = drafted.cosigners
  })

  test('both co-signers confirm from their to-do list', async () => {
    assert.ok(proposalId, 'needs the proposal of the first step')
    await confirmCosigners(browser, proposalId, cosigners, { shots: true })
  })

  test('the member sends it to review once the co-signers have confirmed', async () => {
    assert.ok(proposalId)
    await submitForReview(member, proposalId)
  })

  test('the proposal office registers it and assigns a lead and an assisting unit', async () => {
    assert.ok(proposalId)
    await registerAndAssign(browser, proposalId, { shots: true })
  })

  test('the lead and the assisting unit each sign for it', async () => {
    assert.ok(proposalId)
    await signForBoth(browser, proposalId, { shots: true })
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
    for (const action of [
      'CREATE_DRAFT',
      'ADD_ATTACHMENT',
      'INVITE_COSIGNERS',
      'SUBMIT_FOR_REVIEW',
      'REGISTER',
      'ASSIGN',
    ]) {
      assert.ok(actions.includes(action), `timeline lacks ${action}: ${actions}`)
    }
    assert.equal(
      actions.filter((a) => a === 'CONFIRM_COSIGN').length,
      2,
      `two confirmations expected: ${actions}`,
    )
    assert.equal(actions.filter((a) => a === 'SIGN_FOR').length, 2, `two sign-offs expected: ${actions}`)
    assert.equal(actions[0], 'SIGN_FOR', 'newest first')
    await screenshot(member, 'proposal-detail.png')

    await member.locator('#tab-diagram').click()
    const diagram = byTest(member, 'proposal-diagram')
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
