package org.cppcc.platform.demo;

/** Invented names for the demo committee; none is a real person or office holder. */
final class DemoNames {

    private DemoNames() {}

    static final String[] SECTORS = {
        "中国共产党",
        "中国国民党革命委员会",
        "中国民主同盟",
        "中国民主建国会",
        "中国民主促进会",
        "中国农工民主党",
        "中国致公党",
        "九三学社",
        "无党派人士",
        "共青团",
        "工会",
        "妇联",
        "科学技术界",
        "经济界",
        "农业界",
        "教育界",
        "文化艺术界",
        "医药卫生界",
        "体育界",
        "社会福利和社会保障界"
    };

    /** username, name, contact, phone */
    static final String[][] DEPARTMENTS = {
        {"fgj", "区发展和改革局", "周建国", "0731-85601001"},
        {"jyj", "区教育局", "吴晓梅", "0731-85601002"},
        {"kjj", "区科学技术局", "郑立新", "0731-85601003"},
        {"gxj", "区工业和信息化局", "王海燕", "0731-85601004"},
        {"mzj", "区民政局", "冯德胜", "0731-85601005"},
        {"czj", "区财政局", "陈玉兰", "0731-85601006"},
        {"rsj", "区人力资源和社会保障局", "褚志远", "0731-85601007"},
        {"zrzyj", "区自然资源局", "卫红梅", "0731-85601008"},
        {"zjj", "区住房和城乡建设局", "蒋卫东", "0731-85601009"},
        {"cgj", "区城市管理局", "沈秀英", "0731-85601010"},
        {"wljj", "区文化旅游体育局", "韩明", "0731-85601011"},
        {"wjj", "区卫生健康局", "杨丽华", "0731-85601012"},
        {"scjgj", "区市场监督管理局", "朱建华", "0731-85601013"},
        {"sthjj", "区生态环境分局", "秦桂英", "0731-85601014"}
    };

    static final String[] SUBDISTRICTS = {
        "青石", "桂花", "江湾", "白沙", "南湖", "湘岸", "枫林", "荷塘", "新港", "金盆", "月湖", "东塘", "清水", "大坪"
    };

    static final String[][] COMMUNITIES = {{"青石桥", "石门"}, {"桂花坪"}, {"江湾新村"}, {"白沙井"}, {"南湖路"}};

    static final String[] PARTIES = {"中共党员", "民革党员", "民盟盟员", "民建会员", "民进会员", "农工党党员", "致公党党员", "九三学社社员", "无党派人士", "群众"};

    static final String[] WORKPLACES = {
        "江湾区第一中学", "江湾区人民医院", "湘岸科技有限公司", "江湾区律师协会", "南湖农业合作社", "江湾区文化馆", "桂花坪社区卫生服务中心", "江湾建设集团", "白沙井小学", "枫林会计师事务所"
    };

    private static final String SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎";
    private static final String[] GIVEN = {
        "志强", "秀兰", "建军", "丽娟", "国华", "海燕", "文博", "晓红", "明辉", "玉梅", "立新", "春燕", "卫东", "桂芳", "晨阳", "静怡", "宏伟", "淑珍",
        "子涵", "俊杰", "雅琴", "振华", "慧敏"
    };

    /** A deterministic invented name; different for each index below 1,000. */
    static String person(int index) {
        return SURNAMES.charAt(index % SURNAMES.length())
                + GIVEN[(index / SURNAMES.length() + index * 7) % GIVEN.length];
    }
}
