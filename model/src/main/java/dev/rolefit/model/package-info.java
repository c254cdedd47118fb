/**
 * The data rolefit works on: immutable records for candidates, vacancies, matches and reasons, and
 * their native JSON mapping ({@link dev.rolefit.model.RolefitJson}).
 *
 * <p>Records validate themselves: a negative salary, an inverted range or an unknown enum word fails
 * with a message naming the value. Enumerations accept the words people write ("Full-time",
 * "Senior", "Mid-level", "Native speaker"). Fields the contract does not know are kept in each
 * document's {@code otherFields} map and written back.
 *
 * <p>Personal data ({@code name}, {@code email}, {@code phone} and any protected attribute that
 * arrives as an extra field) stays on {@link dev.rolefit.model.Candidate}; the engine derives the facts
 * rules see from it and never passes the record itself to a rule.
 *
 * <p>This module knows nothing of Drools or Lucene.
 */
package dev.rolefit.model;
