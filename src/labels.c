/*
** labels.c — Vietnamese and English labels (see labels.h).
*/
#include "labels.h"

static const char *const vi[L_COUNT] = {
  [L_UNIT] = "Mã", [L_NAME] = "Tên đơn vị", [L_TOTAL] = "Tổng điểm", [L_RANK] = "Hạng",
  [L_STATUS] = "Trạng thái", [L_COMPLETE] = "đủ dữ liệu",
  [L_UNSCORED] = "thiếu %d chỉ số", [L_UNITS] = "đơn vị", [L_DECISION] = "Quyết định",
  [L_INDICATOR] = "Chỉ số", [L_GROUP] = "Nhóm", [L_FORMULA] = "Công thức",
  [L_PATTERN] = "Mẫu tính điểm", [L_INPUTS] = "Số liệu đầu vào", [L_STEPS] = "Các bước tính",
  [L_BRANCHES] = "Nhánh được chọn", [L_SCORE] = "Điểm", [L_MAX_POINTS] = "điểm tối đa",
  [L_EVIDENCE] = "Tài liệu kiểm chứng", [L_ROW] = "dòng", [L_COLUMN] = "cột",
  [L_BLANK] = "ô trống (thiếu dữ liệu)", [L_INVALID] = "ô không hợp lệ",
  [L_NO_COLUMN] = "không có cột", [L_CLAMPED] = "ngoài khoảng [0, tối đa], đưa về",
  [L_POINTS] = "điểm", [L_NOT_RANKED] = "không xếp hạng", [L_FINDINGS] = "Vấn đề dữ liệu",
  [L_SOURCE] = "Văn bản gốc", [L_NOTE] = "Ghi chú", [L_NONE] = "không có", [L_DATA] = "Dữ liệu", [L_FROM_PATTERN] = "sinh từ mẫu tại",
  [L_PEERS] = "So sánh giữa các đơn vị", [L_HELD_BY] = "của", [L_AMONG] = "trong số %d đơn vị có số liệu",
  [L_SUBSTITUTION] = "Thay thế điểm", [L_NOT_APPLIED] = "không áp dụng",
  [L_OTHER_INDICATORS] = "điểm các chỉ số khác của nhóm",
  [L_PERIOD] = "Năm", [L_RESULT] = "Kết quả", [L_MET_OF] = "đạt %d/%d chỉ tiêu, tỷ lệ %s %%",
  [L_MET] = "Đạt", [L_NOT_MET] = "Không đạt", [L_UNKNOWN] = "chưa xác định",
  [L_NOT_ASSIGNED] = "không giao", [L_LEVEL] = "Mức", [L_LEVEL_REACHED] = "Mức đạt",
  [L_REGISTERED] = "Mức đăng ký", [L_REGISTERED_REACHED] = "Đạt mức đăng ký",
  [L_MANDATORY] = "bắt buộc", [L_EXTENDED] = "mở rộng", [L_YES] = "có", [L_NO] = "không",
  [L_CRITERION] = "Tiêu chí", [L_VALUE] = "Giá trị", [L_TARGET] = "Chỉ tiêu",
  [L_RECOGNITION] = "Công nhận", [L_RULE] = "Điều kiện", [L_NO_LEVEL] = "chưa đạt mức 1",
  [L_CHILDREN] = "Đơn vị trực thuộc", [L_LEGAL] = "Căn cứ", [L_RESPONSIBLE] = "Người phụ trách",
  [L_AGENCY] = "Đơn vị chủ trì", [L_OUTCOME] = "Kết luận", [L_LEVEL_RULE] = "Quy tắc xác định mức", [L_INCOMPLETE] = "thiếu dữ liệu", [L_NONE_ASSIGNED] = "không có chỉ tiêu nào được giao",
  [L_REPORT] = "Báo cáo đánh giá", [L_ISSUED] = "ngày ban hành", [L_ISSUER] = "Cơ quan ban hành",
  [L_PROVINCE] = "Tỉnh", [L_SCRIPT] = "Bộ tiêu chí", [L_RESULTS] = "Kết quả đánh giá",
  [L_SORT_HINT] = "Nhấn vào tiêu đề cột để sắp xếp; nhấn vào mã đơn vị để xem diễn giải.",
  [L_BARS] = "Điểm theo nhóm", [L_BARS_MET] = "Số chỉ tiêu đạt",
  [L_DERIVATIONS] = "Diễn giải từng đơn vị",
  [L_READ_HINT] = "Mở một đơn vị, rồi một chỉ số: công thức, số liệu đầu vào với tệp:dòng và cột, các bước tính, nhánh được chọn, điểm.",
  [L_ALL_FINDINGS] = "Tất cả vấn đề được phát hiện", [L_NO_FINDINGS] = "Không có vấn đề nào.",
  [L_PERIODS_JUDGED] = "Năm đánh giá",
};

static const char *const en[L_COUNT] = {
  [L_UNIT] = "Unit", [L_NAME] = "Name", [L_TOTAL] = "Total", [L_RANK] = "Rank",
  [L_STATUS] = "Status", [L_COMPLETE] = "complete",
  [L_UNSCORED] = "%d indicators unscored", [L_UNITS] = "units", [L_DECISION] = "Decision",
  [L_INDICATOR] = "Indicator", [L_GROUP] = "Group", [L_FORMULA] = "Formula",
  [L_PATTERN] = "Pattern", [L_INPUTS] = "Inputs", [L_STEPS] = "Steps",
  [L_BRANCHES] = "Branches taken", [L_SCORE] = "Score", [L_MAX_POINTS] = "max points",
  [L_EVIDENCE] = "Evidence", [L_ROW] = "row", [L_COLUMN] = "column",
  [L_BLANK] = "blank cell (missing data)", [L_INVALID] = "invalid cell",
  [L_NO_COLUMN] = "no column", [L_CLAMPED] = "outside [0, max], brought to",
  [L_POINTS] = "points", [L_NOT_RANKED] = "not ranked", [L_FINDINGS] = "Data problems",
  [L_SOURCE] = "Decision text", [L_NOTE] = "Note", [L_NONE] = "none", [L_DATA] = "Data", [L_FROM_PATTERN] = "expanded from the pattern at",
  [L_PEERS] = "Across units", [L_HELD_BY] = "held by", [L_AMONG] = "among %d units with a value",
  [L_SUBSTITUTION] = "Substitution", [L_NOT_APPLIED] = "not applied",
  [L_OTHER_INDICATORS] = "points of the group's other indicators",
  [L_PERIOD] = "Year", [L_RESULT] = "Result", [L_MET_OF] = "%d/%d criteria met, %s %%",
  [L_MET] = "Met", [L_NOT_MET] = "Not met", [L_UNKNOWN] = "unknown",
  [L_NOT_ASSIGNED] = "not assigned", [L_LEVEL] = "Level", [L_LEVEL_REACHED] = "Level reached",
  [L_REGISTERED] = "Registered", [L_REGISTERED_REACHED] = "Registered level reached",
  [L_MANDATORY] = "mandatory", [L_EXTENDED] = "extended", [L_YES] = "yes", [L_NO] = "no",
  [L_CRITERION] = "Criterion", [L_VALUE] = "Value", [L_TARGET] = "Target",
  [L_RECOGNITION] = "Recognition", [L_RULE] = "Rule", [L_NO_LEVEL] = "level 1 not reached",
  [L_CHILDREN] = "Children", [L_LEGAL] = "Legal basis", [L_RESPONSIBLE] = "Responsible",
  [L_AGENCY] = "Lead agency", [L_OUTCOME] = "Outcome", [L_LEVEL_RULE] = "Level rule", [L_INCOMPLETE] = "incomplete", [L_NONE_ASSIGNED] = "no criterion assigned",
  [L_REPORT] = "Assessment report", [L_ISSUED] = "issued", [L_ISSUER] = "Issued by",
  [L_PROVINCE] = "Province", [L_SCRIPT] = "Criteria script", [L_RESULTS] = "Results",
  [L_SORT_HINT] = "Click a column header to sort; click a unit's code to see its derivation.",
  [L_BARS] = "Points per group", [L_BARS_MET] = "Criteria met",
  [L_DERIVATIONS] = "Derivation per unit",
  [L_READ_HINT] = "Open a unit, then an indicator: the formula, the inputs with file:row and column, the steps, the branch taken, the score.",
  [L_ALL_FINDINGS] = "All problems found", [L_NO_FINDINGS] = "No problems.",
  [L_PERIODS_JUDGED] = "Year judged",
};

const char *label(Lang lang, LabelId id) {
  const char *s = (lang == LANG_EN ? en : vi)[id];
  return s ? s : "?";
}
