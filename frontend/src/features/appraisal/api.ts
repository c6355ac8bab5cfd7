import { http } from '@/api/http'

/** A published 优秀提案 award (appraisal module). */
export interface Award {
  proposalId: number
  proposalNumber: number | null
  proposalTitle: string
  year: number
  roundId: number
  roundName: string
  meetingDate: string | null
}

export const appraisalApi = {
  awardsOfProposal: (proposalId: number) =>
    http.get<Award[]>(`/api/public/appraisal/proposals/${proposalId}/awards`),
}
