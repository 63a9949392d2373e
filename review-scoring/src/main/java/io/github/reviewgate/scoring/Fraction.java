package io.github.reviewgate.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number, so that scores such as 10 × 2/3 compare with thresholds without
 * rounding.
 */
final class Fraction implements Comparable<Fraction> {

  static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static Fraction of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger divisor = numerator.gcd(denominator);
    if (divisor.signum() == 0) {
      return ZERO;
    }
    return new Fraction(numerator.divide(divisor), denominator.divide(divisor));
  }

  static Fraction of(BigDecimal value) {
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** Returns {@code value} on a scale of {@code scale} as points out of 10, exactly. */
  static Fraction outOfTen(BigDecimal value, BigDecimal scale) {
    return of(value).times(of(10, 1)).dividedBy(of(scale));
  }

  Fraction plus(Fraction other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  Fraction times(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  Fraction dividedBy(Fraction other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  Fraction negate() {
    return new Fraction(numerator.negate(), denominator);
  }

  Fraction abs() {
    return numerator.signum() < 0 ? negate() : this;
  }

  int signum() {
    return numerator.signum();
  }

  /** Returns the value exactly when it has a finite decimal form, else to 34 significant digits. */
  BigDecimal toBigDecimal() {
    BigDecimal top = new BigDecimal(numerator);
    BigDecimal bottom = new BigDecimal(denominator);
    try {
      return top.divide(bottom);
    } catch (ArithmeticException nonTerminating) {
      return top.divide(bottom, MathContext.DECIMAL128);
    }
  }

  /** Returns whether the value has a finite decimal form. */
  boolean isTerminating() {
    BigInteger rest = denominator;
    for (BigInteger factor : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
      while (rest.mod(factor).signum() == 0) {
        rest = rest.divide(factor);
      }
    }
    return rest.equals(BigInteger.ONE);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fraction fraction
        && numerator.equals(fraction.numerator)
        && denominator.equals(fraction.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
