import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { BASE_URL, byTest, confirmMessageBox, launch, nextResponse, openAs, screenshot } from './support.mjs'

// 考核评优: the office reads the unit assessment ranking and its evidence, then runs a 优秀提案 round from opening to
// the public list: nominate a registered proposal, score it as an appointed reviewer, record the chair's decision,
// publish.

describe('appraisal', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    if (browser) await browser.close()
  })

  test('the office reads the ranking and opens the evidence of an item', async () => {
    const office = await openAs(browser, 'tab01')
    await office.goto(`${BASE_URL}/appraisal/ranking`)
    const table = byTest(office, 'assessment-ranking')
    await table.locator('.el-table__row').first().waitFor()
    await screenshot(office, 'appraisal-ranking.png')
    await table.locator('.el-table__expand-icon').first().click()
    await byTest(office, 'evidence-count').first().click()
    await byTest(office, 'drill-dialog').locator('.drill-total').waitFor()
    assert.match(await byTest(office, 'drill-dialog').locator('.drill-total').textContent(), /共 \d+ 条/)
    await office.context().close()
  })

  test('a round: open, nominate, review, decide, publish, public list', async () => {
    const office = await openAs(browser, 'tab01')
    await office.goto(`${BASE_URL}/appraisal/rounds`)
    const name = `浏览器测试评选${Date.now()}`
    await byTest(office, 'open-round').click()
    await byTest(office, 'round-name-input').fill(name)
    const opened = nextResponse(office, 'POST', '/api/appraisal/rounds')
    await byTest(office, 'round-dialog').getByRole('button', { name: '保存' }).click()
    assert.equal((await opened).status(), 200)
    await byTest(office, 'round-name').getByText(name).waitFor()

    await byTest(office, 'nominate').click()
    await byTest(office, 'proposal-picker').locator('.el-select__wrapper').click()
    const option = office.locator('.el-select-dropdown__item:visible').first()
    await option.waitFor()
    const picked = (await option.textContent()).trim()
    const title = picked.replace(/^\d+\s+/, '')
    await option.click()
    await byTest(office, 'nominate-reason').fill('建议具体，办理成效明显')
    const nominated = nextResponse(office, 'POST', '/nominations')
    await byTest(office, 'nominate-dialog').getByRole('button', { name: '保存' }).click()
    assert.equal((await nominated).status(), 200)
    await byTest(office, 'nominations').getByText(title).waitFor()

    // the office appoints itself as the reviewer
    await byTest(office, 'start-review').click()
    const started = nextResponse(office, 'POST', '/review')
    await byTest(office, 'review-dialog').getByRole('button', { name: '保存' }).click()
    assert.equal((await started).status(), 200)
    await byTest(office, 'round-state').getByText('评审中').waitFor()

    await byTest(office, 'score').first().click()
    await byTest(office, 'score-input').locator('input').fill('92')
    await byTest(office, 'score-comment').fill('选题精准，建议可行')
    const scored = nextResponse(office, 'PUT', '/review')
    await byTest(office, 'score-dialog').getByRole('button', { name: '保存' }).click()
    assert.equal((await scored).status(), 200)
    await byTest(office, 'nominations').getByText('92.0').waitFor()

    await byTest(office, 'decide').click()
    await byTest(office, 'meeting-note').fill('主席会议审定')
    await byTest(office, 'verdict-awarded').first().click()
    const decided = nextResponse(office, 'POST', '/decision')
    await byTest(office, 'decide-dialog').getByRole('button', { name: '保存' }).click()
    assert.equal((await decided).status(), 200)
    await byTest(office, 'round-state').getByText('已审定').waitFor()
    await screenshot(office, 'appraisal-round.png')

    await byTest(office, 'publish-round').click()
    const published = nextResponse(office, 'POST', '/publish')
    await confirmMessageBox(office)
    assert.equal((await published).status(), 200)
    await byTest(office, 'round-state').getByText('已公布').waitFor()
    await office.context().close()

    const visitor = await browser.newPage()
    await visitor.goto(`${BASE_URL}/public/awards`)
    await byTest(visitor, 'public-awards').getByText(title).first().waitFor()
    await visitor.close()
  })
})
