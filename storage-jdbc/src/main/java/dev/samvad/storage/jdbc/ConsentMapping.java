package dev.samvad.storage.jdbc;

import static dev.samvad.storage.jdbc.Mapping.Column.json;

import dev.samvad.api.consent.ConsentRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@link Mapping} of the consent ledgers ({@code V4__consent.sql}): one JSON document per
 * customer. Kept beside {@link Mappings} rather than in it, as the consent feature's own addition.
 */
final class ConsentMapping {
  private ConsentMapping() {}

  static final Mapping<ConsentRecord> CONSENTS =
      new Mapping<>(
          "samvad.consents", "customer_id", "consent record", List.of(json("doc")), "doc") {
        @Override
        String idOf(ConsentRecord value) {
          return value.customerId().value();
        }

        @Override
        int bind(PreparedStatement s, int i, ConsentRecord v) throws SQLException {
          s.setString(i++, Documents.write(v));
          return i;
        }

        @Override
        ConsentRecord read(ResultSet row) throws SQLException {
          return Documents.read(row.getString("doc"), ConsentRecord.class);
        }
      };
}
