package dev.samvad.culture.message;

/** The texts each intent × formality holds, one per channel shape. */
public enum TemplateField {
  EMAIL_SUBJECT("emailSubject"),
  EMAIL_BODY("emailBody"),
  SMS("sms"),
  WHATSAPP("whatsapp"),
  VOICE("voice");

  private final String key;

  TemplateField(String key) {
    this.key = key;
  }

  /** The JSON key. */
  public String key() {
    return key;
  }

  /**
   * True when a money-asking message must carry amount, invoice number and due date in this field
   * (a subject line is too short to be held to that).
   */
  public boolean carriesMandatoryFacts() {
    return this != EMAIL_SUBJECT;
  }
}
