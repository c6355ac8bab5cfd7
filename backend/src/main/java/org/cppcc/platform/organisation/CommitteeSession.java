package org.cppcc.platform.organisation;

import java.time.LocalDate;

/** A session is a term and a meeting of it, e.g. 五届三次. */
public record CommitteeSession(
        long id, int term, int meeting, String name, LocalDate openedOn, LocalDate cosignDeadline) {}
