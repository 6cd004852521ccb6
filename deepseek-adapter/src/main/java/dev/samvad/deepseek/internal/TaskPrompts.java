package dev.samvad.deepseek.internal;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.llm.DraftMessage;
import dev.samvad.api.llm.ExplainAnalysis;
import dev.samvad.api.llm.ReadReply;
import dev.samvad.api.spi.LlmTask;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Turns each typed task into a prompt: the prompt's fixed system part first, the task's facts in
 * the user template, and the untrusted text last between nonce delimiters. The versions here are
 * the ones in the resource file names and in every cache key.
 */
public final class TaskPrompts {
  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  /** Longest name sent (business and contact names). */
  static final int MAX_NAME = 100;

  private final PromptTemplate readReply = PromptTemplate.load("read-reply", "v1");
  private final PromptTemplate draftMessage = PromptTemplate.load("draft-message", "v1");
  private final PromptTemplate explainAnalysis = PromptTemplate.load("explain-analysis", "v1");
  private final RandomGenerator nonces;
  private final int maxChars;

  /**
   * @param nonces the source of delimiter nonces (a {@code SecureRandom} in production)
   * @param maxChars the cap on untrusted text, in UTF-16 units
   */
  public TaskPrompts(RandomGenerator nonces, int maxChars) {
    this.nonces = nonces;
    this.maxChars = maxChars;
  }

  /** The prompt of {@code kind}. */
  public PromptTemplate prompt(LlmTask.Kind kind) {
    return switch (kind) {
      case READ_REPLY -> readReply;
      case DRAFT_MESSAGE -> draftMessage;
      case EXPLAIN_ANALYSIS -> explainAnalysis;
    };
  }

  /**
   * The prepared form of {@code task}.
   *
   * @throws IllegalArgumentException for a task type this adapter does not know
   */
  @SuppressWarnings("unchecked")
  public <R> PreparedTask<R> prepare(LlmTask<R> task) {
    if (task instanceof ReadReply r) {
      return (PreparedTask<R>) read(r);
    }
    if (task instanceof DraftMessage d) {
      return (PreparedTask<R>) draft(d);
    }
    if (task instanceof ExplainAnalysis e) {
      return (PreparedTask<R>) explain(e);
    }
    throw new IllegalArgumentException("unsupported task type " + task.getClass().getName());
  }

  /** A fresh delimiter nonce: 24 hex digits from the nonce source. */
  public String nonce() {
    byte[] bytes = new byte[12];
    synchronized (nonces) {
      nonces.nextBytes(bytes);
    }
    return HexFormat.of().formatHex(bytes);
  }

  private PreparedTask<dev.samvad.api.llm.ReplyReading> read(ReadReply task) {
    String text = UntrustedText.prepare(task.text(), maxChars);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("receivedOn", task.receivedOn().toString());
    values.put("weekday", WEEKDAYS[task.receivedOn().getDayOfWeek().ordinal()]);
    values.put("languageHint", task.languageHint().map(LanguageForm::tag).orElse("unknown"));
    return prepared(
        task.kind(),
        readReply,
        values,
        text,
        dev.samvad.api.llm.ReplyReading.class,
        reading -> ReadingCheck.problem(reading, task, text));
  }

  private PreparedTask<dev.samvad.api.llm.DraftedMessage> draft(DraftMessage task) {
    DraftMessage.Facts f = task.facts();
    DraftMessage.Plan p = task.plan();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("channel", task.channel().name());
    values.put("intent", p.intent());
    values.put("language", p.language().tag() + " (" + p.language().language().englishName() + ")");
    values.put("formality", p.formality());
    values.put("tone", p.tone());
    values.put("directness", p.directness());
    values.put("persuasion", p.persuasion());
    values.put("sellerName", UntrustedText.oneLine(f.sellerName(), MAX_NAME));
    values.put("customerName", UntrustedText.oneLine(f.customerName(), MAX_NAME));
    values.put(
        "contactName", f.contactName().map(n -> UntrustedText.oneLine(n, MAX_NAME)).orElse("none"));
    values.put("amount", f.amount().format());
    values.put("invoiceNumber", f.invoiceNumber().value());
    values.put("dueDate", UntrustedText.oneLine(f.dueDateText(), MAX_NAME));
    values.put("payLink", f.payLink().map(l -> UntrustedText.oneLine(l, 400)).orElse("none"));
    values.put(
        "otherAmounts",
        f.otherAmounts().isEmpty()
            ? "none"
            : f.otherAmounts().stream().map(Money::format).collect(Collectors.joining(", ")));
    String baseline = UntrustedText.prepare(task.baseline(), maxChars);
    return prepared(
        task.kind(),
        draftMessage,
        values,
        baseline,
        dev.samvad.api.llm.DraftedMessage.class,
        d -> DraftCheck.problem(d, task));
  }

  private PreparedTask<dev.samvad.api.llm.Explanation> explain(ExplainAnalysis task) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("subject", UntrustedText.oneLine(task.subject(), 200));
    values.put(
        "language", task.language().tag() + " (" + task.language().language().englishName() + ")");
    StringBuilder data = new StringBuilder("Figures:\n");
    task.figures()
        .forEach(
            fig ->
                data.append("- ")
                    .append(UntrustedText.oneLine(fig.name(), 200))
                    .append(": ")
                    .append(UntrustedText.oneLine(fig.value(), 200))
                    .append('\n'));
    data.append("Findings:\n");
    task.findings()
        .forEach(f -> data.append("- ").append(UntrustedText.oneLine(f, 500)).append('\n'));
    String block = UntrustedText.prepare(data.toString(), maxChars);
    return prepared(
        task.kind(),
        explainAnalysis,
        values,
        block,
        dev.samvad.api.llm.Explanation.class,
        e -> ExplanationCheck.problem(e, task));
  }

  private <R> PreparedTask<R> prepared(
      LlmTask.Kind kind,
      PromptTemplate prompt,
      Map<String, String> values,
      String untrusted,
      Class<R> type,
      java.util.function.Function<R, java.util.Optional<String>> check) {
    StringBuilder key = new StringBuilder(untrusted.length() + 256);
    values.forEach((k, v) -> key.append(k).append('=').append(v).append('\u0000'));
    key.append(untrusted);
    return new PreparedTask<>(kind, prompt, values, untrusted, key.toString(), type, check);
  }
}
