package jixiao.web;

import java.util.List;
import java.util.Map;

/**
 * A posted HTML form. Table rows post one value per field name and row, in row order, so
 * {@link #all} of each column lines up by index.
 */
public record FormData(Map<String, Object> values) {

    public String one(String name) {
        Object v = values.get(name);
        if (v instanceof List<?> list) {
            return list.isEmpty() ? null : text(list.get(0));
        }
        return text(v);
    }

    public List<String> all(String name) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(FormData::text).toList();
        }
        return List.of(text(v));
    }

    /** A whole number typed into a field; null when blank or not a number (the rules then say so). */
    public static Integer toInt(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Long toLong(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value of row {@code i} of a column, null when the column is shorter. */
    public static String at(List<String> column, int i) {
        return i < column.size() ? column.get(i) : null;
    }

    public boolean checked(String name) {
        String v = one(name);
        return v != null && !v.isBlank() && !"false".equals(v);
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
