-- Each activity's own key for its sign-in codes, kept with the activity so that every node checks a code shown by
-- any other (a secret drawn per node would fail a code shown by the other node behind the load balancer).
ALTER TABLE duty_activity ADD COLUMN sign_in_key VARCHAR(64) NULL;
