package jixiao.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Options printed with boxes, one of them ticked: {@code 新增项目□延续项目√} is 延续项目. */
final class Checkboxes {

    private static final String TICKED = "√☑■✓✔☒✅";
    private static final String BOXES = "□☐" + TICKED;
    /** An option and the box after it, or the box before it. */
    private static final Pattern AFTER = Pattern.compile("([^" + BOXES + "\\s:：]+)\\s*([" + BOXES + "])");
    private static final Pattern BEFORE = Pattern.compile("([" + BOXES + "])\\s*([^" + BOXES + "\\s:：]+)");

    private Checkboxes() {
    }

    /** The ticked option where the text offers boxes, else the text as it is. */
    static String ticked(String text) {
        if (text == null || text.chars().noneMatch(c -> BOXES.indexOf(c) >= 0)) {
            return text;
        }
        boolean boxFirst = BOXES.indexOf(text.charAt(0)) >= 0;
        Matcher m = (boxFirst ? BEFORE : AFTER).matcher(text);
        while (m.find()) {
            String box = boxFirst ? m.group(1) : m.group(2);
            if (TICKED.contains(box)) {
                return boxFirst ? m.group(2) : m.group(1);
            }
        }
        return null; // boxes, none ticked: nothing was chosen
    }
}
