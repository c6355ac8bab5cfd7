package org.cppcc.platform.organisation.internal;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.cppcc.platform.organisation.MemberRoster;
import org.springframework.stereotype.Component;

@Component
class MemberRosterAdapter implements MemberRoster {

    private final MemberRosterMapper mapper;

    MemberRosterAdapter(MemberRosterMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<RosterMember> enabledMembers() {
        return mapper.enabledMembers();
    }

    @Mapper
    interface MemberRosterMapper {

        @Select("SELECT m.id, m.name, m.account_id, m.sector_id, s.name AS sector_name, m.special_committee "
                + "FROM member m JOIN sector s ON s.id = m.sector_id WHERE m.enabled = TRUE ORDER BY m.id")
        List<RosterMember> enabledMembers();
    }
}
