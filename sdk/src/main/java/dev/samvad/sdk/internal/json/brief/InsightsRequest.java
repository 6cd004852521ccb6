package dev.samvad.sdk.internal.json.brief;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/constraint-integration/generate-insights}; covers the whole tenant. */
public record InsightsRequest(
    @Nullable AnalysisScope analysisScope, @Nullable ComparisonCriteria comparisonCriteria) {

  public record AnalysisScope(
      List<String> customerSegments, @Nullable TimeRange timeRange, List<String> analysisTypes) {
    public AnalysisScope {
      customerSegments = Fields.list(customerSegments, "customerSegments");
      analysisTypes = Fields.list(analysisTypes, "analysisTypes");
    }
  }

  public record TimeRange(@Nullable OffsetDateTime startDate, @Nullable OffsetDateTime endDate) {}

  public record ComparisonCriteria(
      @Nullable String benchmarkPeriod,
      @Nullable Boolean segmentComparison,
      @Nullable Boolean culturalComparison) {}
}
