"""China's provincial-level regions (and a few places readers ask about), in both languages.

Used to hold an answer to the places a question names: a question about Shandong is
not answered with a sentence about Shanxi.
"""
from __future__ import annotations

import re

# English name (as the documents spell it), then Chinese names.
PLACES: dict[str, tuple[str, ...]] = {
    "Beijing": ("北京",), "Tianjin": ("天津",), "Hebei": ("河北",), "Shanxi": ("山西",),
    "Inner Mongolia": ("内蒙古",), "Liaoning": ("辽宁",), "Jilin": ("吉林",), "Heilongjiang": ("黑龙江",),
    "Shanghai": ("上海",), "Jiangsu": ("江苏",), "Zhejiang": ("浙江",), "Anhui": ("安徽",),
    "Fujian": ("福建",), "Jiangxi": ("江西",), "Shandong": ("山东",), "Henan": ("河南",),
    "Hubei": ("湖北",), "Hunan": ("湖南",), "Guangdong": ("广东",), "Guangxi": ("广西",),
    "Hainan": ("海南",), "Chongqing": ("重庆",), "Sichuan": ("四川",), "Guizhou": ("贵州",),
    "Yunnan": ("云南",), "Tibet": ("西藏",), "Xizang": ("西藏",), "Shaanxi": ("陕西",), "Gansu": ("甘肃",),
    "Qinghai": ("青海",), "Ningxia": ("宁夏",), "Xinjiang": ("新疆",), "Hong Kong": ("香港",),
    "Macao": ("澳门",), "Macau": ("澳门",), "Taiwan": ("台湾",), "Guangzhou": ("广州",),
    "Shenzhen": ("深圳",), "Wuhan": ("武汉",), "Chengdu": ("成都",), "Hangzhou": ("杭州",),
    "Nanjing": ("南京",), "Xi'an": ("西安",), "Qingdao": ("青岛",), "Jinan": ("济南",),
    "Nanning": ("南宁",), "Xiamen": ("厦门",), "Suzhou": ("苏州",), "Shenyang": ("沈阳",),
    "Harbin": ("哈尔滨",), "Changsha": ("长沙",), "Zhengzhou": ("郑州",), "Kunming": ("昆明",),
    "Hefei": ("合肥",), "Fuzhou": ("福州",), "Lanzhou": ("兰州",), "Urumqi": ("乌鲁木齐",),
    "United States": ("美国",), "US": ("美国",), "Japan": ("日本",), "United Kingdom": ("英国",),
}

# The cities among them (the municipalities too): a figure for one is a city's own, not a province's.
CITIES = frozenset("Beijing Tianjin Shanghai Chongqing Guangzhou Shenzhen Wuhan Chengdu Hangzhou Nanjing Xi'an Qingdao Jinan "
                   "Nanning Xiamen Suzhou Shenyang Harbin Changsha Zhengzhou Kunming Hefei Fuzhou Lanzhou Urumqi".split())

# ASCII-letter boundaries, not \b: a Chinese character is a word character too, and "山东和Shanxi" names Shanxi.
_EN = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(map(re.escape, PLACES), key=len, reverse=True)) + r")(?![A-Za-z])")
_ZH_TO_EN: dict[str, list[str]] = {}
for _en, _zhs in PLACES.items():
    for _zh in _zhs:
        _ZH_TO_EN.setdefault(_zh, []).append(_en)
_ZH = re.compile("|".join(sorted(map(re.escape, _ZH_TO_EN), key=len, reverse=True)))


def places_in(text: str) -> list[tuple[str, ...]]:
    """Each place named in ``text``, as the tuple of its spellings in either language.

    >>> places_in("山东和Shanxi")
    [('山东', 'Shandong'), ('Shanxi', '山西')]
    """
    found = []
    for m in sorted(list(_EN.finditer(text)) + list(_ZH.finditer(text)), key=lambda m: m.start()):
        name = m.group(0)
        if name in PLACES:
            names = (name, *PLACES[name])
        else:
            names = (name, *_ZH_TO_EN[name])
        if names not in found:
            found.append(names)
    return found


def mentions(text: str, names: tuple[str, ...]) -> bool:
    """Whether ``text`` names the place under any of its spellings (case-sensitive in English)."""
    for name in names:
        if name.isascii():
            if re.search(r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])", text):
                return True
        elif name in text:
            return True
    return False


#: The provincial-level regions among PLACES (by Chinese name): what a document's region can be.
PROVINCES_ZH = frozenset({
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
    "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西",
    "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾",
})


def province_name(names: tuple[str, ...]) -> str:
    """The English name of a province from a ``places_in`` tuple, or "" for a city or country.

    >>> province_name(('山东', 'Shandong')), province_name(('Jinan', '济南'))
    ('Shandong', '')
    """
    zh = next((n for n in names if not n.isascii()), "")
    return _ZH_TO_EN[zh][0] if zh in PROVINCES_ZH else ""


def province_counts(text: str) -> dict[str, int]:
    """How many times each province is named in ``text``, under any of its spellings.

    >>> province_counts("Shandong and 山东; Jinan")
    {'Shandong': 2}
    """
    counts: dict[str, int] = {}
    for m in list(_EN.finditer(text)) + list(_ZH.finditer(text)):
        name = m.group(0)
        zh = PLACES[name][0] if name in PLACES else name
        if zh in PROVINCES_ZH:
            en = _ZH_TO_EN[zh][0]
            counts[en] = counts.get(en, 0) + 1
    return counts
