package org.cppcc.platform.appraisal.internal;

import java.util.List;
import jakarta.validation.Valid;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.appraisal.internal.AssessmentService.HistoryView;
import org.cppcc.platform.appraisal.internal.AssessmentService.ModelYear;
import org.cppcc.platform.appraisal.internal.AssessmentService.Ranking;
import org.cppcc.platform.appraisal.internal.AssessmentService.RulesView;
import org.cppcc.platform.appraisal.internal.AwardService.Award;
import org.cppcc.platform.appraisal.internal.AwardService.RoundSummary;
import org.cppcc.platform.appraisal.internal.AwardService.RoundView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 办理质量考核 (rules, ranking, adjustments, model units) and 优秀提案 (rounds, nominations, review, decision). */
@RestController
class AppraisalController {

    private final AssessmentService assessment;
    private final AwardService awards;

    AppraisalController(AssessmentService assessment, AwardService awards) {
        this.assessment = assessment;
        this.awards = awards;
    }

    // assessment

    @GetMapping("/api/appraisal/rules")
    RulesView rules(@RequestParam int year) {
        return assessment.rules(year);
    }

    @PutMapping("/api/appraisal/rules/{year}")
    RulesView saveRules(@PathVariable int year, @Valid @RequestBody AppraisalForms.Rules form) {
        return assessment.saveRules(CurrentUser.require(), year, form);
    }

    @GetMapping("/api/appraisal/ranking")
    Ranking ranking(@RequestParam int year, @RequestParam(required = false) Long sessionId) {
        return assessment.ranking(CurrentUser.require(), year, sessionId);
    }

    @PostMapping("/api/appraisal/ranking/{year}/adjustments")
    Ranking adjust(@PathVariable int year, @Valid @RequestBody AppraisalForms.Adjustment form) {
        assessment.adjust(CurrentUser.require(), year, form);
        return assessment.ranking(CurrentUser.require(), year, null);
    }

    @PostMapping("/api/appraisal/ranking/{year}/publish")
    Ranking publishRanking(@PathVariable int year) {
        assessment.publishRanking(CurrentUser.require(), year);
        return assessment.ranking(CurrentUser.require(), year, null);
    }

    @PutMapping("/api/appraisal/model-units/{year}")
    Ranking decideModelUnits(@PathVariable int year, @Valid @RequestBody AppraisalForms.ModelUnits form) {
        assessment.decideModelUnits(CurrentUser.require(), year, form);
        return assessment.ranking(CurrentUser.require(), year, null);
    }

    @PostMapping("/api/appraisal/model-units/{year}/publish")
    Ranking publishModelUnits(@PathVariable int year) {
        assessment.publishModelUnits(CurrentUser.require(), year);
        return assessment.ranking(CurrentUser.require(), year, null);
    }

    @GetMapping("/api/appraisal/years/{year}/history")
    List<HistoryView> yearHistory(@PathVariable int year) {
        return assessment.history(year);
    }

    // good proposals

    @GetMapping("/api/appraisal/reviewers")
    List<AwardService.Reviewer> reviewerCandidates() {
        return awards.reviewerCandidates();
    }

    @GetMapping("/api/appraisal/rounds")
    List<RoundSummary> rounds() {
        return awards.rounds(CurrentUser.require());
    }

    @PostMapping("/api/appraisal/rounds")
    RoundView open(@Valid @RequestBody AppraisalForms.Round form) {
        return awards.open(CurrentUser.require(), form);
    }

    @GetMapping("/api/appraisal/rounds/{id}")
    RoundView round(@PathVariable long id) {
        return awards.round(CurrentUser.require(), id);
    }

    @PostMapping("/api/appraisal/rounds/{id}/nominations")
    RoundView nominate(@PathVariable long id, @Valid @RequestBody AppraisalForms.Nomination form) {
        awards.nominate(CurrentUser.require(), id, form);
        return awards.round(CurrentUser.require(), id);
    }

    @PostMapping("/api/appraisal/rounds/{id}/review")
    RoundView startReview(@PathVariable long id, @Valid @RequestBody AppraisalForms.Reviewers form) {
        awards.startReview(CurrentUser.require(), id, form);
        return awards.round(CurrentUser.require(), id);
    }

    @PutMapping("/api/appraisal/nominations/{id}/review")
    void review(@PathVariable long id, @Valid @RequestBody AppraisalForms.Review form) {
        awards.review(CurrentUser.require(), id, form);
    }

    @PostMapping("/api/appraisal/rounds/{id}/decision")
    RoundView decide(@PathVariable long id, @Valid @RequestBody AppraisalForms.Decision form) {
        awards.decide(CurrentUser.require(), id, form);
        return awards.round(CurrentUser.require(), id);
    }

    @PostMapping("/api/appraisal/rounds/{id}/publish")
    RoundView publish(@PathVariable long id) {
        awards.publish(CurrentUser.require(), id);
        return awards.round(CurrentUser.require(), id);
    }

    @GetMapping("/api/appraisal/rounds/{id}/history")
    List<HistoryView> roundHistory(@PathVariable long id) {
        return awards.history(id);
    }

    // public site

    @GetMapping("/api/public/appraisal/awards")
    List<Award> publishedAwards(@RequestParam(required = false) Integer year) {
        return awards.published(year);
    }

    @GetMapping("/api/public/appraisal/proposals/{proposalId}/awards")
    List<Award> awardsOfProposal(@PathVariable long proposalId) {
        return awards.ofProposal(proposalId);
    }

    @GetMapping("/api/public/appraisal/model-units")
    List<ModelYear> modelUnits() {
        return assessment.publishedModelUnits();
    }
}
