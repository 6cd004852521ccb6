package dev.samvad.deepseek.internal;

import dev.samvad.api.TenantId;
import dev.samvad.api.spi.LlmUsage;
import dev.samvad.deepseek.TenantUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-tenant accounts: tokens and cost spent on the current day, and whether the model is switched
 * off for the tenant (bad key, no balance). A day rolls over when the first call of a new day is
 * charged or checked.
 */
public final class TenantBook {
  private final ConcurrentMap<TenantId, Account> accounts = new ConcurrentHashMap<>();

  /** The account of {@code tenant}, created empty on first use. */
  public Account account(TenantId tenant) {
    return accounts.computeIfAbsent(tenant, t -> new Account());
  }

  /** One tenant's spending and switch. Thread-safe. */
  public static final class Account {
    private LocalDate day = LocalDate.MIN;
    private long calls;
    private long promptTokens;
    private long cacheHitTokens;
    private long completionTokens;
    private long reasoningTokens;
    private BigDecimal cost = BigDecimal.ZERO;
    private Optional<String> disabledBecause = Optional.empty();
    private LocalDate exhaustionAnnounced = LocalDate.MIN;

    private void roll(LocalDate today) {
      if (!today.equals(day)) {
        day = today;
        calls = 0;
        promptTokens = 0;
        cacheHitTokens = 0;
        completionTokens = 0;
        reasoningTokens = 0;
        cost = BigDecimal.ZERO;
      }
    }

    /** Adds one answered call's usage and cost to {@code today}'s totals. */
    public synchronized void charge(LocalDate today, LlmUsage usage, BigDecimal callCost) {
      roll(today);
      calls++;
      promptTokens += usage.promptTokens();
      cacheHitTokens += usage.cacheHitTokens();
      completionTokens += usage.completionTokens();
      reasoningTokens += usage.reasoningTokens();
      cost = cost.add(callCost);
    }

    /** Tokens (prompt plus completion) spent {@code today}. */
    public synchronized long tokens(LocalDate today) {
      roll(today);
      return promptTokens + completionTokens;
    }

    /** Cost spent {@code today}. */
    public synchronized BigDecimal cost(LocalDate today) {
      roll(today);
      return cost;
    }

    /** Today's totals. */
    public synchronized TenantUsage totals(LocalDate today) {
      roll(today);
      return new TenantUsage(
          day,
          calls,
          new LlmUsage(promptTokens, cacheHitTokens, completionTokens, reasoningTokens),
          cost,
          disabledBecause);
    }

    /**
     * True the first time on {@code today} that the budget is found spent, so the event is
     * published once a day.
     */
    public synchronized boolean announceExhaustion(LocalDate today) {
      if (today.equals(exhaustionAnnounced)) {
        return false;
      }
      exhaustionAnnounced = today;
      return true;
    }

    /** Switches the model off; true when it was on until now. */
    public synchronized boolean disable(String reason) {
      boolean wasOn = disabledBecause.isEmpty();
      disabledBecause = Optional.of(reason);
      return wasOn;
    }

    /** Switches the model back on. */
    public synchronized void enable() {
      disabledBecause = Optional.empty();
    }

    /** Why the model is off for the tenant, when it is. */
    public synchronized Optional<String> disabledBecause() {
      return disabledBecause;
    }
  }
}
