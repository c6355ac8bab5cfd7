-- Reply classes are a fixed enum (ReplyClass) whose labels the application serves with the other state and
-- class labels (GET /api/organisation/labels); these rows were an unused second copy with other wording.
DELETE FROM dictionary_item WHERE dict_type = 'REPLY_CLASS';
