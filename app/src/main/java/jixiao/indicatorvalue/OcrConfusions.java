package jixiao.indicatorvalue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known OCR misreadings of Chinese words, used to say what a garbled qualitative target most likely
 * meant. They only suggest: the stored text is never changed (a person confirms against the original).
 *
 * <p>Two kinds. A character read as its two halves, side by side ({@code 土曾} for 增, {@code 力口}
 * for 加, {@code 日寸} for 时, {@code 亻列} for 例). And a character read as a look-alike, which is
 * only recognisable in its word ({@code 按用拨付} for 按月拨付, {@code 顶目} for 项目). Both kinds are
 * listed only where the misread sequence is not itself ordinary Chinese: {@code 且力} (而且力度),
 * {@code 月兑} (按月兑付), {@code 土也} (国土也), {@code 女子}, {@code 装各} (安装各类) and {@code 确走}
 * (的确走在) are left out for that reason, and look-alikes carry the context that makes them certain
 * ({@code 按用} only before a payment word, as 按用途 and 按用量 are ordinary).
 *
 * <p>The entries marked 兴隆 were seen in that county's scanned tables (seed 004): 土曾力口, 按用拨付,
 * 按用足额拨付资金, 八员 (劳务派遣八员经费), 顼目/顶目, 预葺数, 资佥, 含格率, 符含, I庸况, 日寸间,
 * 丹勖引寸象 (服务对象), 佰刂 and lF刂 (脱管比例). The others are the common split forms of
 * characters that budget targets use.
 */
final class OcrConfusions {

    private record Confusion(Pattern found, String meant) {

        Confusion(String found, String meant) {
            this(Pattern.compile(found), meant);
        }
    }

    private static final String PAYMENT = "(?=拨付|支付|发放|足额|兑付|结算|报送|上报|缴纳|核发)";

    private static final List<Confusion> TABLE = List.of(
            // split characters whose halves are both ordinary characters
            new Confusion("土曾", "增"),                 // 兴隆
            new Confusion("力口", "加"),                 // 兴隆
            new Confusion("日寸", "时"),                 // 兴隆
            new Confusion("引寸", "对"),                 // 兴隆
            new Confusion("又寸", "对"),
            new Confusion("白勺", "的"),
            new Confusion("木几", "机"),
            new Confusion("木又", "权"),
            new Confusion("禾呈", "程"),
            new Confusion("禾斗", "科"),
            new Confusion("丹勖", "服务"),               // 兴隆
            // split characters with a radical standing alone
            new Confusion("亻门", "们"),
            new Confusion("亻乍", "作"),
            new Confusion("亻立", "位"),
            new Confusion("亻呆", "保"),
            new Confusion("亻吏", "使"),
            new Confusion("亻氏", "低"),
            new Confusion("亻壬", "任"),
            new Confusion("亻介", "价"),
            new Confusion("亻专", "传"),
            new Confusion("亻列", "例"),
            new Confusion("(?:佰|[lI]F)刂", "例"),       // 兴隆
            new Confusion("讠十", "计"),
            new Confusion("讠己", "记"),
            new Confusion("讠平", "评"),
            new Confusion("讠殳", "设"),
            new Confusion("讠周", "调"),
            new Confusion("讠兑", "说"),
            new Confusion("讠青", "请"),
            new Confusion("讠舌", "话"),
            new Confusion("讠人", "认"),
            new Confusion("讠义", "议"),
            new Confusion("讠正", "证"),
            new Confusion("氵去", "法"),
            new Confusion("氵台", "治"),
            new Confusion("氵肖", "消"),
            new Confusion("氵舌", "活"),
            new Confusion("氵主", "注"),
            new Confusion("扌是", "提"),
            new Confusion("扌旨", "指"),
            new Confusion("扌空", "控"),
            new Confusion("扌户", "护"),
            new Confusion("扌妾", "接"),
            new Confusion("扌丸", "执"),
            new Confusion("纟隹", "维"),
            new Confusion("纟吉", "结"),
            new Confusion("纟冬", "终"),
            new Confusion("纟责", "绩"),
            new Confusion("纟只", "织"),
            new Confusion("纟且", "组"),
            new Confusion("纟充", "统"),
            new Confusion("忄青", "情"),
            new Confusion("[Il|]?庸况", "情况"),         // 兴隆
            new Confusion("礻畐", "福"),
            new Confusion("礻土", "社"),
            new Confusion("钅艮", "银"),
            new Confusion("阝完", "院"),
            new Confusion("阝方", "防"),
            // look-alike characters, in their words
            new Confusion("按用" + PAYMENT, "按月"),     // 兴隆
            new Confusion("逐用" + PAYMENT, "逐月"),
            new Confusion("每用" + PAYMENT, "每月"),
            new Confusion("(?<![一二三四五六七八九十百千万两第0-9])八员", "人员"), // 兴隆
            new Confusion("[顼顶]目", "项目"),           // 兴隆
            new Confusion("预葺", "预算"),               // 兴隆
            new Confusion("佥", "金"),                   // 兴隆
            new Confusion("含格率", "合格率"),           // 兴隆
            new Confusion("符含", "符合"),               // 兴隆
            new Confusion("(?<![自知异利克])己(?=完成|经|达到|实现|落实|全部)", "已"),
            new Confusion("自已", "自己"),
            new Confusion("工作曰", "工作日"));

    private OcrConfusions() {
    }

    /** The text with every known misreading repaired, if it holds any. */
    static Optional<String> likelyMeant(String text) {
        String s = text;
        for (Confusion c : TABLE) {
            Matcher m = c.found().matcher(s);
            if (m.find()) {
                s = m.replaceAll(Matcher.quoteReplacement(c.meant()));
            }
        }
        return s.equals(text) ? Optional.empty() : Optional.of(s);
    }
}
