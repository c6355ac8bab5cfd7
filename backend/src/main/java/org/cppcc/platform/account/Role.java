package org.cppcc.platform.account;

/** The roles of docs/domain.md. A person may hold several (a member who is also a workstation liaison). */
public enum Role {
    MEMBER("政协委员"),
    PROPOSAL_OFFICE("提案委"),
    HANDLING_UNIT("承办单位"),
    LEADER("领导"),
    WORKSTATION_LIAISON("工作站联络员"),
    ADMIN("系统管理员"),
    RESIDENT("群众");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
