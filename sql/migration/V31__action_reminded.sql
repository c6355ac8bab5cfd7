-- Step 5's reminders are events now (MatterEvent.ActionDue): the scan marks an action reminded with a
-- compare-and-set on these columns, in the transaction that publishes the event, so that each action is
-- reminded once when due soon and once when overdue however many nodes scan.
ALTER TABLE consultation_action ADD COLUMN due_soon_reminded_at DATETIME(3) NULL;
ALTER TABLE consultation_action ADD COLUMN overdue_reminded_at DATETIME(3) NULL;
