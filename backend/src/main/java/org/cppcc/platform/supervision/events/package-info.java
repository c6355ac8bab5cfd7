/**
 * The supervision module's domain events: key proposals, leader instructions, chasing, visits and the
 * deadline reminders and overdue warnings, each published in the transaction of the act and delivered after
 * it commits through Spring Modulith's event publication registry. Each carries {@link
 * org.cppcc.platform.supervision.events.SupervisionFacts}.
 */
@NamedInterface("events")
package org.cppcc.platform.supervision.events;

import org.springframework.modulith.NamedInterface;
