package org.cppcc.platform.consultation;

/** Who takes part in a consultation meeting (docs/domain.md, step 2). */
public enum ParticipantKind {
    MEMBER("政协委员"),
    RESIDENT_REPRESENTATIVE("居民代表"),
    COMMUNITY("社区"),
    SUBDISTRICT_OFFICE("街道办事处"),
    UNIT("职能部门"),
    EXPERT("专家");

    private final String label;

    ParticipantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
