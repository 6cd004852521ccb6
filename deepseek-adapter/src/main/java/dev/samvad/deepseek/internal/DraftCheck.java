package dev.samvad.deepseek.internal;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.Money;
import dev.samvad.api.llm.DraftMessage;
import dev.samvad.api.llm.DraftedMessage;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts check of a drafted message: it states the exact amount, the invoice number and the due
 * date, and adds no link, phone number or amount that the facts do not hold. (Threats, register and
 * language are the culture engine's approach validation, run by the caller.)
 */
public final class DraftCheck {
  private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DraftCheck() {}

  /** The first problem with {@code draft} for {@code task}, if any. */
  public static Optional<String> problem(DraftedMessage draft, DraftMessage task) {
    DraftMessage.Facts facts = task.facts();
    if (task.channel() == ChannelKind.EMAIL
        && draft.subject().filter(s -> !s.isBlank()).isEmpty()) {
      return Optional.of("subject: an e-mail needs one");
    }
    if (task.channel() != ChannelKind.EMAIL && draft.subject().isPresent()) {
      return Optional.of("subject: only an e-mail has one");
    }
    String text =
        Normalizer.normalize(
            draft.subject().map(s -> s + "\n").orElse("") + draft.text(), Normalizer.Form.NFKC);
    String invoice = facts.invoiceNumber().value();
    if (!text.contains(invoice)) {
      return Optional.of("text: the invoice number is missing or altered");
    }
    List<String> amountForms = amountForms(facts.amount());
    if (amountForms.stream().noneMatch(text::contains)) {
      return Optional.of("text: the amount is missing or altered");
    }
    List<String> dateForms =
        List.of(
            Normalizer.normalize(facts.dueDateText(), Normalizer.Form.NFKC),
            DASHED.format(facts.dueDate()),
            SLASHED.format(facts.dueDate()));
    if (dateForms.stream().noneMatch(text::contains)) {
      return Optional.of("text: the due date is missing or altered");
    }
    String rest = text;
    List<String> allowed = new ArrayList<>();
    facts.payLink().ifPresent(allowed::add);
    allowed.add(invoice);
    allowed.addAll(dateForms);
    allowed.add(facts.sellerName());
    allowed.add(facts.customerName());
    facts.contactName().ifPresent(allowed::add);
    for (String a : allowed) {
      rest = rest.replace(Normalizer.normalize(a, Normalizer.Form.NFKC), " ");
    }
    if (ContentRules.hasLink(rest)) {
      return Optional.of("text: contains a link that is not the pay link");
    }
    if (ContentRules.hasPhoneNumber(rest)) {
      return Optional.of("text: contains a phone number");
    }
    List<Money> permitted = new ArrayList<>(facts.otherAmounts());
    permitted.add(facts.amount());
    for (Money m : ContentRules.amounts(rest)) {
      if (!permitted.contains(m)) {
        return Optional.of("text: states an amount that is not in the facts");
      }
    }
    return Optional.empty();
  }

  /** The amount as the renderer writes it, without the rupee sign, and without zero paise. */
  static List<String> amountForms(Money amount) {
    String formatted = amount.format();
    String plain = formatted.replace("₹", "");
    List<String> forms = new ArrayList<>(List.of(formatted, plain));
    if (amount.paise() % 100 == 0 && plain.endsWith(".00")) {
      forms.add(plain.substring(0, plain.length() - 3));
    }
    return forms;
  }
}
