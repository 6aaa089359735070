package org.constellation.workflow;

import java.text.NumberFormat;
import java.util.Locale;

/** A number as a French reader writes it in a sentence: "10 001", "100 000" (a narrow space between thousands). */
public final class WrittenNumbers {

  private WrittenNumbers() {}

  public static String of(long number) {
    return NumberFormat.getIntegerInstance(Locale.FRENCH).format(number);
  }
}
