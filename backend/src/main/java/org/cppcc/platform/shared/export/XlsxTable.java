package org.cppcc.platform.shared.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One sheet of an Excel export: typed columns over rows, written by {@link XlsxExport}. Numbers stay numbers and
 * dates real dates (with a date format), so that the office can sum, sort and filter in Excel.
 *
 * <pre>
 *   XlsxTable.of("按类别", rows).text("类别", Row::label).integer("立案", Row::registered).decimal("办复率(%)", Row::replyRate)
 * </pre>
 */
public final class XlsxTable<T> {

    /** What a column holds, and so how its cells are typed and formatted. */
    enum Kind {
        TEXT,
        INTEGER,
        /** One decimal place, such as a rate in per cent. */
        DECIMAL,
        DATE,
        DATE_TIME
    }

    record Column<T>(String header, Kind kind, Function<T, ?> value) {}

    private final String name;
    private final List<T> rows;
    private final List<Column<T>> columns = new ArrayList<>();

    private XlsxTable(String name, List<T> rows) {
        this.name = name;
        this.rows = rows;
    }

    /** A sheet named {@code name} (Excel allows 31 characters) over {@code rows}. */
    public static <T> XlsxTable<T> of(String name, List<T> rows) {
        return new XlsxTable<>(name, rows);
    }

    public XlsxTable<T> text(String header, Function<T, ?> value) {
        return add(header, Kind.TEXT, value);
    }

    public XlsxTable<T> integer(String header, Function<T, ? extends Number> value) {
        return add(header, Kind.INTEGER, value);
    }

    public XlsxTable<T> decimal(String header, Function<T, ? extends Number> value) {
        return add(header, Kind.DECIMAL, value);
    }

    public XlsxTable<T> date(String header, Function<T, LocalDate> value) {
        return add(header, Kind.DATE, value);
    }

    public XlsxTable<T> dateTime(String header, Function<T, LocalDateTime> value) {
        return add(header, Kind.DATE_TIME, value);
    }

    private XlsxTable<T> add(String header, Kind kind, Function<T, ?> value) {
        columns.add(new Column<>(header, kind, value));
        return this;
    }

    String name() {
        return name;
    }

    List<T> rows() {
        return rows;
    }

    List<Column<T>> columns() {
        return columns;
    }
}
