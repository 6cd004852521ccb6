package dev.samvad.api.spi;

import java.util.Optional;

/**
 * The verdict of {@link AuditChain#verify}: the chain is intact, or the first place where it is not
 * and why.
 *
 * @param intact true when every entry links to the one before and hashes to its stored hash (and,
 *     when a head was given, the chain ends at it)
 * @param checked how many entries were checked before the first problem (all of them when intact)
 * @param problem what is wrong at entry number {@code checked} (counting from 0 in the list given),
 *     e.g. {@code "entry 12: hash does not match its contents"}; empty when intact
 */
public record AuditVerification(boolean intact, long checked, Optional<String> problem) {

  static AuditVerification ok(long checked) {
    return new AuditVerification(true, checked, Optional.empty());
  }

  static AuditVerification broken(long at, String problem) {
    return new AuditVerification(false, at, Optional.of(problem));
  }
}
