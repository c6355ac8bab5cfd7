import { http, type Page, type QueryValue } from '@/api/http'
import type { ReplyClass } from '@/features/proposal/handling/types'
import type { ProposalSummary } from '@/features/proposal/types'

/** A sent reply as the public site shows it (no officer, no phone). */
export interface PublicReply {
  unitName: string
  referenceNumber: string
  title: string
  replyClass: ReplyClass
  body: string
  signingLeader: string
  sentAt: string | null
}

export interface PublicProposal {
  id: number
  sessionName: string
  proposalNumber: number | null
  title: string
  categoryLabel: string
  proposerName: string
  situation: string
  analysis: string
  suggestions: string
  publishedAt: string | null
  replies: PublicReply[]
}

/** The public site's proposals: published ones only; no login. */
export const publicApi = {
  list: (query: Record<string, QueryValue>) =>
    http.get<Page<ProposalSummary>>('/api/public/proposals', query),
  detail: (id: number) => http.get<PublicProposal>(`/api/public/proposals/${id}`),
}
