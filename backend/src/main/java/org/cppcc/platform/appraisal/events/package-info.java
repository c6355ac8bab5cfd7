/**
 * The appraisal module's events: a good proposal's award once its round is published, for the notices to the
 * proposers and for the members' duty records.
 */
@NamedInterface("events")
package org.cppcc.platform.appraisal.events;

import org.springframework.modulith.NamedInterface;
