package dev.samvad.examples.jsonapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.examples.ExitCode;
import dev.samvad.sdk.JsonApi;
import dev.samvad.sdk.JsonResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Runs {@code samvad api --batch}: one request per input line, one response per output line, all
 * against the same embedded Samvad so later requests see what earlier ones wrote.
 *
 * <p>Input line: {@code {"method": "POST", "path": "/api/v1/...", "tenant": "acme", "body": {...}}}
 * — {@code tenant} and {@code body} are optional, and {@code body} may be any JSON value, sent as
 * its JSON text. Output line: {@code {"status": 201, "body": {...}}}, the body parsed back into
 * JSON ({@code null} when the API answered without content).
 *
 * <p>Each answer is written and flushed before the next line is read, so a program driving the
 * command through a pipe can use an id from one answer in its next request. A line that is not a
 * request (bad JSON, missing method or path, a bad tenant) gets a 400 answer in the API's error
 * shape and the batch goes on. Blank lines are skipped.
 */
final class BatchRunner {
  private final JsonApi api;
  private final TenantId defaultTenant;
  private final boolean tenantFromCommandLine;
  private final PrintStream out;

  BatchRunner(JsonApi api, TenantId defaultTenant, boolean tenantFromCommandLine, PrintStream out) {
    this.api = api;
    this.defaultTenant = defaultTenant;
    this.tenantFromCommandLine = tenantFromCommandLine;
    this.out = out;
  }

  /** Answers every line; returns the worst exit code of the answers. */
  int run(BufferedReader lines) throws IOException {
    int exit = ExitCode.OK;
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      ObjectNode answer = answer(line, number);
      out.println(JsonText.compact(answer));
      out.flush();
      exit = ExitCode.worse(exit, ExitCode.forStatus(answer.get("status").intValue()));
    }
    return exit;
  }

  private ObjectNode answer(String line, int number) {
    JsonNode request;
    try {
      request = JsonText.parse(line);
    } catch (JsonProcessingException e) {
      return rejected(
          "MALFORMED_JSON",
          "line " + number + " is not valid JSON: " + e.getOriginalMessage(),
          Optional.empty());
    }
    if (request == null || !request.isObject()) {
      return rejected(
          "INVALID_INPUT",
          "line " + number + " must be a JSON object {\"method\",\"path\",\"tenant\",\"body\"}",
          Optional.empty());
    }
    Optional<ObjectNode> problem =
        requiredText(request, "method", number).or(() -> requiredText(request, "path", number));
    if (problem.isPresent()) {
      return problem.get();
    }
    JsonNode bodyNode = request.path("body");
    String body = bodyNode.isMissingNode() || bodyNode.isNull() ? "" : JsonText.compact(bodyNode);
    TenantId tenant;
    JsonNode tenantNode = request.path("tenant");
    if (tenantNode.isMissingNode() || tenantNode.isNull()) {
      tenant =
          tenantFromCommandLine
              ? defaultTenant
              : ApiCommand.tenantInBody(body).orElse(defaultTenant);
    } else if (!tenantNode.isTextual()) {
      return rejected(
          "WRONG_TYPE", "line " + number + ": tenant must be a string", Optional.of("tenant"));
    } else {
      try {
        tenant = new TenantId(tenantNode.asText());
      } catch (InvalidInputException e) {
        return rejected(
            "INVALID_INPUT", "line " + number + ": tenant " + e.problem(), Optional.of("tenant"));
      }
    }
    JsonResponse response =
        api.handle(
            ApiCommand.request(
                request.get("method").asText(), request.get("path").asText(), body, tenant));
    ObjectNode answer = JsonText.object();
    answer.put("status", response.status());
    answer.set("body", bodyOf(response.body()));
    return answer;
  }

  private static Optional<ObjectNode> requiredText(JsonNode request, String field, int number) {
    JsonNode value = request.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.of(
          rejected(
              "MISSING_FIELD",
              "line " + number + ": " + field + " is required",
              Optional.of(field)));
    }
    if (!value.isTextual()) {
      return Optional.of(
          rejected(
              "WRONG_TYPE",
              "line " + number + ": " + field + " must be a string",
              Optional.of(field)));
    }
    return Optional.empty();
  }

  private static JsonNode bodyOf(String text) {
    if (text.isBlank()) {
      return NullNode.getInstance();
    }
    return JsonText.tryParse(text).orElseGet(() -> TextNode.valueOf(text));
  }

  private static ObjectNode rejected(String code, String message, Optional<String> field) {
    ObjectNode answer = JsonText.object();
    answer.put("status", 400);
    answer.set("body", JsonText.error(400, code, message, field));
    return answer;
  }
}
