package dev.samvad.sdk.internal;

import dev.samvad.api.TenantId;
import dev.samvad.api.llm.ExplainAnalysis;
import dev.samvad.api.llm.Explanation;
import dev.samvad.api.llm.ReplyReading;
import dev.samvad.api.spi.LanguageModel;
import dev.samvad.api.spi.LlmOutcome;
import dev.samvad.api.spi.LlmTask;
import dev.samvad.culture.AdaptationPlan;
import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageLint;
import dev.samvad.culture.ModelDrafts;
import dev.samvad.culture.RenderedMessage;
import dev.samvad.relationship.text.ModelReadings;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyAnalyzer;
import dev.samvad.relationship.text.ReplyText;
import dev.samvad.sdk.HybridResult;
import dev.samvad.sdk.HybridResult.Fallback;
import dev.samvad.sdk.HybridResult.Path;
import dev.samvad.sdk.HybridResult.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hybrid policy: the rule engine answers at once; the language model is asked through the SPI
 * on a bounded pool, and its answer replaces the rules' only when it arrives valid within the
 * deadline. Every result says which path answered and why a fallback happened.
 *
 * <p>The deadline is enforced here too, so a host's own {@link LanguageModel} that ignores its
 * deadline cannot hold a request: at {@code deadline} the call is cancelled (its thread
 * interrupted) and the rules' answer stands, whatever the model is still doing. Several replies in
 * one request are asked concurrently and share one deadline.
 */
public final class HybridPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(HybridPolicy.class);

  private final LanguageModel model;
  private final Duration deadline;
  private final @Nullable ExecutorService pool;
  private final LlmQuota quota;

  /**
   * @param model the configured model ({@link LanguageModel#none()} when there is none)
   * @param deadline how long the model may take
   * @param pool where model calls run; null when there is no model
   * @param quota each tenant's limits on model use, checked before every call
   */
  public HybridPolicy(
      LanguageModel model, Duration deadline, @Nullable ExecutorService pool, LlmQuota quota) {
    this.model = model;
    this.deadline = deadline;
    this.pool = pool;
    this.quota = quota;
  }

  /** The rules' answer and the model's, for each reply, within one deadline. */
  public List<HybridResult<ReplyAnalysis>> readReplies(
      TenantId tenant, ReplyAnalyzer analyzer, List<ReplyText> replies) {
    List<ReplyAnalysis> rules = new ArrayList<>(replies.size());
    for (ReplyText reply : replies) {
      rules.add(analyzer.analyze(reply));
    }
    List<@Nullable Future<LlmOutcome<ReplyReading>>> calls = new ArrayList<>(replies.size());
    List<@Nullable HybridResult<ReplyAnalysis>> early = new ArrayList<>(replies.size());
    for (int i = 0; i < replies.size(); i++) {
      ReplyAnalysis r = rules.get(i);
      HybridResult<ReplyAnalysis> notAsked = notAsked(r);
      if (notAsked == null) {
        ReplyText reply = replies.get(i);
        Future<LlmOutcome<ReplyReading>> f = submit(ModelReadings.task(tenant, reply));
        if (f == null) {
          notAsked = HybridResult.rules(r, Reason.UNAVAILABLE, "no thread free for the model call");
        }
        calls.add(f);
      } else {
        calls.add(null);
      }
      early.add(notAsked);
    }
    long giveUpAt = System.nanoTime() + deadline.toNanos();
    List<HybridResult<ReplyAnalysis>> out = new ArrayList<>(replies.size());
    for (int i = 0; i < replies.size(); i++) {
      HybridResult<ReplyAnalysis> done = early.get(i);
      Future<LlmOutcome<ReplyReading>> call = calls.get(i);
      if (done != null || call == null) {
        out.add(done);
        continue;
      }
      ReplyAnalysis r = rules.get(i);
      LlmOutcome<ReplyReading> outcome = await(call, giveUpAt);
      out.add(fromReading(outcome, replies.get(i), r));
    }
    return out;
  }

  private @Nullable HybridResult<ReplyAnalysis> notAsked(ReplyAnalysis rules) {
    if (pool == null) {
      return HybridResult.rules(rules, Reason.NO_MODEL, "no language model configured");
    }
    if (rules.flags().noText()) {
      return HybridResult.rules(rules, Reason.NO_TEXT, "nothing readable to send");
    }
    if (rules.flags().injectionSuspected()) {
      return HybridResult.rules(
          rules, Reason.INJECTION_SUSPECTED, "the reply addresses an automated reader");
    }
    return null;
  }

  private HybridResult<ReplyAnalysis> fromReading(
      LlmOutcome<ReplyReading> outcome, ReplyText reply, ReplyAnalysis rules) {
    if (outcome instanceof LlmOutcome.Answered<ReplyReading> a) {
      try {
        ReplyAnalysis analysis = ModelReadings.toAnalysis(a.value(), reply, rules, a.repaired());
        return new HybridResult<>(analysis, path(a.repaired()), Optional.empty());
      } catch (RuntimeException e) {
        return HybridResult.rules(
            rules, Reason.INVALID_OUTPUT, "reading did not map: " + e.getClass().getSimpleName());
      }
    }
    return fellBack(rules, (LlmOutcome.Failed<ReplyReading>) outcome);
  }

  /**
   * The rendered message, or the model's draft of it when the draft arrives valid in time and
   * passes approach validation in {@code context} (whose message is {@code rendered}).
   */
  public HybridResult<RenderedMessage> draft(
      TenantId tenant,
      AdaptationPlan plan,
      MessageFacts facts,
      RenderedMessage rendered,
      ApproachContext context,
      MessageLint lint) {
    return askOne(
        ModelDrafts.task(tenant, plan, facts, rendered),
        rendered,
        a -> {
          ModelDrafts.Review review = ModelDrafts.review(a.value(), context, lint);
          if (review.accepted().isEmpty()) {
            String blockers =
                review.findings().stream()
                    .filter(ApproachFinding::blocks)
                    .map(ApproachFinding::code)
                    .collect(Collectors.joining(", "));
            return HybridResult.rules(
                rendered, Reason.REJECTED_BY_APPROACH_VALIDATION, "blocked by " + blockers);
          }
          return new HybridResult<>(review.accepted().get(), path(a.repaired()), Optional.empty());
        });
  }

  /**
   * The model's plain-language explanation of an analysis, when one arrives valid within the
   * deadline and states no number the task does not give ({@link ExplainAnalysis#numberNotGiven},
   * checked here for any model); otherwise empty, with the reason. The rules' own explanation is
   * the analysis's text, which the caller always keeps.
   */
  public HybridResult<Optional<Explanation>> explain(ExplainAnalysis task) {
    Optional<Explanation> none = Optional.empty();
    return askOne(
        task,
        none,
        a -> {
          Optional<String> problem = task.numberNotGiven(a.value());
          if (problem.isPresent()) {
            return HybridResult.rules(none, Reason.INVALID_OUTPUT, problem.get());
          }
          return new HybridResult<>(Optional.of(a.value()), path(a.repaired()), Optional.empty());
        });
  }

  /**
   * Asks one task within the deadline: {@code rules} with the reason when the model cannot be asked
   * or fails, else what {@code answered} makes of its answer.
   */
  private <T, R> HybridResult<T> askOne(
      LlmTask<R> task, T rules, Function<LlmOutcome.Answered<R>, HybridResult<T>> answered) {
    if (pool == null) {
      return HybridResult.rules(rules, Reason.NO_MODEL, "no language model configured");
    }
    Future<LlmOutcome<R>> call = submit(task);
    if (call == null) {
      return HybridResult.rules(rules, Reason.UNAVAILABLE, "no thread free for the model call");
    }
    LlmOutcome<R> outcome = await(call, System.nanoTime() + deadline.toNanos());
    if (outcome instanceof LlmOutcome.Failed<R> f) {
      return fellBack(rules, f);
    }
    return answered.apply((LlmOutcome.Answered<R>) outcome);
  }

  /**
   * Asks the model on the pool, unless the tenant's quota refuses (then an already-completed
   * failure, and no call). An answered call's tokens are counted when it answers, even after the
   * deadline.
   */
  private <R> @Nullable Future<LlmOutcome<R>> submit(LlmTask<R> task) {
    Optional<LlmOutcome.Failed<R>> refused = quota.take(task.tenant());
    if (refused.isPresent()) {
      return CompletableFuture.completedFuture(refused.get());
    }
    try {
      return pool.submit(
          () -> {
            LlmOutcome<R> outcome = model.run(task, deadline);
            if (outcome instanceof LlmOutcome.Answered<R> a) {
              quota.charge(task.tenant(), a.usage());
            }
            return outcome;
          });
    } catch (RejectedExecutionException e) {
      return null;
    }
  }

  private static <T> HybridResult<T> fellBack(T rules, LlmOutcome.Failed<?> failed) {
    return new HybridResult<>(
        rules,
        Path.RULES,
        Optional.of(new Fallback(reason(failed.kind()), failed.detail(), failed.retryAfter())));
  }

  private static <R> LlmOutcome<R> await(Future<LlmOutcome<R>> call, long giveUpAt) {
    try {
      return call.get(Math.max(0, giveUpAt - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      return new LlmOutcome.Failed<>(
          LlmOutcome.FailureKind.TIMEOUT, "no answer within the deadline");
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      return new LlmOutcome.Failed<>(LlmOutcome.FailureKind.TIMEOUT, "interrupted");
    } catch (ExecutionException | CancellationException e) {
      LOG.warn("language model call failed: {}", e.getClass().getName());
      return new LlmOutcome.Failed<>(
          LlmOutcome.FailureKind.UNAVAILABLE, "the language model threw instead of failing");
    }
  }

  private static Path path(boolean repaired) {
    return repaired ? Path.LLM_REPAIRED : Path.LLM;
  }

  private static Reason reason(LlmOutcome.FailureKind kind) {
    return switch (kind) {
      case DISABLED -> Reason.DISABLED;
      case TIMEOUT -> Reason.TIMEOUT;
      case UNAVAILABLE -> Reason.UNAVAILABLE;
      case RATE_LIMITED -> Reason.RATE_LIMITED;
      case CIRCUIT_OPEN -> Reason.CIRCUIT_OPEN;
      case BUDGET_EXHAUSTED -> Reason.BUDGET_EXHAUSTED;
      case INVALID_OUTPUT -> Reason.INVALID_OUTPUT;
    };
  }
}
