-- Reference dictionaries every installation starts with (DOMAIN.md); administrators may extend them.
INSERT INTO dictionary_item (dict_type, code, label, sort_order) VALUES
  ('PROPOSAL_CATEGORY', 'ECONOMY',     '经济建设',     1),
  ('PROPOSAL_CATEGORY', 'POLITICS',    '政治建设',     2),
  ('PROPOSAL_CATEGORY', 'CULTURE',     '文化建设',     3),
  ('PROPOSAL_CATEGORY', 'SOCIETY',     '社会建设',     4),
  ('PROPOSAL_CATEGORY', 'ECOLOGY',     '生态文明建设', 5),
  ('PROPOSAL_CATEGORY', 'OTHER',       '其他',         6),
  ('REPLY_CLASS', 'A', 'A类：所提问题已经解决或基本解决，建议已采纳', 1),
  ('REPLY_CLASS', 'B', 'B类：所提问题正在解决或已列入计划逐步解决', 2),
  ('REPLY_CLASS', 'C', 'C类：因条件限制暂时不能解决，留作参考',     3),
  ('REFUSAL_REASON', 'NOT_ONE_MATTER',   '不符合一事一案要求',             1),
  ('REFUSAL_REASON', 'OUT_OF_SCOPE',     '不属于本级政协提案受理范围',     2),
  ('REFUSAL_REASON', 'NO_SUGGESTION',    '内容空泛，缺乏具体建议',         3),
  ('REFUSAL_REASON', 'LEGAL_PROCESS',    '涉及司法诉讼等已进入法定程序的事项', 4),
  ('REFUSAL_REASON', 'PERSONAL_MATTER',  '属于个人或少数人的具体事务',     5),
  ('REFUSAL_REASON', 'DUPLICATE',        '与已立案提案重复',               6),
  ('REFUSAL_REASON', 'OTHER',            '其他原因',                       7);
