package dev.samvad.constraint;

import dev.samvad.api.Money;

/**
 * What relieving a constraint by a given amount would add.
 *
 * @param cashPerDay extra cash collected per day over the next period
 * @param dsoDays days by which DSO would fall: the extra cash divided by a day's credit sales
 */
public record Impact(Money cashPerDay, double dsoDays) {}
