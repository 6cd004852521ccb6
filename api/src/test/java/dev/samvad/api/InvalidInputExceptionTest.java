package dev.samvad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Field paths in errors, and the codes and statuses hosts branch on. */
class InvalidInputExceptionTest {

  @Test
  void fieldAndProblemMakeTheMessage() {
    InvalidInputException e = new InvalidInputException("gstin", "must be 15 characters");
    assertEquals("gstin", e.field());
    assertEquals("must be 15 characters", e.problem());
    assertEquals("gstin: must be 15 characters", e.getMessage());
    assertEquals(ErrorCode.INVALID_INPUT, e.code());
    assertEquals("body is empty", new InvalidInputException("", "body is empty").getMessage());
  }

  @Test
  void underPutsTheEnclosingPathInFront() {
    InvalidInputException gstin = new InvalidInputException("gstin", "bad");
    assertEquals("customerData.gstin", gstin.under("customerData").field());
    assertEquals("bad", gstin.under("customerData").problem());
    assertEquals(
        "contacts[1].phone",
        new InvalidInputException("[1].phone", "bad").under("contacts").field());
    assertEquals("amount", new InvalidInputException("", "bad").under("amount").field());
    assertEquals("a.b.c", new InvalidInputException("c", "bad").under("b").under("a").field());
    assertSame(gstin, gstin.under(""));
    InvalidInputException missing =
        new InvalidInputException(ErrorCode.MISSING_FIELD, "legalName", "is required");
    assertEquals(ErrorCode.MISSING_FIELD, missing.under("customer").code());
  }

  @Test
  void generatedBuildersReportTheFirstMissingAttribute() {
    InvalidInputException e = new InvalidInputException(new String[] {"id", "legalName"});
    assertEquals(ErrorCode.MISSING_FIELD, e.code());
    assertEquals("id", e.field());
    InvalidInputException nulled = new InvalidInputException("gstin");
    assertEquals(ErrorCode.MISSING_FIELD, nulled.code());
    assertEquals("gstin", nulled.field());
  }

  @Test
  void statusesOfTheCodesHostsSee() {
    assertEquals(400, ErrorCode.INVALID_INPUT.httpStatus());
    assertEquals(400, ErrorCode.MISSING_FIELD.httpStatus());
    assertEquals(404, ErrorCode.NOT_FOUND.httpStatus());
    assertEquals(409, ErrorCode.VERSION_CONFLICT.httpStatus());
    assertEquals(409, ErrorCode.ALREADY_EXISTS.httpStatus());
    assertEquals(409, ErrorCode.LEASE_LOST.httpStatus());
    assertEquals(413, ErrorCode.PAYLOAD_TOO_LARGE.httpStatus());
    assertEquals(501, ErrorCode.NOT_IMPLEMENTED.httpStatus());
    assertEquals(ErrorCode.NOT_FOUND, new NotFoundException("customer", "C-1").code());
    assertEquals("customer 'C-1' not found", new NotFoundException("customer", "C-1").getMessage());
  }
}
