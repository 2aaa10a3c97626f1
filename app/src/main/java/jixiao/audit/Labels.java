package jixiao.audit;

import jixiao.common.Messages;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Labels for codes stored in the trail; a code without a label is shown as stored. */
final class Labels {

    private Labels() {
    }

    static String orCode(String key, String code) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
