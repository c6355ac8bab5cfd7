/**
 * The 社情民意 module's domain events: one immutable record per state change of a report, published in the
 * transaction of the command that made it and delivered to other modules' listeners after it commits, through
 * Spring Modulith's event publication registry. Each carries {@link
 * org.cppcc.platform.opinion.events.OpinionFacts} (ids, state, authors, actor, date) and the facts of its step.
 */
@NamedInterface("events")
package org.cppcc.platform.opinion.events;

import org.springframework.modulith.NamedInterface;
