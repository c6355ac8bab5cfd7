package org.cppcc.platform.importing.internal;

/** One problem of one cell (or row) of the file: sheet, Excel row number, column header, Chinese message. */
record ImportProblem(String sheet, int row, String column, String message) {}
