-- Who a reminder really went to, in the words its notice uses (承办单位联络员; 承办单位账户（未设分管领导）;
-- 提案委 …): the board and the proposal's supervision page show this rather than what the level would
-- ideally reach. Rows written before this column stay NULL and are described by their level.
ALTER TABLE supervision_reminder ADD COLUMN audience VARCHAR(100) NULL;
