package org.cppcc.platform.organisation.internal;

import org.cppcc.platform.organisation.WorkstationKind;

record WorkstationView(
        long id,
        String name,
        WorkstationKind kind,
        long subdistrictId,
        String subdistrictName,
        Long communityId,
        String communityName,
        String address,
        boolean enabled) {}
