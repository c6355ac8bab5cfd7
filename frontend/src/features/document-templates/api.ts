import { http } from '@/api/http'

export interface Placeholder {
  name: string
  description: string
}

export interface TemplateVersion {
  version: number
  fileName: string | null
  sizeBytes: number | null
  placeholders: string[]
  builtIn: boolean
  uploadedByName: string
  uploadedAt: string
}

export interface TemplateKind {
  kind: string
  label: string
  placeholders: Placeholder[]
  rowFields: Placeholder[]
  /** null: never changed, the built-in template is in force. */
  current: TemplateVersion | null
}

const BASE = '/api/documents/templates'

export const templatesApi = {
  kinds: () => http.get<TemplateKind[]>(BASE),
  versions: (kind: string) => http.get<TemplateVersion[]>(`${BASE}/${kind}/versions`),
  upload: (kind: string, file: File) => {
    const body = new FormData()
    body.append('file', file)
    return http.post<TemplateVersion>(`${BASE}/${kind}`, body)
  },
  revert: (kind: string) => http.post<TemplateVersion>(`${BASE}/${kind}/revert`),
  sampleUrl: (kind: string) => `${BASE}/${kind}/sample`,
}
