package dev.samvad.sdk.internal.json.brief;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.model.BusinessSize;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/constraint-integration/analyze}: the brief's body plus Samvad's additions
 * {@code periodDays} (length of the analysis period, 7 to 366, default 90) and {@code tenantSize}
 * (the tenant's own enterprise size; MSMED interest is computed only for MICRO or SMALL).
 *
 * <p>{@code customerId} is a customer id, or {@code "*"} (or absent) for the whole portfolio.
 */
public record ConstraintAnalysisRequest(
    @Nullable String customerId,
    @Nullable CommunicationData communicationData,
    @Nullable RelationshipData relationshipData,
    @Nullable CulturalData culturalData,
    @Nullable Integer periodDays,
    @Nullable BusinessSize tenantSize) {

  /** The brief's communication data; {@code executions} have the shape {@link ExecutionData}. */
  public record CommunicationData(
      List<ObjectNode> campaigns,
      List<ExecutionData> executions,
      List<ObjectNode> responses,
      @Nullable ObjectNode performanceMetrics) {
    public CommunicationData {
      campaigns = Fields.list(campaigns, "campaigns");
      executions = Fields.list(executions, "executions");
      responses = Fields.list(responses, "responses");
    }
  }

  public record RelationshipData(
      @Nullable ObjectNode profile, List<String> healthHistory, List<String> riskFactors) {
    public RelationshipData {
      healthHistory = Fields.list(healthHistory, "healthHistory");
      riskFactors = Fields.list(riskFactors, "riskFactors");
    }
  }

  public record CulturalData(@Nullable ObjectNode profile, List<ObjectNode> adaptationHistory) {
    public CulturalData {
      adaptationHistory = Fields.list(adaptationHistory, "adaptationHistory");
    }
  }

  /** Checks what binding alone cannot: a non-blank customer id when one is given. */
  public ConstraintAnalysisRequest {
    if (customerId != null && customerId.isBlank()) {
      throw new InvalidInputException(
          "customerId", "must be a customer id or \"*\" for the whole portfolio");
    }
  }
}
