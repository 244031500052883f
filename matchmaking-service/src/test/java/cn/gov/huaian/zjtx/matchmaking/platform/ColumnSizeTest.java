package cn.gov.huaian.zjtx.matchmaking.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos;
import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos;
import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.experts.ExpertRequest;
import cn.gov.huaian.zjtx.matchmaking.experts.TeamRequest;
import cn.gov.huaian.zjtx.matchmaking.experts.UniversityRequest;
import cn.gov.huaian.zjtx.matchmaking.imports.ImportResource;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeedRequest;
import cn.gov.huaian.zjtx.matchmaking.ranking.MatchResource;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos;
import cn.gov.huaian.zjtx.platform.architecture.ColumnSizes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every text a request can write fits its column (issue 14): see {@link ColumnSizes}. A new request
 * body must be mapped to the table it writes here.
 */
class ColumnSizeTest {
  static final List<Class<?>> CLASSES = ColumnSizes.mainClasses("cn.gov.huaian.zjtx.matchmaking");

  static final Map<Class<?>, String> BODIES =
      Map.ofEntries(
          Map.entry(TechNeedRequest.class, "tech_need"),
          Map.entry(ExpertRequest.class, "expert"),
          Map.entry(Expert.Achievement.class, ColumnSizes.NOT_STORED), // inside expert.achievements
          Map.entry(TeamRequest.class, "research_team"),
          Map.entry(UniversityRequest.class, "university"),
          Map.entry(CooperationDtos.InterestRequest.class, "interest"),
          Map.entry(CooperationDtos.CooperationRequest.class, "cooperation_record"),
          Map.entry(VpDtos.SeatRequest.class, "vp_seat"),
          Map.entry(VpDtos.ApplicationRequest.class, "vp_application"),
          Map.entry(ChallengeDtos.ChallengeRequest.class, "challenge"),
          Map.entry(ChallengeDtos.BidRequest.class, "challenge_bid"),
          Map.entry(ChallengeDtos.ScoreRequest.class, "challenge_bid"),
          Map.entry(ChallengeDtos.PublishRequest.class, "challenge"),
          // A search text is matched, never stored.
          Map.entry(MatchResource.SearchRequest.class, ColumnSizes.NOT_STORED),
          // Answers to an import's questions: a row number and SAME/DIFFERENT, parsed.
          Map.entry(ImportResource.DecisionsRequest.class, ColumnSizes.NOT_STORED),
          Map.entry(ImportResource.DecisionItem.class, ColumnSizes.NOT_STORED));

  static final Map<String, String> COLUMNS = Map.of();

  static final Map<String, String> BOUNDED =
      Map.ofEntries(
          Map.entry("TechNeedRequest.industryCode", "a GB/T 4754 code (TechNeedRules)"),
          Map.entry("TechNeedRequest.cluster", "one of the 7+3 clusters (TechNeedRules)"),
          Map.entry("SeatRequest.cluster", "one of the 7+3 clusters (VicePresidentService)"),
          Map.entry("TechNeedRequest.cooperationMode", "parsed into CooperationMode"),
          Map.entry("TechNeedRequest.regionPreference", "parsed into RegionPreference"),
          Map.entry("TechNeedRequest.status", "parsed into TechNeed.Status"),
          Map.entry("CooperationRequest.mode", "parsed into CooperationMode"),
          Map.entry("CooperationRequest.status", "parsed into CooperationRecord.Status"));

  static final Map<String, String> SYSTEM_SET =
      Map.ofEntries(
          Map.entry("expert.embedding_hash", "a SHA-256 of the embedded text"),
          Map.entry(
              "commissioner_assignment.commissioner_subject",
              "a Keycloak user id from enterprise-service's events"),
          Map.entry("tech_need.embedding_hash", "a SHA-256 of the embedded text"),
          Map.entry("tech_need.recorded_by", "the token's subject"),
          Map.entry("interest.created_by", "the token's subject"),
          Map.entry("interest.decided_by", "the token's subject"),
          Map.entry(
              "interest.decline_reason_code",
              "a DeclineReason code (≤ 13), parsed from the optional decline body"),
          Map.entry(
              "interest.decline_reason",
              "the decline body's note, checked ≤ 500 (CooperationService.decline)"),
          Map.entry("match_feedback.actor", "the token's subject"),
          Map.entry("match_feedback.reason_code", "a DeclineReason code (≤ 13)"),
          Map.entry("match_feedback.reason", "the decline's note, checked ≤ 500 before"),
          Map.entry("ranking_weights.note", "one of WeightLearning's fixed notes (< 40)"),
          Map.entry("vp_application.status", "the application's state"),
          Map.entry("vp_seat.status", "the seat's state"),
          Map.entry("tech_need.recorded_by_name", "the commissioner's user name from the token"),
          Map.entry("import_job.kind", "one of ImportKind's codes"),
          Map.entry("import_job.filename", "the upload's file name, clipped to 200 (Importer)"),
          Map.entry("import_job.status", "the job's state"),
          Map.entry(
              "import_job.ignored_columns", "headers of the file, clipped to 1000 (Importer)"),
          Map.entry("import_job.message", "the job's summary, clipped to 500 (Importer)"),
          Map.entry("import_job.created_by", "the admin's user name, clipped to 100 (Importer)"),
          Map.entry("import_row.status", "the row's state"),
          Map.entry("import_row.column_name", "a header of the file, clipped to 100 (Importer)"),
          Map.entry("import_row.message", "the row's outcome, clipped to 500 (Importer)"),
          Map.entry(
              "import_row.candidate_name",
              "a registered university's name (≤ 100, UniversityRules)"),
          Map.entry("import_row.decided_by", "the admin's user name, clipped to 100 (Importer)"));

  @Test
  void everyTextARequestWritesFitsItsColumn() {
    assertThat(
            ColumnSizes.problems(
                new ColumnSizes.Service(
                    Path.of("."), CLASSES, BODIES, COLUMNS, BOUNDED, SYSTEM_SET)))
        .isEmpty();
  }
}
