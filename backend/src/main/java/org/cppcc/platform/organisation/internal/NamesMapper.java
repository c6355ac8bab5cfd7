package org.cppcc.platform.organisation.internal;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.cppcc.platform.organisation.OrganisationNames.Station;

@Mapper
interface NamesMapper {

    record IdName(long id, String name) {}

    List<IdName> units(@Param("ids") Collection<Long> ids);

    List<IdName> sectors(@Param("ids") Collection<Long> ids);

    List<IdName> members(@Param("ids") Collection<Long> ids);

    List<IdName> sessions(@Param("ids") Collection<Long> ids);

    List<Station> workstations();
}
