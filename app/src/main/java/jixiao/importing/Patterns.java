package jixiao.importing;

import java.util.regex.Pattern;

/** Patterns shared by the layout readers, compiled once. */
final class Patterns {

    /** "315001乐亭县司法局本级", "[315001]乐亭县司法局本级", "820001-井研县马踏镇人民政府". */
    static final Pattern UNIT = Pattern.compile("^[\\[【(（]?(\\d{6})[\\]】)）]?\\s*[-－—]?\\s*([\\u4e00-\\u9fff].*)$");
    /** "单位：万元", "单位 :万元", also inside a longer line. */
    static final Pattern MONEY_UNIT = Pattern.compile("单\\s*位\\s*[:：]\\s*(万元|元)");
    /** A header cell naming the money unit: "预算金额（万元）", "拟投入的资金（万元）". */
    static final Pattern MONEY_UNIT_IN_HEADER = Pattern.compile("[(（](万元|元)[)）]\\s*$");
    /** "3月底", "12月底", "12月". */
    static final Pattern MONTH = Pattern.compile("^(\\d{1,2})\\s*月底?$");
    /** A title line: "1.法制建设绩效目标表", "2024 年部门项目支出预算绩效目标表". */
    static final String TITLE_END = "绩效目标表";
    /** The 申报表 forms' title: "财政支出项目绩效目标申报表", "绩效目标申报表". */
    static final String DECLARATION_TITLE_END = "绩效目标申报表";
    /** "部门整体绩效目标", "第一部分 部门整体绩效目标", "部门整体预算绩效目标申报表". */
    static final Pattern DEPARTMENT_HEADING = Pattern.compile(
            "^(?:第[一二三四五六七八九十]部分)?部门整体(?:预算)?绩效目标(?:申报表|表)?$");
    /** "预算项目绩效目标", "第二部分": the project part after a department part. */
    static final Pattern PROJECT_PART_HEADING = Pattern.compile(
            "^(?:第[一二三四五六七八九十]部分)?(?:(?:预算)?项目(?:支出)?绩效目标)?$");
    /** A numbered item: "(1).普法宣传：…", "1.普法宣传工作", "2。 加强支出管理". */
    static final Pattern ITEM = Pattern.compile("^[(（]?(\\d{1,2})[)）]?\\s*[.。,，、．]\\s*(.*)$");
    /** Level headings of a department part: "一、总体绩效目标", OCR "-、 总体绩效目标". */
    static final Pattern SECTION_NUMBER = Pattern.compile("^[一二三四五六七八九十\\-－—]{1,2}[、.,，．]?");

    private Patterns() {
    }
}
