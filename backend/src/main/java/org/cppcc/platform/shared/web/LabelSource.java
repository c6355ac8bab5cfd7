package org.cppcc.platform.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The words the user interface shows for the codes of one module's enums (states, classes, kinds). Each
 * module declares its own as a bean; the front end loads them all once, so a label is written in one place.
 */
public interface LabelSource {

    /** Label type (such as PROPOSAL_STATE) → code → label, the codes in the enum's order. */
    Map<String, Map<String, String>> labels();

    /** Every constant of an enum with its label. */
    static <E extends Enum<E>> Map<String, String> of(Class<E> type, Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            labels.put(value.name(), label.apply(value));
        }
        return labels;
    }
}
