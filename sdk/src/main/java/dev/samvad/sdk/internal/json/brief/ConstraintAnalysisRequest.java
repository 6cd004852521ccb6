package dev.samvad.sdk.internal.json.brief;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/constraint-integration/analyze}. */
public record ConstraintAnalysisRequest(
    CustomerId customerId,
    @Nullable CommunicationData communicationData,
    @Nullable RelationshipData relationshipData,
    @Nullable CulturalData culturalData) {

  public ConstraintAnalysisRequest {
    InvalidInputException.require(customerId, "customerId");
  }

  public record CommunicationData(
      List<ObjectNode> campaigns,
      List<ObjectNode> executions,
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
}
