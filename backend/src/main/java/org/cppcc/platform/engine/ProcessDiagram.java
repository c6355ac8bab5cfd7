package org.cppcc.platform.engine;

import java.util.List;

/**
 * A process instance's BPMN model with what to highlight on it: the activities waiting now and those already
 * passed. The front end draws it with bpmn-js.
 */
public record ProcessDiagram(String bpmnXml, List<String> activeActivityIds, List<String> completedActivityIds) {}
