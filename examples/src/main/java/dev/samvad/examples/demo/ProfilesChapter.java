package dev.samvad.examples.demo;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.Language;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Region;
import dev.samvad.api.model.Contact;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.culture.AdaptationPlan;
import dev.samvad.culture.AdaptationPlanner;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.ContactWindowPolicy;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.CulturalProfiler;
import dev.samvad.culture.Evidence;
import dev.samvad.culture.Finding;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MessageRenderer;
import dev.samvad.culture.PlanDecision;
import dev.samvad.culture.ProfileInput;
import dev.samvad.culture.ReferenceData;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.culture.RenderedMessage;
import dev.samvad.culture.WindowExplanation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chapter: a few customers as the culture engine sees them — where they are and which language they
 * read, each with its confidence and the evidence behind it; the plan for a gentle overdue
 * reminder; when the contact rules let it go out; and that reminder as an SMS in the customer's own
 * language.
 *
 * <p>Whom to show is decided by rules over the profiles, never by id, so the chapter follows the
 * book if it is regenerated. Only customers with an invoice worth reminding about take part. For
 * each region in turn (central India aside), the language most of its customers read, if no earlier
 * pick reads it; within it, native script before romanised, evidence of a kind not shown yet (the
 * customer's word, their replies, a state default) before the kinds already shown, no conflicts
 * before conflicts, then the surest. Last, the customer whose inputs disagree the most, to show
 * what Samvad does when unsure: among equals one whose language is not shown yet, then the least
 * certain.
 */
final class ProfilesChapter implements Chapter {
  /** The regions a pick is made in, in the order shown. */
  private static final List<Region> REGIONS =
      List.of(Region.NORTH, Region.SOUTH, Region.EAST, Region.WEST, Region.NORTHEAST);

  private static final int TEXT_WIDTH = 92;
  private static final int TEXT_LINES = 1;
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** A customer, what the engine concluded about them, and the invoice to remind them of. */
  private record Candidate(Customer customer, CulturalProfile profile, Invoice invoice) {
    LanguageForm language() {
      return profile.primaryLanguage().value();
    }

    double languageConfidence() {
      return profile.primaryLanguage().confidence();
    }

    Evidence.Source languageSource() {
      List<Evidence> evidence = profile.primaryLanguage().evidence();
      return evidence.isEmpty() ? Evidence.Source.HEURISTIC : evidence.get(0).source();
    }
  }

  @Override
  public String title() {
    return "How Samvad would speak to them";
  }

  @Override
  public void tell(DemoContext context, Report report) {
    ReferenceData data = ReferenceData.bundled();
    CulturalProfiler profiler = CulturalProfiler.standard();
    Instant now = context.clock().instant();
    List<Candidate> candidates = new ArrayList<>();
    for (Customer c : context.customers()) {
      Optional<Invoice> oldest = oldestOverdue(context.invoices(c.id()), context.today());
      if (oldest.isPresent()) {
        CulturalProfile profile =
            profiler.profile(ProfileInput.from(c, context.interactions(c.id())), now);
        candidates.add(new Candidate(c, profile, oldest.get()));
      }
    }
    List<Candidate> shown = pick(candidates);
    report.line(
        candidates.size()
            + " customers have an invoice to remind about; a few of them, each with the same"
            + " gentle reminder:");

    AdaptationPlanner planner = AdaptationPlanner.create(data);
    MessageRenderer renderer = MessageRenderer.bundled();
    ContactWindowPolicy window = ContactWindowPolicy.standard(data);
    for (Candidate pick : shown) {
      tellOne(context, report, pick, planner, renderer, window, now);
    }
  }

  private static void tellOne(
      DemoContext context,
      Report report,
      Candidate pick,
      AdaptationPlanner planner,
      MessageRenderer renderer,
      ContactWindowPolicy window,
      Instant now) {
    Customer c = pick.customer();
    CulturalProfile p = pick.profile();
    report.line(
        Facts.clip(c.displayName(), 40)
            + c.address().map(a -> ", " + a.city()).orElse("")
            + " — "
            + p.region().value()
            + ", confidence "
            + two(p.confidence())
            + "; reach "
            + p.preferredChannels().value().stream()
                .limit(3)
                .map(ProfilesChapter::channel)
                .collect(Collectors.joining(" > ")));
    report.line(
        "  state     "
            + p.state()
                .map(s -> s.value().displayName() + " " + evidenced(s))
                .orElse("not known; region " + evidenced(p.region())));
    LanguageForm language = p.primaryLanguage().value();
    report.line(
        "  language  "
            + language.tag()
            + " ("
            + Facts.describe(language)
            + ") "
            + evidenced(p.primaryLanguage()));
    if (!p.conflicts().isEmpty()) {
      String more = p.conflicts().size() > 1 ? " (+" + (p.conflicts().size() - 1) + " more)" : "";
      report.line("  conflict  " + Facts.clip(p.conflicts().get(0), 90) + more);
    }

    LocalDate today = context.today();
    AdaptationPlan plan =
        planner.plan(
            p,
            MessageIntent.GENTLE_OVERDUE,
            new RelationshipContext(
                OptionalInt.empty(), tenureMonths(context, c, today), 0, 0, today));
    ZonedDateTime desired = now.atZone(p.zone());
    WindowExplanation allowed =
        window.explain(desired, ChannelKind.SMS, p, ContactPurpose.PAYMENT_REMINDER);
    ZonedDateTime preferred =
        window.nextPreferred(desired, ChannelKind.SMS, p, ContactPurpose.PAYMENT_REMINDER);
    report.line(
        Facts.clip(
            "  plan      "
                + plan.tone()
                + ", "
                + plan.formality()
                + "; "
                + when(allowed, preferred)
                + " ← "
                + reason(plan, "formality"),
            TEXT_WIDTH + 12));

    RenderedMessage sms = renderer.render(plan, facts(c, pick.invoice(), today), ChannelKind.SMS);
    String label = "SMS " + sms.templateLanguage();
    if (!sms.templateLanguage().equals(language.tag())) {
      label += " (wanted " + language.tag() + ")";
    }
    List<String> lines = wrap(sms.text(), TEXT_WIDTH, TEXT_LINES);
    report.line(String.format("  %-9s %s", label, lines.get(0)));
    for (String more : lines.subList(1, lines.size())) {
      report.line(" ".repeat(12) + more);
    }
  }

  // ------------------------------------------------------------------ choosing whom to show

  /** The regional picks, then the uncertain one; each customer at most once. See the class. */
  static List<Candidate> pick(List<Candidate> candidates) {
    List<Candidate> shown = new ArrayList<>();
    Set<Language> read = new HashSet<>();
    Set<Evidence.Source> sources = new HashSet<>();
    for (Region region : REGIONS) {
      List<Candidate> here =
          candidates.stream().filter(k -> k.profile().region().value() == region).toList();
      Optional<Language> common = mostRead(here);
      if (common.isEmpty() || read.contains(common.get())) {
        continue;
      }
      here.stream()
          .filter(k -> k.language().language() == common.get())
          .min(
              Comparator.comparing((Candidate k) -> k.language().isRomanised())
                  .thenComparing(k -> sources.contains(k.languageSource()))
                  .thenComparing(k -> k.profile().conflicts().size())
                  .thenComparing(
                      Comparator.comparingDouble(Candidate::languageConfidence).reversed())
                  .thenComparing(
                      Comparator.comparingDouble((Candidate k) -> k.profile().confidence())
                          .reversed())
                  .thenComparing(k -> k.customer().id().value()))
          .ifPresent(
              k -> {
                shown.add(k);
                read.add(common.get());
                sources.add(k.languageSource());
              });
    }
    candidates.stream()
        .filter(k -> !shown.contains(k) && !k.profile().conflicts().isEmpty())
        .min(
            Comparator.comparing((Candidate k) -> -k.profile().conflicts().size())
                .thenComparing(k -> read.contains(k.language().language()))
                .thenComparingDouble(k -> k.profile().confidence())
                .thenComparing(k -> k.customer().id().value()))
        .ifPresent(shown::add);
    return shown;
  }

  /** The language most of {@code candidates} read, English aside; ties go to the earlier one. */
  private static Optional<Language> mostRead(List<Candidate> candidates) {
    Map<Language, Long> readers =
        candidates.stream()
            .map(k -> k.language().language())
            .filter(l -> l != Language.ENGLISH)
            .collect(
                Collectors.groupingBy(
                    l -> l, () -> new EnumMap<>(Language.class), Collectors.counting()));
    return readers.entrySet().stream()
        .max(
            Comparator.comparing(Map.Entry<Language, Long>::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }

  /**
   * The invoice a reminder would be about: the oldest one past its due date with money still owed,
   * leaving out disputed invoices (a dispute is answered, not chased).
   */
  private static Optional<Invoice> oldestOverdue(List<Invoice> invoices, LocalDate today) {
    return invoices.stream()
        .filter(i -> i.status() == InvoiceStatus.OPEN || i.status() == InvoiceStatus.PARTIALLY_PAID)
        .filter(i -> !i.outstanding().isZero() && i.dueDate().isBefore(today))
        .min(Comparator.comparing(Invoice::dueDate).thenComparing(i -> i.number().value()));
  }

  // ------------------------------------------------------------------ what goes into the plan

  private static int tenureMonths(DemoContext context, Customer c, LocalDate today) {
    return context.invoices(c.id()).stream()
        .map(Invoice::issueDate)
        .min(Comparator.naturalOrder())
        .map(first -> (int) Math.max(0, ChronoUnit.MONTHS.between(first, today)))
        .orElse(0);
  }

  private static MessageFacts facts(Customer c, Invoice invoice, LocalDate today) {
    MessageFacts.Builder facts =
        MessageFacts.builder()
            .sellerName(DemoSeller.NAME)
            .customerName(Facts.clip(c.displayName(), MessageFacts.MAX_NAME_LENGTH))
            .invoiceNumber(invoice.number())
            .amount(invoice.outstanding())
            .dueDate(invoice.dueDate())
            .asOf(today)
            .upi(DemoSeller.UPI);
    Optional<Contact> contact = c.contacts().stream().findFirst();
    contact.ifPresent(
        k -> {
          facts.contactName(k.name());
          k.title().ifPresent(facts::title);
        });
    return facts.build();
  }

  // ------------------------------------------------------------------ how it reads

  private static String evidenced(Finding<?> finding) {
    return two(finding.confidence()) + " ← " + why(finding);
  }

  private static String why(Finding<?> finding) {
    return finding.evidence().isEmpty()
        ? "no evidence"
        : Facts.clip(finding.evidence().get(0).detail(), 64);
  }

  private static String two(double confidence) {
    return String.format(Locale.ROOT, "%.2f", confidence);
  }

  private static String reason(AdaptationPlan plan, String aspect) {
    return plan.decisions().stream()
        .filter(d -> d.aspect().equals(aspect))
        .map(PlanDecision::why)
        .findFirst()
        .orElse("");
  }

  /** When the reminder may go out, why not earlier, and the slot the customer would like best. */
  private static String when(WindowExplanation allowed, ZonedDateTime preferred) {
    StringBuilder text = new StringBuilder("SMS ");
    if (allowed.refused().isEmpty()) {
      text.append("allowed now");
    } else {
      WindowExplanation.RefusedSpan last = allowed.refused().get(allowed.refused().size() - 1);
      text.append("from ")
          .append(allowed.allowed().format(DAY_TIME))
          .append(" (")
          .append(Facts.clip(last.reason(), 40))
          .append(')');
    }
    if (!preferred.equals(allowed.allowed())) {
      boolean sameDay = preferred.toLocalDate().equals(allowed.allowed().toLocalDate());
      text.append(", best ").append(preferred.format(sameDay ? TIME : DAY_TIME));
    }
    return text.toString();
  }

  private static String channel(ChannelKind kind) {
    return switch (kind) {
      case SMS -> "SMS";
      case WHATSAPP -> "WhatsApp";
      default -> kind.name().toLowerCase(Locale.ROOT);
    };
  }

  /**
   * {@code text} on at most {@code lines} lines of at most {@code width} code points, broken at
   * spaces; the last line ends in an ellipsis when text is left over. A word longer than a line is
   * cut between code points: never inside a surrogate pair, before a combining mark (an Indic vowel
   * sign stays with its consonant) or after a virama (a conjunct stays whole).
   */
  static List<String> wrap(String text, int width, int lines) {
    String rest = text.replaceAll("\\s+", " ").strip();
    List<String> out = new ArrayList<>();
    while (!rest.isEmpty() && out.size() < lines) {
      boolean lastLine = out.size() == lines - 1;
      int room = lastLine ? width - 1 : width;
      if (rest.codePointCount(0, rest.length()) <= width) {
        out.add(rest);
        rest = "";
        break;
      }
      int limit = rest.offsetByCodePoints(0, room);
      int cut = rest.lastIndexOf(' ', limit);
      if (cut <= 0) {
        cut = limit;
        while (cut > 0 && !breakable(rest, cut)) {
          cut = rest.offsetByCodePoints(cut, -1);
        }
        if (cut == 0) {
          cut = limit;
        }
      }
      String line = rest.substring(0, cut).stripTrailing();
      rest = rest.substring(cut).strip();
      out.add(lastLine && !rest.isEmpty() ? line + "…" : line);
    }
    return out;
  }

  /**
   * Whether a line may end just before index {@code at}: not before a combining mark (a vowel sign
   * belongs to its consonant), and not after a virama or a zero-width joiner (they join the next
   * consonant into a conjunct).
   */
  private static boolean breakable(String text, int at) {
    int next = text.codePointAt(at);
    int previous = text.codePointBefore(at);
    int type = Character.getType(next);
    boolean mark =
        type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK;
    boolean joins =
        previous == 0x200D
            || Objects.requireNonNullElse(Character.getName(previous), "").contains("VIRAMA");
    return !mark && !joins;
  }
}
