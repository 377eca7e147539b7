"""The page's words in English and Chinese, and the example questions.

The page follows its language switch, or in "auto" the language of the last question.
"""
from __future__ import annotations

#: The page's words in both languages; the page follows the switch, or in "auto" the question.
UI: dict[str, dict[str, str]] = {
    "en": {
        "title": "Medical insurance policy Q&A",
        "intro": "Answers are quoted from the policy documents, with numbered sources. "
                 "Ask in English or Chinese; follow-ups such as “And in Shandong?” are understood.",
        "chat": "Chat",
        "question": "Your question",
        "placeholder": "e.g. What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?",
        "send": "Ask",
        "clear": "Clear chat",
        "settings": "Settings",
        "k": "Passages to search (k)",
        "mode": "Answer mode",
        "extractive": "Extractive (quotes)",
        "generative": "Generative (LLM)",
        "language": "Page language",
        "examples": "Example questions",
        "sources": "Sources",
        "source": "Source",
        "file": "file",
        "position": "characters",
        "page": "page",
        "understood": "Understood as:",
        "closest": "Closest passages (they do not answer the question)",
        "not_found": "Not in the documents",
        "searched_with": "Also searched for:",
        "generative_off": "Generative mode needs a language model: set QA_LLM_BASE_URL "
                          "(and restart). Answering with quotes instead.",
        "generative_needs": "Generative mode needs QA_LLM_BASE_URL",
        "generative_on": "Generative mode uses the model at QA_LLM_BASE_URL; answers are checked against the sources.",
        "llm_failed": "The language model did not answer ({error}); showing the quoted answer instead.",
        "error": "Could not answer: {error}",
        "filter": "Filter",
        "region": "Region",
        "all_regions": "All regions",
        "date_from": "From date",
        "date_to": "To date",
        "date_placeholder": "e.g. 2023 or 2023-06",
        "filter_region": "region {}",
        "filter_from": "from {}",
        "filter_to": "to {}",
        "filter_join": ", ",
        "filter_active": "Filter: {filter} (only matching documents were searched).",
        "filter_empty": "No documents match the filter: {filter}; widen or clear the filter.",
        "bad_date": "{field} “{value}” is not a date: type a year (2023), a month (2023-06) or a day "
                    "(2023-06-15), or leave it empty.",
        "bad_range": "From date {date_from} is after To date {date_to}: put the earlier date in From date.",
        "empty_chat": "Ask about China's basic medical insurance policy, or click an example:",
        "uploaded_on": "uploaded on {date}",
        "sources_count": "Sources ({n})",
    },
    "zh": {
        "title": "医保政策问答",
        "intro": "答案摘自政策文件，并附编号来源。可用中文或英文提问；也能理解“那山东呢？”这样的追问。",
        "chat": "对话",
        "question": "您的问题",
        "placeholder": "例如：山东基层医疗机构门诊报销比例是多少？",
        "send": "提问",
        "clear": "清空对话",
        "settings": "设置",
        "k": "检索段落数 (k)",
        "mode": "回答方式",
        "extractive": "摘录（原文引用）",
        "generative": "生成（大模型）",
        "language": "页面语言",
        "examples": "示例问题",
        "sources": "来源",
        "source": "来源",
        "file": "文件",
        "position": "字符位置",
        "page": "页",
        "understood": "理解为：",
        "closest": "最接近的段落（并不回答这个问题）",
        "not_found": "文档中没有答案",
        "searched_with": "同时检索：",
        "generative_off": "生成模式需要大语言模型：请设置 QA_LLM_BASE_URL 并重启。现在改用原文摘录回答。",
        "generative_needs": "生成模式需要设置 QA_LLM_BASE_URL",
        "generative_on": "生成模式使用 QA_LLM_BASE_URL 指向的模型；答案会与来源核对。",
        "llm_failed": "大语言模型没有回答（{error}）；改为显示原文摘录的答案。",
        "error": "无法回答：{error}",
        "filter": "筛选",
        "region": "地区",
        "all_regions": "全部地区",
        "date_from": "起始日期",
        "date_to": "截止日期",
        "date_placeholder": "如 2023 或 2023-06",
        "filter_region": "地区 {}",
        "filter_from": "从 {}",
        "filter_to": "到 {}",
        "filter_join": "，",
        "filter_active": "筛选：{filter}（只检索了符合条件的文档）。",
        "filter_empty": "没有文档符合筛选条件：{filter}；请放宽或清除筛选。",
        "bad_date": "{field}“{value}”不是日期：请输入年份（2023）、年月（2023-06）或年月日（2023-06-15），或留空。",
        "bad_range": "起始日期 {date_from} 晚于截止日期 {date_to}：请把较早的日期填在起始日期。",
        "empty_chat": "请就基本医疗保险政策提问，或点击一个示例：",
        "uploaded_on": "上传于 {date}",
        "sources_count": "来源（{n}）",
    },
}


#: Shown in the empty chat, in the page's language; clicking one asks it.
EXAMPLES: dict[str, list[str]] = {
    "en": [
        "What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?",
        "Which province's direct settlement for remote medical treatment covers all counties?",
        "What share of medical insurance matters in Sichuan can be handled online?",
    ],
    "zh": [
        "山东基层医疗机构门诊报销比例是多少？",
        "四川有多少比例的医保事项实现了网上办理？",
        "山东长期护理保险覆盖了哪些人群？",
    ],
}


def ui_strings(lang: str) -> dict[str, str]:
    """The page's words in ``lang`` (English for a language the page does not have)."""
    return UI.get(lang, UI["en"])
