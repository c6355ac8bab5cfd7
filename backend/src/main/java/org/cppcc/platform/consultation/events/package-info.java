/**
 * The micro-consultation module's domain events: one immutable record per state change of a matter (the six
 * steps), published in the command's transaction and delivered after it commits through Spring Modulith's
 * event publication registry. Each carries {@link org.cppcc.platform.consultation.events.MatterFacts}.
 */
@NamedInterface("events")
package org.cppcc.platform.consultation.events;

import org.springframework.modulith.NamedInterface;
