import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { byTest, confirmMessageBox, launch, nextResponse, openAs, screenshot } from './support.mjs'

// 交办会 and the office's Word templates: two proposals registered through the API (the steps before are
// covered by proposal.e2e.mjs), then assigned at once on the 交办会 screen with the proposer's suggested units
// pre-filled, each unit's papers offered; then a template uploaded, a wrong file refused, and the built-in
// template put back.

const TAG = `交办会测试${Date.now() % 100000}`

/** A call of the API as the logged-in page, with Spring Security's CSRF header. */
async function api(page, method, path, data) {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? ''
  const response = await page.request.fetch(path, { method, data, headers: { 'X-XSRF-TOKEN': token } })
  if (response.status() >= 300)
    throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`)
  return response.status() === 204 ? null : response.json()
}

async function registeredProposal(member, office, title, suggestedUnitIds) {
  const created = await api(member, 'POST', '/api/proposals', {
    plenary: true,
    category: 'SOCIETY',
    title,
    situation: '社区养老服务设施不足，老年人就近照护需求难以满足。',
    analysis: '用地紧张，运营补贴标准不清。',
    suggestions: '一、统筹闲置用房；二、明确运营补贴；三、引入专业机构。',
    proposerType: 'INDIVIDUAL',
    cosignerMemberIds: [],
    suggestedUnitIds,
    consentPublish: true,
  })
  await api(member, 'POST', `/api/proposals/${created.id}/submit`)
  await api(office, 'POST', `/api/proposals/${created.id}/review`, { outcome: 'REGISTER' })
  return created.id
}

describe('batch assignment (交办会) and document templates', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    if (browser) await browser.close()
  })

  test('the office assigns two proposals at one 交办会 and gets each unit’s papers', async () => {
    const office = await openAs(browser, 'tab01')
    const member = await openAs(browser, 'wy012')
    const units = await api(office, 'GET', '/api/organisation/units')
    const fgj = units.find((u) => u.name === '区发展和改革局').id
    const jyj = units.find((u) => u.name === '区教育局').id
    await registeredProposal(member, office, `${TAG}关于社区嵌入式养老的建议`, [fgj, jyj])
    await registeredProposal(member, office, `${TAG}关于校园周边交通的建议`, [jyj])
    await member.context().close()

    await byTest(office, 'nav-assignment-batches').click()
    await office.waitForURL('**/assignment-batches')
    await byTest(office, 'batch-filter-keyword').fill(TAG)
    await byTest(office, 'batch-search').click()
    const rows = byTest(office, 'batch-candidates').locator('.el-table__body tr')
    await office.waitForFunction(
      (tag) =>
        document.querySelectorAll('[data-test="batch-candidates"] .el-table__body tr').length === 2 &&
        document.querySelector('[data-test="batch-candidates"]').textContent.includes(tag),
      TAG,
    )
    // The proposer's first suggested unit leads, the others assist.
    assert.match(await rows.nth(0).textContent(), /区发展和改革局/)
    assert.match(await rows.nth(1).textContent(), /区教育局/)
    await byTest(office, 'batch-candidates').locator('.el-table__header .el-checkbox').click()
    await byTest(office, 'batch-name').fill(`${TAG}第一次交办会`)
    await screenshot(office, 'assignment-batch.png')

    const confirmed = nextResponse(office, 'POST', '/api/proposals/assignment-batches')
    await byTest(office, 'batch-confirm').click()
    assert.equal((await confirmed).status(), 201)
    const detail = byTest(office, 'batch-detail')
    await detail.waitFor()
    assert.match(await detail.textContent(), /区发展和改革局/)
    assert.match(await detail.textContent(), /区教育局/)
    const href = await byTest(office, `batch-notice-${fgj}-pdf`).getAttribute('href')
    const pdf = await office.request.get(href)
    assert.equal(pdf.status(), 200)
    assert.equal(pdf.headers()['content-type'], 'application/pdf')
    const zip = await office.request.get(await byTest(office, 'batch-zip-docx').getAttribute('href'))
    assert.equal(zip.status(), 200)
    await screenshot(office, 'assignment-batch-papers.png')

    // Both are gone from the waiting list.
    await byTest(office, 'batch-search').click()
    await office.waitForFunction(
      () => document.querySelectorAll('[data-test="batch-candidates"] .el-table__body tr').length === 0,
    )
    await office.context().close()
  })

  test('the office uploads a template, a wrong file is refused, and the built-in one comes back', async () => {
    const office = await openAs(browser, 'tab01')
    await byTest(office, 'nav-document-templates').click()
    await office.waitForURL('**/document-templates')
    const card = byTest(office, 'template-ASSIGNMENT_NOTICE')
    await card.waitFor()
    assert.match(await card.textContent(), /\{\{unitName\}\}/)
    assert.match(await card.textContent(), /使用内置模板/)

    const sample = await office.request.get(
      await byTest(office, 'template-sample-ASSIGNMENT_NOTICE').getAttribute('href'),
    )
    assert.equal(sample.status(), 200)
    const uploaded = nextResponse(office, 'POST', '/api/documents/templates/ASSIGNMENT_NOTICE')
    await byTest(office, 'template-file-ASSIGNMENT_NOTICE').setInputFiles({
      name: '交办通知.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await sample.body(),
    })
    assert.equal((await uploaded).status(), 201)
    await card.getByText('使用上传模板').waitFor()

    const refused = nextResponse(office, 'POST', '/api/documents/templates/REPLY_LETTER')
    await byTest(office, 'template-file-REPLY_LETTER').setInputFiles({
      name: '答复函.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('{{unitName}}'),
    })
    assert.equal((await refused).status(), 400)
    const error = byTest(office, 'template-REPLY_LETTER').locator('[data-test="template-error"]')
    await error.waitFor()
    assert.match(await error.textContent(), /\.docx/)
    await screenshot(office, 'document-templates.png')

    await byTest(office, 'template-revert-ASSIGNMENT_NOTICE').click()
    await confirmMessageBox(office)
    await card.getByText('使用内置模板').waitFor()
    assert.match(await card.textContent(), /恢复内置模板/)
    await office.context().close()
  })
})
