package nl.amsterdam.inclusion.form;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EuroAmountsTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      "4800|4800", "4.800|4800", "€ 4.800|4800", "€4.800,00|4800", " 4.800,- |4800", "EUR 4.800|4800",
      "1.250.000|1250000", "0|0", "12,5|12.5", "4.800,50|4800.50"})
  void readsAnAmountAsADutchUserWritesIt(String typed, BigDecimal amount) {
    assertThat(EuroAmounts.parse(typed)).hasValueSatisfying(read -> assertThat(read).isEqualByComparingTo(amount));
  }

  @ParameterizedTest(name = "\"{0}\" is no amount")
  @ValueSource(strings = {"4.8", "4.80", "4,800", "48.00", "4800.00", "1.2500", "-4800", "4 800", "€", "", "vier", "4.800,505"})
  void refusesWhatCouldBeReadTwoWays(String typed) {
    assertThat(EuroAmounts.parse(typed)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is shown as \"{1}\"")
  @CsvSource(delimiter = '|', value = {"4800|€ 4.800", "500000|€ 500.000", "0|€ 0", "4.8|€ 4,8", "1250000.50|€ 1.250.000,5"})
  void showsAnAmountTheDutchWay(BigDecimal amount, String shown) {
    assertThat(EuroAmounts.format(amount)).isEqualTo(shown);
  }
}
