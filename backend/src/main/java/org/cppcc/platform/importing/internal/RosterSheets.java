package org.cppcc.platform.importing.internal;

import java.util.List;

/** The sheets of an import file and their columns; a trailing * in the template marks a required column. */
final class RosterSheets {

    static final String MEMBERS = "委员";
    static final String UNITS = "承办单位";
    static final String ACCOUNTS = "账户";

    static final String NAME = "姓名";
    static final String GENDER = "性别";
    static final String SECTOR = "界别";
    static final String LEVEL = "委员类别";
    static final String COMMITTEE = "专委会";
    static final String PARTY = "党派";
    static final String WORKPLACE = "工作单位及职务";
    static final String PHONE = "联系电话";
    static final String EMAIL = "电子邮箱";
    static final String WORKSTATION = "工作站(室)";
    static final String USERNAME = "登录用户名";

    static final String UNIT_CODE = "单位编码";
    static final String UNIT_NAME = "单位名称";
    static final String UNIT_KIND = "单位类型";
    static final String CONTACT = "联系人";
    static final String CONTACT_USERNAME = "联系人登录用户名";
    static final String LEADER = "分管领导姓名";
    static final String LEADER_USERNAME = "分管领导登录用户名";
    static final String LEADER_PHONE = "分管领导电话";

    static final String ROLES = "角色";
    static final String ACCOUNT_UNIT = "所属承办单位编码";

    record Column(String header, boolean required, String hint) {}

    static final List<Column> MEMBER_COLUMNS = List.of(
            new Column(NAME, true, "不超过50字"),
            new Column(GENDER, false, "男或女"),
            new Column(SECTOR, true, "界别名称或编码，见「字典」表"),
            new Column(LEVEL, true, "区政协委员或市政协委员"),
            new Column(COMMITTEE, false, "所属专门委员会"),
            new Column(PARTY, false, "如：中共、民盟、无党派"),
            new Column(WORKPLACE, false, "不超过200字"),
            new Column(PHONE, false, "手机或座机，5至20位数字"),
            new Column(EMAIL, false, "用于接收通知"),
            new Column(WORKSTATION, false, "进站的工作站(室)名称，见「字典」表"),
            new Column(USERNAME, false, "填写则同时开设委员登录账户，初始密码由系统生成"));

    static final List<Column> UNIT_COLUMNS = List.of(
            new Column(UNIT_CODE, true, "字母、数字、下划线或连字符，不超过32位，不能与已有单位重复"),
            new Column(UNIT_NAME, true, "不超过100字"),
            new Column(UNIT_KIND, true, "政府部门、街道办事处或其他"),
            new Column(CONTACT, false, "联系人姓名"),
            new Column(PHONE, false, "联系人电话"),
            new Column(CONTACT_USERNAME, false, "填写则为联系人开设承办单位账户"),
            new Column(LEADER, false, "分管领导姓名"),
            new Column(LEADER_USERNAME, false, "填写则为分管领导开设本单位账户，并指定为分管领导"),
            new Column(LEADER_PHONE, false, "分管领导电话"));

    static final List<Column> ACCOUNT_COLUMNS = List.of(
            new Column(USERNAME, true, "字母开头，3至50位字母、数字、点、下划线或连字符"),
            new Column(NAME, true, "不超过50字"),
            new Column(ROLES, true, "提案委、承办单位、领导、工作站联络员、群众，多个用顿号分隔"),
            new Column(ACCOUNT_UNIT, false, "承办单位角色必填：本文件或系统中的单位编码"),
            new Column(PHONE, false, "5至20位数字"),
            new Column(EMAIL, false, "用于接收通知"));

    private RosterSheets() {}

    static List<Column> columns(String sheet) {
        return switch (sheet) {
            case MEMBERS -> MEMBER_COLUMNS;
            case UNITS -> UNIT_COLUMNS;
            case ACCOUNTS -> ACCOUNT_COLUMNS;
            default -> List.of();
        };
    }
}
