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

/** A year's published 先进承办单位. */
export interface ModelYear {
  year: number
  decidedOn: string | null
  units: string[]
}

export const publicAppraisalApi = {
  awards: () => http.get<Award[]>('/api/public/appraisal/awards'),
  modelUnits: () => http.get<ModelYear[]>('/api/public/appraisal/model-units'),
}
