package dev.samvad.channel;

import dev.samvad.api.InvalidInputException;
import java.net.URI;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Something sent with a message: the host's own document (an invoice PDF, a statement) as bytes, or
 * a link to it. Samvad never renders documents; the host hands them over.
 */
public sealed interface Attachment {

  /**
   * A document carried as bytes, at most {@link #MAX_BYTES}.
   *
   * <p>The bytes are copied on construction and on every {@link #bytes()} call, so the value stays
   * immutable; equality compares contents.
   *
   * @param fileName the name the recipient sees, 1 to 255 characters without path separators
   * @param mediaType such as {@code application/pdf}
   * @param bytes the document, 1 byte to {@link #MAX_BYTES}
   */
  record Document(String fileName, String mediaType, byte[] bytes) implements Attachment {
    /** Largest document accepted: 10 MiB, below what common e-mail and WhatsApp providers take. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Pattern MEDIA_TYPE =
        Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

    /** Validates; throws {@link InvalidInputException} naming the offending field. */
    public Document {
      fileName = Texts.required(fileName, "attachment.fileName", 255);
      if (fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0) {
        throw new InvalidInputException("attachment.fileName", "must not contain '/' or '\\'");
      }
      InvalidInputException.require(mediaType, "attachment.mediaType");
      mediaType = mediaType.strip().toLowerCase(Locale.ROOT);
      if (!MEDIA_TYPE.matcher(mediaType).matches()) {
        throw new InvalidInputException(
            "attachment.mediaType", "must look like type/subtype, e.g. application/pdf");
      }
      InvalidInputException.require(bytes, "attachment.bytes");
      if (bytes.length == 0) {
        throw new InvalidInputException("attachment.bytes", "must not be empty");
      }
      if (bytes.length > MAX_BYTES) {
        throw new InvalidInputException(
            "attachment.bytes", "must be at most " + MAX_BYTES + " bytes, was " + bytes.length);
      }
      bytes = bytes.clone();
    }

    /** A PDF document. */
    public static Document pdf(String fileName, byte[] bytes) {
      return new Document(fileName, "application/pdf", bytes);
    }

    /** A copy of the document's bytes. */
    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    /** The document's size in bytes, without copying it. */
    public int size() {
      return bytes.length;
    }

    /** The SHA-256 digest of the bytes, lower-case hex. */
    public String sha256() {
      try {
        return HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Document d
          && fileName.equals(d.fileName)
          && mediaType.equals(d.mediaType)
          && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
      return (fileName.hashCode() * 31 + mediaType.hashCode()) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Document[fileName="
          + fileName
          + ", mediaType="
          + mediaType
          + ", size="
          + size()
          + "]";
    }
  }

  /**
   * A link to a document the host serves itself.
   *
   * @param url an absolute {@code https} or {@code http} URL, at most 2,048 characters
   */
  record Link(URI url) implements Attachment {
    /** Validates; throws {@link InvalidInputException} naming {@code attachment.url}. */
    public Link {
      InvalidInputException.require(url, "attachment.url");
      String scheme = url.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          || url.getHost() == null) {
        throw new InvalidInputException("attachment.url", "must be an absolute http(s) URL");
      }
      if (url.toString().length() > 2_048) {
        throw new InvalidInputException("attachment.url", "must be at most 2048 characters");
      }
    }

    /** A link from text; throws {@link InvalidInputException} naming {@code attachment.url}. */
    public static Link of(String url) {
      InvalidInputException.require(url, "attachment.url");
      try {
        return new Link(new URI(url.strip()));
      } catch (java.net.URISyntaxException e) {
        throw new InvalidInputException("attachment.url", "is not a valid URL");
      }
    }
  }
}
