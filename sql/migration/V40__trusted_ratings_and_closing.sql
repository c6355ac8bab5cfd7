-- A matter closed although its official (verified) ratings were unsatisfied: the liaison's reason stays in
-- conclusion_comment and the public page shows it beside this mark. Which ratings are official follows from
-- consultation_evaluation.evaluator_kind: the raiser (tracking code + phone, or their own account) and members
-- count; other residents' ratings (RESIDENT) are unverified and shown apart.
ALTER TABLE consultation_matter ADD COLUMN closed_against_ratings BOOLEAN NOT NULL DEFAULT FALSE;
