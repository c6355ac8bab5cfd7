/** What the engine says of one process instance: its model, and the activities active and done. */
export interface ProcessDiagram {
  bpmnXml: string
  activeActivityIds: string[]
  completedActivityIds: string[]
}
