//! Labelled facts in the text around a headline: `来源：X`, `作者：X`,
//! `记者 X Y`, `责任编辑：X`, `发布时间：…`, `类别：X`, `栏目：X`, and the
//! English `By X`, `Source: X`, `Edited by X`, `Published …`.
//!
//! A label's value runs to the next label, a separator (`|`, `·`, a line
//! break, two spaces) or, for Chinese values, the next space (a Chinese
//! source never contains one; reporter names are the exception and are kept
//! as space-separated short names, as the page shows them).

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::dates;
use crate::dom::{collapse_ws, is_cjk, is_han};

/// Which fact a label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    /// 来源 / Source.
    Source,
    /// 作者 / 记者 / By / Author.
    Author,
    /// 责任编辑 / 编辑 / Edited by.
    Editor,
    /// 编辑 beside a 责任编辑 in one line, or without its colon in a line
    /// of roles (`编辑 刘梦婕 校对 李立军`): the desk's editor, no author, and
    /// the editor only where no label names one.
    CopyEditor,
    /// 编译 / 翻译 / 译者: the translator, no author.
    Translator,
    /// 发布时间 / 时间 / 日期 / Published.
    Published,
    /// 类别 / 栏目 / 分类.
    Category,
}

/// A label word (`来源`, `作者`, `By`, `Published`, …) and its colon, if any;
/// [`field_of`] says which fact it introduces. A credit for data or a
/// picture (`数据来源`, `图片来源`, `题图来源`, `资料来源`, `图源`) is matched whole, so
/// that its `来源` is read as no source label.
///
/// No Unicode word boundary (`\b`) here: on text with letters outside
/// ASCII it makes the regex engine leave its lazy DFA for a backtracker
/// that slows with every word added (tenfold on this pattern). The words it
/// would bound (`Szerző`, `Автор`, `Izvor`) label only with their colon.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    // Each opening lead word capitalised or not (`Von`, `von`).
    let lead_words: Vec<String> = OPENING_LEAD_WORDS
        .iter()
        .map(|w| format!("[{}{}]{}", w[..1].to_uppercase(), &w[..1], &w[1..]))
        .collect();
    Regex::new(&format!(
        r"(?x)
        (?P<lab>
            数据来源|图片来源|(?:题|头|封面)图来源|资料来源|图源|
            责任编辑|责编|编辑|编译|翻译|译者|文字|文[/／]图|文[/／|｜:：]|报道|撰稿|撰文[/／]?|采写|供稿单位|发布单位|发布机构|发文机关|供稿|来源|稿源|信息来源|文章来源|转载自|转自|本文来自(?:微信公众号)?|出处|作者|记者|通讯员|摄影|
            发布时间|发表时间|发表于|发稿时间|发布日期|更新时间|时间|日期|类别|栏目|分类|频道|当前版|當前版|字号|浏览次数|阅读量|
            Napisała?|Szerző|Yazar|Автор|Toimetaja|Извор|Izvor|
            (?-u:\b)(?:Source|Edited\ by|Editor|Author|Text|Texto|Texte|Autor:in(?:nen)?|Autorin(?:nen)?|Autoren|Autor|Published|Updated|Posted|Photo|By|by|{})(?-u:\b)
        )
        \s*(?P<sep>[:：|｜])?",
        lead_words.join("|")
    ))
    .expect("valid regex")
});

/// The fact a label introduces, `None` for a label word that is no label
/// here (most need their colon).
fn field_of(label: &str, has_colon: bool) -> Option<Field> {
    let f = match label {
        "来源" | "稿源" | "信息来源" | "文章来源" => Field::Source,
        // A repost's note naming the official account it comes from
        // (`本文来自微信公众号：新零售商业评论（ID：xinlingshouping），作者：周宇`).
        "本文来自微信公众号" | "本文来自" => Field::Source,
        // The unit that contributed the copy (`供稿单位：材料科学与工程学院`)
        // or that issues it (`发布单位：就业促进司`, `发布机构：`, a
        // government document's `发文机关：`).
        "供稿单位" | "发布单位" | "发布机构" | "发文机关" => Field::Source,
        // A repost's origin (`转自：人民网`, `转载自：`, `出处：`).
        "转载自" | "转自" | "出处" => Field::Source,
        // Serbian, Croatian, Bosnian and Macedonian `Извор:` / `Izvor:`.
        "Source" | "Извор" | "Izvor" if has_colon => Field::Source,
        "作者" | "Author" if has_colon => Field::Author,
        // The writing's credit beside the pictures' (`Text: Jana Roe |
        // Fotos: Tim Doe`, `Texto:`, `Texte :`).
        "Text" | "Texto" | "Texte" if has_colon => Field::Author,
        // Polish `Napisał:` / `Napisała:` (wrote), Hungarian `Szerző:`,
        // Turkish `Yazar:`, Russian `Автор:` (author).
        "Napisał" | "Napisała" | "Szerző" | "Yazar" | "Автор" if has_colon => Field::Author,
        // The writing's credit beside the pictures' (`文字：王晨　摄影：李响`),
        // and a report's (`报道：杨凯斌`, `撰稿：`, `撰文：`, `采写：`).
        "文字" | "报道" | "撰稿" | "撰文" | "采写" | "供稿" if has_colon => {
            Field::Author
        }
        // The writing's credit with a slash or a colon (`文/创新创业学院
        // 杨帆`, `文：X`, `撰文/X`), or the writing's and the pictures'
        // (`文/图：X`).
        l if l.starts_with('文') && l.len() > '文'.len_utf8() => Field::Author,
        "撰文/" | "撰文／" => Field::Author,
        l if has_colon && is_german_author_label(l) => Field::Author,
        "记者" => Field::Author,
        // A correspondent credited alone (`（通讯员：覃玉洁 刘思远）`); beside
        // a reporter it is read on as a co-writer.
        "通讯员" if has_colon => Field::Author,
        "责任编辑" | "责编" => Field::Editor,
        // Estonian `Toimetaja:` (editor).
        "编辑" | "Editor" | "Toimetaja" if has_colon => Field::Editor,
        "Edited by" => Field::Editor,
        "编译" | "翻译" | "译者" if has_colon => Field::Translator,
        "发布时间" | "发表时间" | "发稿时间" | "发布日期" | "时间" | "日期" if has_colon => {
            Field::Published
        }
        // `发表于 2024-05-06` (published on) ends the names before it.
        "发布时间" | "发表时间" | "发表于" | "发稿时间" | "发布日期" => {
            Field::Published
        }
        "Published" | "Posted" => Field::Published,
        "类别" | "栏目" | "分类" | "频道" if has_colon => Field::Category,
        // An e-paper's page, its number before its name (`当前版：A02：澳聞`).
        "当前版" | "當前版" if has_colon => Field::Category,
        _ => return None,
    };
    // Chinese source labels need a colon: `来源于网络` is prose.
    if f == Field::Source && !has_colon {
        return None;
    }
    Some(f)
}

/// Byline lead words that lead one only where they open the text: German
/// `von`, Spanish and Portuguese `por`, French `par`, Malay and
/// Indonesian `oleh`, Dutch `door`, Albanian `nga` (each also opens prose:
/// `Von Montag an`, `Por otro lado`, `Nga ana tjetër`).
const OPENING_LEAD_WORDS: [&str; 6] = ["von", "por", "par", "oleh", "door", "nga"];

/// Whether `label` is one of [`OPENING_LEAD_WORDS`], in any case.
fn is_lead_word_label(label: &str) -> bool {
    OPENING_LEAD_WORDS
        .iter()
        .any(|w| label.eq_ignore_ascii_case(w))
}

/// Whether `label` is a German author label (`Autor`, `Autorin`,
/// `Autorinnen`, `Autoren`).
fn is_german_author_label(label: &str) -> bool {
    matches!(label, "Autor" | "Autorin" | "Autorinnen" | "Autoren")
}

/// Separators between the facts of one meta line.
const FACT_SEPARATORS: [char; 3] = ['|', '｜', '丨'];

/// Whether a Chinese source label without a colon, at `start..end` of
/// `text`, is still a label: in a line of facts split by `|` the label may
/// be glued to its value (`发表于2014-08-24| 来源CSDN| 作者魏星`). It must
/// start the line or follow a separator, and a short value must run to the
/// next separator; `来源于…` / `来源自…` is prose.
fn glued_source(text: &str, lab: &str, start: usize, end: usize) -> bool {
    if !matches!(lab, "来源" | "稿源" | "信息来源" | "文章来源") {
        return false;
    }
    let before = text[..start].trim_end();
    let after = &text[end..];
    let Some(value_end) = after.find(FACT_SEPARATORS) else {
        return false;
    };
    let value = after[..value_end].trim();
    (before.is_empty() || before.ends_with(FACT_SEPARATORS))
        && (1..=20).contains(&value.chars().count())
        && !value.starts_with(['于', '自'])
}

/// Whether an author label without a colon, at `start..end` of `text`, is
/// still a label: in a line of facts split by `|` the last fact may be the
/// author glued to its label (`发表于2014-08-24| 来源CSDN| 作者魏星`). It
/// must follow a separator and its value, a short Chinese name, must run to
/// the next separator or the end of the line; `作者认为…` is prose.
fn glued_author(text: &str, lab: &str, start: usize, end: usize) -> bool {
    if lab != "作者" || !text[..start].trim_end().ends_with(FACT_SEPARATORS) {
        return false;
    }
    let after = &text[end..];
    let value = after[..after.find(FACT_SEPARATORS).unwrap_or(after.len())].trim();
    (2..=5).contains(&value.chars().count()) && value.chars().all(is_cjk)
}

/// Whether an editor's label without a colon, at `start..end` of `text`,
/// still credits the editor: a line of roles (`编辑 刘梦婕 校对 李立军`,
/// `每经记者 王帆 每经编辑 陈旭`, `值班编辑 李娜`). The label opens the
/// line or a word, maybe after two characters naming the paper or the
/// shift (`总编辑` and `副总编辑` name the paper's head), and a space
/// parts it from a name of two to four Han characters, which ends there.
fn bare_editor_credit(text: &str, lab: &str, start: usize, end: usize) -> bool {
    if lab != "编辑" {
        return false;
    }
    let before = &text[..start];
    let word = before.trim_end_matches(is_han);
    let prefix = &before[word.len()..];
    let opens =
        word.is_empty() || word.ends_with(char::is_whitespace) || word.ends_with(FACT_SEPARATORS);
    let after = &text[end..];
    let name = after.trim_start();
    let name = &name[..name
        .find(|c: char| c.is_whitespace() || FACT_SEPARATORS.contains(&c))
        .unwrap_or(name.len())];
    opens
        && (prefix.is_empty() || (prefix.chars().count() == 2 && !prefix.ends_with('总')))
        && text[start + lab.len()..].starts_with(char::is_whitespace)
        && is_han_name(name)
}

/// Whether a bare `时间` / `日期` label at `start` of `text` ends a longer
/// label of another time than the publication (`活动时间`, `截止日期`,
/// `营业时间`, a government document's `成文日期`, the day it was signed,
/// beside its `发布日期`); a label of when the text was posted (`发表日期`,
/// `录入时间`) is not one.
fn names_another_time(text: &str, lab: &str, start: usize) -> bool {
    const OTHER_TIMES: [&str; 17] = [
        "活动", "截止", "营业", "报名", "开放", "会议", "举办", "考试", "比赛", "有效", "开始",
        "结束", "演出", "开幕", "办公", "预约", "成文",
    ];
    matches!(lab, "时间" | "日期") && OTHER_TIMES.iter().any(|o| text[..start].ends_with(o))
}

/// Whether `before`, the text before a date, ends with the label of
/// another time than the publication (`活动时间：`, `截止日期`, an event's
/// `When:` / `Wann:`).
pub(crate) fn introduces_another_time(before: &str) -> bool {
    let before = before.trim_end();
    ends_with_event_label(before)
        || LABEL.captures_iter(before).last().is_some_and(|c| {
            let whole = c.get(0).expect("match");
            whole.end() == before.len() && names_another_time(before, &c["lab"], whole.start())
        })
}

/// Whether `before`, the text before a date, ends with the label of when
/// an event takes place, maybe followed by a weekday: `When:`, `Wann:`,
/// `Termin:`, `Quand :`, `Cuándo:`, `Quando:`, `Event date:` (a bare
/// `Date:` often labels the publication itself).
fn ends_with_event_label(before: &str) -> bool {
    static EVENT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?:^|\W)(?:when|wann|termin|quand|cuándo|quando|event\s+date|date\s+of\s+(?:the\s+)?event)\s*[:：]\s*$",
        )
        .expect("valid regex")
    });
    let before = before.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let before = match before.rsplit_once(|c: char| !c.is_alphabetic()) {
        Some((head, last)) if dates::is_weekday_name(last) => head,
        None if dates::is_weekday_name(before) => "",
        _ => before,
    };
    EVENT_LABEL.is_match(before.trim_end())
}

/// Traditional characters of the label words and the simplified ones
/// they are read as; each pair has the same UTF-8 length, so a folded
/// text keeps the byte offsets of the page's.
const TRADITIONAL_LABEL_CHARS: [(char, char); 35] = [
    ('來', '来'),
    ('記', '记'),
    ('責', '责'),
    ('編', '编'),
    ('輯', '辑'),
    ('發', '发'),
    ('佈', '布'),
    ('時', '时'),
    ('間', '间'),
    ('類', '类'),
    ('別', '别'),
    ('欄', '栏'),
    ('頻', '频'),
    ('資', '资'),
    ('圖', '图'),
    ('數', '数'),
    ('據', '据'),
    ('訊', '讯'),
    ('報', '报'),
    ('導', '导'),
    ('員', '员'),
    ('攝', '摄'),
    ('轉', '转'),
    ('載', '载'),
    ('處', '处'),
    ('號', '号'),
    ('瀏', '浏'),
    ('覽', '览'),
    ('閱', '阅'),
    ('讀', '读'),
    ('實', '实'),
    ('習', '习'),
    ('見', '见'),
    ('單', '单'),
    ('構', '构'),
];

/// The part of `original` at the byte offsets where `part`, a slice of
/// `folded` (`original` folded by [`fold_traditional`]), lies in `folded`.
/// Folding keeps every byte offset (see [`TRADITIONAL_LABEL_CHARS`]);
/// should the two still differ, `part` itself is given.
fn same_span<'a>(original: &'a str, folded: &'a str, part: &'a str) -> &'a str {
    let start = part.as_ptr() as usize - folded.as_ptr() as usize;
    original.get(start..start + part.len()).unwrap_or(part)
}

/// `text` with the traditional characters of label words in their
/// simplified form ([`TRADITIONAL_LABEL_CHARS`]), byte for byte as long.
fn fold_traditional(text: &str) -> Cow<'_, str> {
    let simplified = |c: char| {
        TRADITIONAL_LABEL_CHARS
            .iter()
            .find(|(t, _)| *t == c)
            .map(|&(_, s)| s)
    };
    if text.is_ascii() || !text.chars().any(|c| simplified(c).is_some()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| simplified(c).unwrap_or(c)).collect())
}

/// Whether a label match in `text` ends the value of a `field` label
/// before it. A label that needs a colon and has none is a plain word
/// (`人民网-文化频道`, `北京时间`). A co-writer's credit (`通讯员`, `见习记者`)
/// ends none, nor does a reporter's in an author's value.
fn ends_value(text: &str, m: &regex::Captures<'_>, field: Field) -> bool {
    let lab = m.name("lab").map_or("", |l| l.as_str());
    // A correspondent or a trainee credited after the reporter (`记者 张三
    // 通讯员 李四`, `记者：孔令伟 见习记者：杜欣然`) is a co-writer: the
    // names go on; so is a reporter credited after the author label's
    // first names (`作者：通讯员 鲍宁 记者 徐婕`).
    let co_writer = lab == "通讯员"
        || (lab == "记者"
            && (field == Field::Author
                || m.get(0).is_some_and(|w| {
                    CO_WRITER_ROLES.iter().any(|r| {
                        text[..w.end()]
                            .trim_end_matches([':', '：', ' '])
                            .ends_with(r)
                    })
                })));
    !co_writer
        && (m.name("sep").is_some()
            || !matches!(
                lab,
                "类别" | "栏目" | "分类" | "频道" | "当前版" | "當前版" | "时间" | "日期" | "文字"
            ))
}

/// Whether `text` holds the end of a sentence: a period after a lowercase
/// letter, then a space (`Roe. Copyright`; an initial, `J. Roe`, is none).
fn ends_a_sentence(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0].is_lowercase() && w[1] == '.' && w[2].is_whitespace())
}

/// A credit line that is only a reporter's name and the outlet, split by a
/// slash (`石佳/中国青年报`), read by [`name_outlet_credit`].
static NAME_OUTLET_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Han}{2,4})\s*[/／]\s*(\p{Han}{2,12}(?:报|网|社|台|刊|杂志|新闻))$")
        .expect("valid regex")
});

/// The author and the source of a `Name/Outlet` credit line
/// (`石佳/中国青年报`): a name of two to four characters that starts with a
/// common surname, then an outlet whose name ends like one (`报`, `网`,
/// `社`, `台`, `刊`, `杂志`, `新闻`).
fn name_outlet_credit(text: &str) -> Option<(String, String)> {
    let c = NAME_OUTLET_LINE.captures(text)?;
    opens_with_surname(&c[1]).then(|| (c[1].to_string(), c[2].to_string()))
}

/// A blog post's footer line `由X张贴 @ 2005-03-21 01:20:44` (posted by
/// X at …, `由X发表于…`).
static POSTED_BY_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^由\s*([^\s@:：,，。]{1,12}?)\s*(?:张贴|張貼|发表|發表)\s*(?:于|於|@|在)\s*")
        .expect("valid regex")
});

/// The poster a blog post's footer names (`由海燕张贴 @ 2005-03-21 01:20`):
/// the text opens with `由`, the name, a verb of posting and the time it
/// was posted, which must follow at once (prose that merely starts with
/// `由` has no date there).
fn posted_by_footer(text: &str) -> Option<String> {
    let c = POSTED_BY_FOOTER.captures(text)?;
    let rest = &text[c.get(0)?.end()..];
    dates::find_date(rest)
        .filter(|d| d.start == 0)
        .map(|_| c[1].to_string())
}

/// Whether `text` is only a credit for the writing that a `By` follows
/// (`Story`, `Words`, `Photos and Story`, `Text & Photos`): credit words
/// only, one of them for the writing; a lone `Photos` credits pictures.
fn credits_the_writing(text: &str) -> bool {
    const WRITING: [&str; 5] = ["story", "text", "words", "article", "review"];
    let is_one_of = |list: &[&str], w: &str| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    let is_credit_word = |w: &str| {
        is_one_of(&WRITING, w)
            || is_one_of(PICTURE_CREDITS, w)
            || w.eq_ignore_ascii_case("and")
            || w == "&"
    };
    // Most text before a `by` is prose: its first word already fails.
    text.split_whitespace().all(is_credit_word)
        && text.split_whitespace().any(|w| is_one_of(&WRITING, w))
}

/// Whether `text` is only what puts the writer after a `by`: a credit
/// for the writing ([`credits_the_writing`]) or the verb of a lead phrase
/// (`Submitted`, `Written`, as Drupal and blogs head a post: `Submitted
/// by Jane Roe on Thu, 04/11/2013`). Not `Posted`: an embedded social
/// post says who posted it (`Posted by <a>Party</a> on Monday, …`).
fn credits_the_writer(text: &str) -> bool {
    let verb = text.trim().to_lowercase();
    credits_the_writing(text)
        || (verb != "posted" && BYLINE_LEAD_PHRASES.contains(&format!("{verb} by").as_str()))
}

/// Words that credit pictures rather than the writing (`Photos by`,
/// `Video by`, `Graphics by`, `Foto:`, Finnish `kuvat`, `摄影`), lower
/// case.
const PICTURE_CREDITS: &[&str] = &[
    "photo",
    "photos",
    "photography",
    "photographer",
    "foto",
    "fotos",
    "fotograf",
    "fotografin",
    "fotógrafo",
    "fotografo",
    "bild",
    "bilder",
    "kuva",
    "kuvat",
    "摄影",
    "pictures",
    "images",
    "video",
    "videos",
    "illustration",
    "illustrations",
    "graphic",
    "graphics",
];

/// Where the name after the writer's lead `lead` (` by `, ` as told to `)
/// inside a byline starts: after the first one that follows no credit for
/// pictures or other work (`Mary Roe • Photos by Tom Reed`, `Jane Roe on
/// March 14, 2025 — Fact checked by Tom Reed` name no other writer).
fn writer_lead_end(v: &str, lead: &str) -> Option<usize> {
    v.match_indices(lead)
        .find(|(at, _)| {
            let word_before = v[..*at].split_whitespace().next_back().unwrap_or("");
            !(is_picture_credit(word_before) || credits_other_work(&v[..*at]))
        })
        .map(|(at, _)| at + lead.len())
}

/// All labelled facts in one short text (an element's text, with a `\n`
/// where the markup breaks the line: a value ends there).
pub(crate) fn scan(text: &str) -> Vec<(Field, String)> {
    let shown = text.trim();
    if let Some((author, source)) = name_outlet_credit(shown) {
        return vec![(Field::Author, author), (Field::Source, source)];
    }
    if let Some(author) = posted_by_footer(shown) {
        return vec![(Field::Author, author)];
    }
    // Labels are read in simplified characters (`來源` as `来源`, `記者`
    // as `记者`); values are taken as the page writes them, at the same
    // byte offsets.
    let folded = fold_traditional(shown);
    let text = folded.as_ref();
    // A lowercase `by` is a byline's lead only where it opens a text that
    // holds no sentence (`by MrAJCosplay, Dec 19th 2023`); elsewhere it is
    // prose (`by Jane Roe. Copyright 2022 …` ends a sentence begun before),
    // unless a credit for the writing comes before it (`Words by`).
    // The lead words of `is_lead_word_label` lead one only where they open
    // the text, alone or ending a lead phrase.
    let opens_text = |c: &regex::Captures<'_>| c.get(0).is_some_and(|m| m.start() == 0);
    let matches: Vec<_> = LABEL
        .captures_iter(text)
        .filter(|c| match &c["lab"] {
            "by" => {
                (opens_text(c) && !ends_a_sentence(text))
                    || c.get(0)
                        .is_some_and(|m| credits_the_writer(&text[..m.start()]))
            }
            // Or where a phrase opening the text ends with them
            // (`Geschrieben von`, `Escrito por`).
            l if is_lead_word_label(l) => {
                opens_text(c)
                    || c.get(0).is_some_and(|m| {
                        let phrase = text[..m.start() + l.len()].to_lowercase();
                        BYLINE_LEAD_PHRASES.contains(&phrase.trim_start())
                    })
            }
            // `报道：` in a sentence quotes a report (`据新华社报道：`); `文/`
            // there ends a word (`论文/报告`), not after another label's
            // colon (`作者：文/图 刘芳`).
            "报道" => opens_text(c),
            l if l.starts_with('文') && l.len() > '文'.len_utf8() => c.get(0).is_some_and(|m| {
                text[..m.start()]
                    .chars()
                    .next_back()
                    .is_none_or(|p| p.is_whitespace() || "（(【[：:".contains(p))
            }),
            // `记者团`, `记者站`: a unit's name, no label; `记者，` ends a
            // role before a place (`BBC商業記者，東京`); `答记者问`,
            // `记者会` (`記者會`): a press conference.
            // `记者提问`, `记者采访`: what reporters do, in prose.
            "记者" => !c.get(0).is_some_and(|m| {
                let rest = &text[m.end()..];
                rest.starts_with(['团', '站', '部', '问', '会', '會', '，', ','])
                    || REPORTER_VERBS.iter().any(|v| rest.starts_with(v))
            }),
            _ => true,
        })
        .collect();
    let mut out = Vec::new();
    // The end of the last value read: a label inside it was read as part
    // of that value (`记者 郭晓东 见习记者 郑欣然`: the `记者` of the
    // trainee's role), not as a label of its own.
    let mut read_to = 0;
    for (k, c) in matches.iter().enumerate() {
        let lab = c.name("lab").map_or("", |m| m.as_str());
        let has_colon = c.name("sep").is_some();
        let whole = c.get(0).expect("match");
        if whole.start() < read_to {
            continue;
        }
        if lab.eq_ignore_ascii_case("by") {
            // Only a byline at the start of the text, after a separator or
            // after a credit for the writing (`Photos and Story By`).
            let before = text[..whole.start()].trim_end();
            if !(before.is_empty()
                || before.ends_with(['|', '·', '•', '/', '\n', '-', '—'])
                || credits_the_writer(before))
            {
                continue;
            }
            let following = matches.get(k + 1);
            let next = following.map_or(text.len(), |n| n.get(0).expect("m").start());
            // An outlet glued to the reporter's label after it (`by
            // 侨报记者 李佳`) is no name: that label names the reporter.
            if following.is_some_and(|n| {
                &n["lab"] == "记者" && !text[..next].ends_with(char::is_whitespace)
            }) {
                continue;
            }
            if let Some(v) = latin_names(&value_line(&shown[whole.end()..next])) {
                out.push((Field::Author, v));
            }
            continue;
        }
        if is_german_author_label(lab) && !has_colon {
            // Without its colon only the plural label leads a line, of two
            // full names or more (`Autoren Jana Berg und Tim Roe`); elsewhere
            // it is prose or a heading (`Autoren Lesung Berlin`).
            if opens_text(c) && matches!(lab, "Autoren" | "Autorinnen") {
                let line = text.split('\n').next().unwrap_or_default();
                if let Some(v) = clean_byline(line).filter(|v| full_names(v) && v.contains("; ")) {
                    out.push((Field::Author, v));
                }
            }
            continue;
        }
        if is_lead_word_label(lab) {
            // `Von` also opens prose (`Von Montag an`, `Por otro lado`):
            // only full names.
            let next = matches
                .get(k + 1)
                .map_or(text.len(), |n| n.get(0).expect("m").start());
            let byline = format!(
                "{} {}",
                whole.as_str(),
                value_line(&shown[whole.end()..next])
            );
            if let Some(v) = clean_byline(&byline).filter(|v| full_names(v)) {
                out.push((Field::Author, v));
            }
            continue;
        }
        if names_another_time(text, lab, whole.start()) {
            continue;
        }
        // The responsible editor is the editor a line credits beside the
        // copy editor (`编辑：李华侨 责任编辑：刘亮`).
        let beside_chief = || {
            matches
                .iter()
                .any(|m| matches!(&m["lab"], "责任编辑" | "责编"))
        };
        let field = match field_of(lab, has_colon) {
            Some(Field::Editor) if lab == "编辑" && beside_chief() => Field::CopyEditor,
            Some(f) => f,
            None if glued_source(text, lab, whole.start(), whole.end()) => Field::Source,
            None if glued_author(text, lab, whole.start(), whole.end()) => Field::Author,
            None if bare_editor_credit(text, lab, whole.start(), whole.end()) => Field::CopyEditor,
            // A correspondent credited before the reporter (`（通讯员 吴晓燕
            // 记者 徐寅）`) is a co-writer, as after the reporter.
            None if lab == "通讯员" && matches[k + 1..].iter().any(|m| &m["lab"] == "记者") => {
                Field::Author
            }
            None => continue,
        };
        if lab == "记者"
            && !has_colon
            && !text[whole.end()..].starts_with(|c: char| is_cjk(c) || c.is_whitespace())
        {
            continue;
        }
        let next = matches[k + 1..]
            .iter()
            .find(|n| ends_value(text, n, field))
            .map_or(text.len(), |n| n.get(0).expect("m").start());
        read_to = next;
        let mut raw = value_line(&shown[whole.end()..next]);
        if matches!(
            field,
            Field::Author | Field::Editor | Field::CopyEditor | Field::Translator
        ) {
            cut_next_label_prefix(&mut raw, &shown[whole.end()..next], &shown[next..]);
        }
        cut_font_size_tool(&mut raw);
        if field == Field::Author {
            cut_report_place(&mut raw);
        }
        let raw = raw.as_str();
        // A unit credited for the copy (`供稿：团省委少年部`) is its source;
        // a person so credited wrote it.
        let field = if lab == "供稿" && is_unit_name(raw.trim()) {
            Field::Source
        } else {
            field
        };
        let value = match field {
            Field::Source => clean_source(raw),
            Field::Author => names_across_separators(raw)
                .as_deref()
                .map_or_else(|| latin_names(raw), clean_person),
            Field::Editor | Field::CopyEditor | Field::Translator => clean_person(raw),
            Field::Published => dates::find_date(raw).map(|_| raw.trim().to_string()),
            Field::Category => clean_token(without_page_number(raw)),
        };
        if let Some(v) = value {
            out.push((field, v));
        }
    }
    out
}

/// The word after the place a Taiwanese or Hong Kong reporter reports
/// from (`／高雄報導`), in its traditional and simplified spellings.
const REPORT_WORDS: [&str; 4] = ["報導", "報道", "报道", "报导"];

/// Cuts the place a Taiwanese or Hong Kong credit reports from after the
/// reporter (`記者林政鋒／高雄即時報導`: the value `林政鋒／高雄即時報導`),
/// and what the line shows after it (`／舊金山報導 March 26, 2025`).
fn cut_report_place(value: &mut String) {
    let Some((at, slash)) = value
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '／' | '/'))
    else {
        return;
    };
    let after = value[at + slash.len_utf8()..]
        .split_whitespace()
        .next()
        .unwrap_or("");
    let place = REPORT_WORDS.iter().find_map(|w| after.strip_suffix(w));
    if place.is_some_and(|p| (1..=12).contains(&p.chars().count()) && p.chars().all(is_han)) {
        value.truncate(at);
        value.truncate(value.trim_end().len());
    }
}

/// Cuts the text-size tool that closes a line of facts without a label
/// of its own (`作者：记者 王立新 通讯员 陈晓 大 中 小`): two or more
/// last words that are each `大`, `中` or `小`.
fn cut_font_size_tool(value: &mut String) {
    let mut end = value.len();
    let mut words = 0;
    loop {
        let (start, word) = last_word(&value[..end]);
        if start == 0 || !matches!(word, "大" | "中" | "小") {
            break;
        }
        words += 1;
        end = start;
    }
    if words >= 2 {
        value.truncate(end);
    }
}

/// Where the last word of `text` starts, and the word, without the
/// spaces (wide ones too), commas and dots after it.
fn last_word(text: &str) -> (usize, &str) {
    let kept = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'));
    let start = kept
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(at, space)| at + space.len_utf8());
    (start, &kept[start..])
}

/// Drops from a person value the word glued to the next label, which is
/// that label's prefix (`每经记者 李可愚　每经编辑 陈星`: `每经` belongs
/// to `编辑`), when the value holds a word before it; a value that is
/// only the outlet's word for itself (`本报`) is emptied. `segment` is the
/// text from the label to the next one, `rest` the text from the next one.
fn cut_next_label_prefix(value: &mut String, segment: &str, rest: &str) {
    let glued = !rest.is_empty()
        && !segment.contains('\n')
        && segment.chars().next_back().is_some_and(is_cjk);
    if !glued {
        return;
    }
    // A value that is only the outlet's word for itself (`作者：本报记者
    // 许晴`: `本报`) names no one; the next label names the writer.
    match value.trim_end().rfind(char::is_whitespace) {
        Some(p) => value.truncate(p),
        None if ["本报", "本台", "本刊", "本网", "本站", "本社"].contains(&value.trim()) => {
            value.clear()
        }
        None => {}
    }
}

/// The value after a label, to the end of its line (a `\n` where the
/// markup breaks the line: `By Jane Roe<br>Associated Press` names one
/// author); a label that ends its line labels the next one (`作者：<br>王五`),
/// and a list of names that a line break splits at a joining word goes on
/// (`By Jane Roe and<br>John Doe`), and so does a Chinese co-writer's
/// credit on the next line (`□本报记者 黄颖川<br>□通讯员 陈子锋`, read by
/// [`co_writer_line`]).
fn value_line(after_label: &str) -> String {
    const ENDS_JOINED: [&str; 6] = [" and", " und", "&", ",", ";", "、"];
    const STARTS_JOINED: [&str; 6] = ["and ", "und ", "& ", ",", ";", "、"];
    let mut lines = after_label.trim_start().split('\n');
    let mut value = lines.next().unwrap_or_default().to_string();
    for line in lines {
        let line = if let Some(co_writer) = co_writer_line(line) {
            co_writer
        } else if ENDS_JOINED.iter().any(|j| value.trim_end().ends_with(j))
            || STARTS_JOINED
                .iter()
                .any(|j| line.trim_start().starts_with(j))
        {
            line
        } else {
            break;
        };
        value.push(' ');
        value.push_str(line);
    }
    value
}

/// A line crediting a Chinese co-writer, maybe after a bullet and the
/// paper (`□通讯员 陈子锋`, `□ 本报通讯员 李四`, `□ 法治日报通讯员　龙曦薇`):
/// the line from the role on.
pub(crate) fn co_writer_line(line: &str) -> Option<&str> {
    let line = line.trim_start_matches(|c: char| c.is_whitespace() || "□■●◎○".contains(c));
    let (at, _) = CO_WRITER_ROLES
        .iter()
        .filter_map(|r| line.find(r).map(|at| (at, r)))
        .min()?;
    let paper = &line[..at];
    let names_the_paper = paper.is_empty()
        || (paper.chars().count() <= 8
            && paper.chars().all(is_han)
            && paper.ends_with(['报', '報']));
    names_the_paper.then(|| &line[at..])
}

/// Cuts a value at the first separator; a `·` that joins the parts of one
/// name ([`dot_joins_name`]: `证券时报·e公司`) is none.
fn cut(raw: &str) -> &str {
    let mut end = raw.len();
    for pat in ["|", "｜", "丨", "•", "\n", "  ", "\t", "　", "【", "[", "<"] {
        if let Some(p) = raw.find(pat) {
            end = end.min(p);
        }
    }
    // A closing quote that opened before the label ends the quoted value
    // (`凡注明“来源：健康时报网”的作品`); a value may quote a name of its own
    // (`“学习强国”学习平台`).
    if let Some(p) = raw
        .find(['”', '」'])
        .filter(|&p| !raw[..p].contains(['“', '「']))
    {
        end = end.min(p);
    }
    if let Some((p, _)) = raw
        .match_indices('·')
        .find(|&(p, _)| !dot_joins_name(raw, p))
    {
        end = end.min(p);
    }
    // A date starts a new fact.
    if let Some(d) = dates::find_date(raw) {
        end = end.min(d.start);
    }
    &raw[..end]
}

/// Whether the `·` at byte `p` of `text` joins the parts of one Chinese
/// name: it follows a Chinese character and a letter follows it, both
/// glued to it (`澎湃新闻·澎湃号`, `约翰·史密斯`, `中青报·中青网记者`).
fn dot_joins_name(text: &str, p: usize) -> bool {
    text[..p].chars().next_back().is_some_and(is_cjk)
        && text[p + '·'.len_utf8()..]
            .chars()
            .next()
            .is_some_and(|c| is_cjk(c) || c.is_alphabetic())
}

/// Punctuation and brackets trimmed off both ends of a value.
const TRIM: &[char] = &[
    ' ', ')', '）', ']', '】', '(', '（', '[', '【', ',', '，', ';', '；', '.', '。', ':', '：',
    '/', '-', '—', '「', '」', '《', '》',
];

/// `v` trimmed of [`TRIM`], but for the bracket that closes one the value
/// opens (`党委宣传部（企业文化部）`, `光明网-《光明日报》`).
fn trim_keeping_brackets(v: &str) -> &str {
    let start = v.len() - v.trim_start_matches(TRIM).len();
    let trimmed = v[start..].trim_end_matches(TRIM);
    let end = start + trimmed.len();
    let closing = [
        ('（', '）'),
        ('(', ')'),
        ('《', '》'),
        ('【', '】'),
        ('「', '」'),
    ]
    .into_iter()
    .find(|&(open, close)| {
        trimmed.matches(open).count() > trimmed.matches(close).count()
            && v[end..].starts_with(close)
    });
    match closing {
        Some((_, close)) => &v[start..end + close.len_utf8()],
        None => trimmed,
    }
}

/// The word for a source in other languages, a label before its colon
/// where source markup opens with it (`Kaynak: Anadolu Ajansı`, `المصدر :
/// الفرنسية`, `Quelle: dpa`): Turkish, Portuguese and Italian, Spanish,
/// German, Polish, Czech and Slovak, Hungarian, Russian, Ukrainian,
/// Vietnamese, Indonesian and Malay, Swedish, Danish and Norwegian,
/// Finnish, Estonian, Latvian, Lithuanian, Greek, Arabic, Persian, Hebrew,
/// Dutch, Romanian. [`scan`] does not take them as labels elsewhere: in
/// running text they also credit data and pictures (`Quelle: Unsplash`).
const SOURCE_LABELS: &[&str] = &[
    "Kaynak",
    "Fonte",
    "Fuente",
    "Quelle",
    "Źródło",
    "Zdroj",
    "Forrás",
    "Источник",
    "Джерело",
    "Nguồn",
    "Sumber",
    "Källa",
    "Kilde",
    "Lähde",
    "Allikas",
    "Avots",
    "Šaltinis",
    "Πηγή",
    "المصدر",
    "منبع",
    "מקור",
    "Bron",
    "Sursa",
];

/// A stated source without its label (`来源：人民网 原创稿` → `人民网`, and
/// in an element that holds the source, `来源于 财新网` → `财新网`, `Kaynak:
/// Anadolu Ajansı` → `Anadolu Ajansı`). A picture's credit there names no
/// source (`<span class="main-asset__source">Foto: Shutterstock</span>`).
pub(crate) fn source_value(raw: &str) -> Option<String> {
    if opens_with_picture_credit(raw) {
        return None;
    }
    let unlabelled = || {
        let v = raw.trim_start();
        let v = ["来源于", "来自"]
            .iter()
            .find_map(|w| v.strip_prefix(w))
            .or_else(|| {
                SOURCE_LABELS
                    .iter()
                    .find_map(|w| v.strip_prefix(w)?.trim_start().strip_prefix([':', '：']))
            })
            .unwrap_or(v);
        clean_source(v)
    };
    scan(raw)
        .into_iter()
        .find_map(|(f, v)| (f == Field::Source).then_some(v))
        .or_else(unlabelled)
}

/// A source value: cut at the next separator, and for a Chinese source at
/// the first space; at most 40 characters. A Chinese value with a colon is
/// another fact's label, no name (`<span class="source">作者：秦朗</span>`).
fn clean_source(raw: &str) -> Option<String> {
    let v = cut(raw.trim_start());
    let v = trim_keeping_brackets(v);
    let v = if v.starts_with(is_cjk) {
        // A Chinese source has no spaces and ends no sentence: stop at the
        // first space or full stop (`来源：潇湘晨报。未经授权，不得转载。`),
        // or at the account's id after an official account's name
        // (`新零售商业评论（ID：xinlingshouping）`).
        let v = v
            .split(['（', '('])
            .next()
            .filter(|name| {
                v[name.len()..]
                    .trim_start_matches(['（', '('])
                    .starts_with("ID")
            })
            .unwrap_or(v);
        v.split(|c: char| c.is_whitespace() || c == '。')
            .next()
            .unwrap_or("")
    } else {
        v
    };
    let v = collapse_ws(trim_keeping_brackets(v));
    if v.starts_with(is_cjk) && v.contains([':', '：']) {
        return None;
    }
    let v = COMMENT_COUNT_TAIL.replace(&v, "").into_owned();
    // A page tool's button glued to the end of the source (`钛科技观察举报`:
    // the source's link, then a `举报` link with no space between them).
    let glued_button = GLUED_BUTTONS.iter().find_map(|b| {
        v.strip_suffix(b)
            .filter(|rest| rest.chars().count() >= 2 && rest.ends_with(is_han))
    });
    let v = glued_button.map(str::to_string).unwrap_or(v);
    (!v.is_empty() && v.chars().count() <= 40).then_some(v)
}

/// Page tools whose buttons follow a source's link (see [`clean_source`]):
/// the buttons among [`PAGE_TOOLS`], not its words that may end an
/// outlet's or a column's name (`人民日报评论`, `XX报道`, `XX阅读`).
const GLUED_BUTTONS: [&str; 6] = ["举报", "纠错", "分享", "收藏", "打印", "我要评论"];

/// A count of comments glued to the end of a source (`网易科技542跟贴`,
/// `人民网 12条评论`), as the link that opens the comments follows it.
static COMMENT_COUNT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\d+\s*(?:条|人)?(?:跟贴|跟帖|评论|参与|回复)$").expect("valid regex")
});

/// A one-word value (a category): its first word, at most 20 characters.
fn clean_token(raw: &str) -> Option<String> {
    let v = cut(raw.trim_start()).trim_matches(TRIM);
    let v = v
        .split(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_matches(TRIM);
    (!v.is_empty() && v.chars().count() <= 20).then(|| v.to_string())
}

/// An e-paper page's name without its number before it (`A02：澳聞`,
/// `第03版：要闻`, `05版:经济`).
fn without_page_number(raw: &str) -> &str {
    static PAGE_NUMBER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*第?[A-Z]?\d{1,3}版?\s*[：:]\s*").expect("valid regex"));
    PAGE_NUMBER.find(raw).map_or(raw, |m| &raw[m.end()..])
}

/// Han characters that open a credit (`图 文 张三`, `摄 影`), never a
/// one-character half of a padded name.
const CREDIT_CHARACTERS: &[char] = &['图', '文', '摄', '记', '编'];

/// The whitespace-separated words of a Chinese person value, with a
/// two-character name that the page padded to the width of three-character
/// ones (`赵  培`, `王　伟`, collapsed to `赵 培`) joined back: exactly two
/// lone Han characters in a row (one character is no name), or a lone
/// common surname and two Han characters (`崔  志坚`). A `、` glued
/// to the second leads to the next name of a list (`王 伟、李明远`); what
/// else is glued to it (`培：北京物资学院`, an affiliation) ends the value.
fn join_padded_names(v: &str) -> Vec<String> {
    let mut words: Vec<&str> = v.split_whitespace().collect();
    let lone = |w: Option<&&str>| {
        w.is_some_and(|w| {
            let mut cs = w.chars();
            cs.next()
                .is_some_and(|c| is_han(c) && !CREDIT_CHARACTERS.contains(&c))
                && cs.next().is_none()
        })
    };
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // The next word's first `n` characters, when they are Han ones
        // and no credit opens them, and what is glued after them.
        let given = |n: usize| {
            let w = words.get(i + 1)?;
            let end = w.char_indices().nth(n).map_or(w.len(), |(p, _)| p);
            let (name, rest) = w.split_at(end);
            (name.chars().count() == n
                && name.chars().all(is_han)
                && !name.starts_with(CREDIT_CHARACTERS)
                && !rest.starts_with(is_han))
            .then_some((name, rest))
        };
        let after_lone = i.checked_sub(1).is_some_and(|p| lone(words.get(p)));
        let half = given(1).filter(|_| !after_lone && !lone(words.get(i + 2)));
        // A three-character name padded after its surname (`崔  志坚`),
        // when the two after it are no name of their own (`王 李明`).
        let two_after_surname = || {
            given(2).filter(|(name, _)| {
                !after_lone && opens_with_surname(words[i]) && !opens_with_surname(name)
            })
        };
        if let Some((name, rest)) = half
            .or_else(two_after_surname)
            .filter(|_| lone(words.get(i)))
        {
            out.push(format!("{}{name}", words[i]));
            match rest.strip_prefix('、') {
                // The next name of a list (`王 伟、李明远`).
                Some(next) if !next.is_empty() => {
                    words[i + 1] = next;
                    i += 1;
                }
                _ if !rest.is_empty() => return out,
                _ => i += 2,
            }
        } else {
            out.push(words[i].to_string());
            i += 1;
        }
    }
    out
}

/// Chinese credits of a co-writer after the reporter: correspondent,
/// intern, trainee reporter (`通讯员`, `实习生`, `见习记者`, `实习记者`).
const CO_WRITER_ROLES: &[&str] = &["通讯员", "实习生", "见习记者", "实习记者"];

/// Credits for the editing and the layout (`编辑`, `每经编辑`, `校对`): such
/// a word after the writers' names starts the next credit
/// (`文 | 刘宇航　编辑 | 苏扬`).
const EDITING_ROLES: &[&str] = &[
    "编辑", "责编", "校对", "审核", "审校", "监制", "统筹", "制图", "设计",
];

/// Credits for the writing glued to a name (`文/刘佳`, `撰文｜李四`).
const WRITING_CREDITS: &[&str] = &["文", "文字", "撰文"];

/// Credits for the pictures glued to a name (`图/王磊`, `摄影/李响`).
const CHINESE_PICTURE_CREDITS: &[&str] = &["图", "图片", "摄", "摄影"];

/// Endings of the name of an organisational unit (`品牌部`, `记者团`,
/// `新闻中心`, `办公室`, a town `沙河镇`, a college `创新创业学院`, a
/// hospital's department `心血管内科`, a court's division `民一庭`,
/// `刑事审判庭`; not `庭` alone, which ends given names).
const UNIT_ENDINGS: &[&str] = &[
    "部",
    "团",
    "组",
    "处",
    "室",
    "站",
    "中心",
    "镇",
    "乡",
    "街道",
    "局",
    "委",
    "办",
    "院",
    "所",
    "科",
    "系",
    "一庭",
    "二庭",
    "三庭",
    "四庭",
    "五庭",
    "审判庭",
    "法庭",
];

/// Whether a word is the name of the unit a writer belongs to (`品牌部
/// 李娜`, `记者团 张涛`, a hospital's `骨科`), written before the name: three
/// characters or more, or two that do not open with a common surname
/// (`李科` is a name).
fn is_unit_name(word: &str) -> bool {
    let n = word.chars().count();
    (n >= 3 || (n == 2 && !opens_with_surname(word)))
        && UNIT_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// What reporters do, written after `记者` in prose (`回答记者提问`,
/// `接受记者采访`); no name starts with them.
const REPORTER_VERBS: [&str; 8] = [
    "提问", "采访", "了解", "获悉", "发现", "看到", "走访", "调查",
];

/// A Chinese credit's names that a wide space or a bar parts
/// (`罗倩｜朱一凡`, `骨科　虞晓峰`: a unit, then the name), joined by
/// spaces: two to six words, the first a unit's name ([`is_unit_name`])
/// or a name of two to four Han characters, each after it a name (one
/// that opens with a common surname unless a unit comes first) or a
/// writer's role (`通讯员　吴晓燕　记者　徐寅`), the last a name.
/// Elsewhere those marks end the value (`张三　2024-05-06`, `罗倩｜来源：…`).
fn names_across_separators(raw: &str) -> Option<String> {
    let line = raw
        .split('\n')
        .next()
        .unwrap_or_default()
        .trim_matches(TRIM);
    let words: Vec<&str> = line
        .split(['　', '｜', '|', '丨', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    let parted = line.contains(['　', '｜', '|', '丨']);
    let first = words.first()?;
    let unit_first = is_unit_name(first);
    let is_name = |w: &str| is_han_name(w) && (unit_first || opens_with_surname(w));
    let is_role = |w: &str| WRITER_ROLES.contains(&w) || CO_WRITER_ROLES.contains(&w);
    (parted
        && (2..=6).contains(&words.len())
        && (unit_first || is_han_name(first))
        && words[1..].iter().all(|w| is_name(w) || is_role(w))
        && words.last().is_some_and(|w| is_name(w)))
    .then(|| words.join(" "))
}

/// Whether `word` is shaped like a Chinese name: two to four Han
/// characters.
fn is_han_name(word: &str) -> bool {
    (2..=4).contains(&word.chars().count()) && word.chars().all(is_han)
}

/// Whether a correspondent's name is an office's short name: its press
/// office (`穗体宣`, `洪城宣`, `冀交宣`: the place, the body, `宣` for
/// 宣传) or its development and reform commission (`汉发改`), not a person
/// (a name opening with a common surname is a person's: `张子宣`).
fn is_office_abbreviation(name: &str) -> bool {
    (2..=4).contains(&name.chars().count())
        && (name.ends_with('宣') || name.ends_with("发改"))
        && !opens_with_surname(name)
}

/// Roles a Chinese credit writes before the writer's name (`记者 王立新`,
/// `分析师 冯静`, `特约评论员 李明`).
const WRITER_ROLES: [&str; 5] = ["记者", "分析师", "研究员", "评论员", "撰稿人"];

/// A person value: Chinese names as space-separated short tokens, or a
/// Latin-script name list up to the next separator.
fn clean_person(raw: &str) -> Option<String> {
    let v = cut(raw.trim_start()).trim_matches(TRIM);
    let v = v.trim_start_matches(|c: char| c.is_whitespace());
    if v.starts_with(is_cjk) {
        // Each word is trimmed below; the value's end keeps its colon.
        let v = cut(raw.trim_start()).trim_start_matches(TRIM).trim_start();
        // A closing bracket ends a credit in brackets (`（編輯：林淑媛）1150114`,
        // `【环球网报道 记者 李欣然】据…`).
        let v = v.split(['）', ')', '】']).next().unwrap_or(v);
        // A semicolon ends the credit (`杜玮；原标题：《…》`).
        let v = v.split('；').next().unwrap_or(v);
        // Names listed with `、` (`杨虞波罗、牛镛`) or before a comma and
        // a co-writer's credit (`王雨辰，实习记者 邹安然`) are words of their
        // own; a comma in prose stays (`记者注意到，…`).
        let v = v.replace('、', " ");
        // Another credit's label after the comma (`梁芯，题图来自：视觉中国`)
        // ends the names.
        let v = match v.split_once('，') {
            Some((names, rest))
                if CO_WRITER_ROLES
                    .iter()
                    .any(|r| fold_traditional(rest).starts_with(r)) =>
            {
                format!("{names} {rest}")
            }
            Some((names, rest))
                if rest.split_once(['：', ':']).is_some_and(|(label, _)| {
                    (1..=6).contains(&label.chars().count()) && label.chars().all(is_cjk)
                }) =>
            {
                names.to_string()
            }
            _ => v,
        };
        // Roles and credits are read in simplified characters; the names
        // are kept as written.
        let words = join_padded_names(&v);
        let plain_words: Vec<String> = words
            .iter()
            .map(|w| fold_traditional(w).into_owned())
            .collect();
        let mut names: Vec<&str> = Vec::new();
        // Whether the last role credited is the correspondent's.
        let mut correspondents = false;
        for (k, (word, plain_word)) in words.iter().zip(&plain_words).enumerate() {
            if plain_word.contains("通讯员") {
                correspondents = true;
            } else if WRITER_ROLES
                .iter()
                .chain(CO_WRITER_ROLES)
                .any(|r| plain_word.contains(r))
            {
                correspondents = false;
            }
            // Co-writers credited after the reporter (`通讯员 李四`,
            // `实习生：王五`, `见习记者 赵六`) are read on, and so is the
            // reporter credited after a correspondent (`通讯员：李四
            // 记者：张三`).
            let tok = CO_WRITER_ROLES
                .iter()
                .find_map(|r| plain_word.strip_prefix(r))
                .or_else(|| {
                    plain_word
                        .strip_prefix("记者")
                        .filter(|rest| rest.starts_with([':', '：']))
                })
                .map_or(plain_word.as_str(), |rest| {
                    rest.trim_start_matches([':', '：'])
                });
            if tok.is_empty() {
                continue;
            }
            // A word with a colon is the next fact's label: a label left
            // empty (`作者：　点击数：12`) names no one. A count's label
            // glued to the last name (`向明辉点击:`) leaves that name.
            if tok.contains(['：', ':']) {
                let glued = tok
                    .split([':', '：'])
                    .next()
                    .and_then(|w| COUNT_LABELS.iter().find_map(|l| w.strip_suffix(l)))
                    .filter(|name| is_han_name(name));
                if let Some(name) = glued {
                    names.push(same_span(word, plain_word, name));
                }
                break;
            }
            // A note in brackets ends the names (`（更新于…）`); one glued to
            // a name is the writer's role or affiliation (`陈雪柠（媒体评论员）`),
            // one of digits a count after its label (`评论(56)`).
            if let Some((name, note)) = tok.split_once(['（', '(']) {
                let name = name.trim_matches(TRIM);
                let counts = note.starts_with(|c: char| c.is_ascii_digit());
                if !counts && is_han_name(name) {
                    names.push(same_span(word, plain_word, name));
                }
                break;
            }
            let tok = tok.trim_matches(TRIM);
            // The writer's own pictures (`邱丽萍 文/图`) end the names.
            if !names.is_empty() && matches!(tok, "文/图" | "文／图" | "图/文" | "图文" | "文图")
            {
                break;
            }
            // A credit glued to its name (`文/刘佳`, then `图/王磊`): the
            // writer's is read, a picture's ends the writers.
            let tok = match tok.split_once(['/', '／', '|', '｜']) {
                Some((credit, name)) if WRITING_CREDITS.contains(&credit) => name.trim(),
                Some((credit, _)) if CHINESE_PICTURE_CREDITS.contains(&credit) => break,
                _ => tok,
            };
            // Where the reporter files from (`何詩雅 發自香港`) ends the names.
            if tok.starts_with("发自") {
                break;
            }
            // The page's tools beside the credit (`打印 关闭`, `打印关闭`).
            if EDITING_ROLES.iter().any(|r| tok.ends_with(r)) || is_page_tools(tok) {
                break;
            }
            // The unit before a writer's name, the first writer's or the
            // next one's (`呼吸与危重症医学科 黄丽萍 党委宣传部 韦海燕`).
            let name_follows = || plain_words.get(k + 1).is_some_and(|w| is_han_name(w));
            if is_unit_name(tok) && k + 1 < words.len() && (names.is_empty() || name_follows()) {
                continue;
            }
            // A role before the name, maybe with the outlet before it
            // (`南都见习记者 林子沛`, `分析师 冯静`).
            if k + 1 < words.len()
                && (WRITER_ROLES.iter().any(|r| tok.ends_with(r))
                    || CO_WRITER_ROLES.iter().any(|r| tok.ends_with(r)))
            {
                continue;
            }
            if matches!(tok, "摄" | "摄影" | "图") {
                names.pop(); // that name is a photographer's
                break;
            }
            // A photographer's credit glued to the name (`记者王飛華攝`).
            if tok
                .strip_suffix('摄')
                .is_some_and(|name| (2..=4).contains(&name.chars().count()))
            {
                break;
            }
            // A staff id after the name is part of the credit (`杨倩_NF4425`).
            let (name, id) = tok.split_once('_').unwrap_or((tok, "a"));
            let credit_word = CREDIT_WORDS.iter().any(|w| name.ends_with(w));
            if credit_word {
                break;
            }
            let n = name.chars().count();
            if n == 0
                || n > 6
                || !name.chars().all(|c| is_cjk(c) || c == '·')
                || id.is_empty()
                || !id.chars().all(|c| c.is_ascii_alphanumeric())
            {
                break;
            }
            // A correspondent that is an office (`通讯员 穗体宣 汉发改`).
            if correspondents && is_office_abbreviation(name) {
                continue;
            }
            names.push(same_span(word, plain_word, tok));
        }
        let v = names.join(" ");
        return (!v.is_empty()).then_some(v);
    }
    let mut v = collapse_ws(v);
    // The next fact's label ends the name (`编辑：Dawn　浏览：12`, `Jane Doe Photo: …`).
    let next_label = v.match_indices(' ').map(|(at, _)| at).find(|&at| {
        v[at + 1..]
            .split(' ')
            .next()
            .is_some_and(|w| w.contains([':', '：']))
    });
    if let Some(at) = next_label {
        v.truncate(at);
    }
    for stop in [" on ", " Updated", " Published", " Posted", ", ", " - "] {
        if let Some(p) = v.find(stop) {
            v.truncate(p);
        }
    }
    let v = v.trim_matches(TRIM).to_string();
    let words = v.split(' ').count();
    // A login handle in lower case (`责任编辑：biaoffeng`) names the editor too.
    let handle = (2..=20).contains(&v.len())
        && v.starts_with(|c: char| c.is_ascii_lowercase())
        && v.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    let ok = !v.is_empty()
        && v.chars().count() <= 80
        && words <= 10
        && (v.starts_with(|c: char| c.is_uppercase()) || handle)
        && !v.contains("http");
    ok.then_some(v)
}

/// Whether a byline's words are a phrase that opens with a determiner,
/// not a name: a determiner alone or before a role (`A Staff Reporter`,
/// `Our Correspondent`), or a heading after `By` (`By This Week`, `By The
/// Numbers`). `The` before two words or more opens an outlet's name (`The
/// Associated Press`, `The New York Times`).
fn is_determiner_phrase(name: &str) -> bool {
    let mut words = name.split_whitespace();
    match words.next() {
        Some("The") => words.count() < 2,
        Some(first) => ["A", "Our", "This", "These", "That", "Your"].contains(&first),
        None => false,
    }
}

/// One person written family name first (`Smith, Anna`, `Newth, George
/// S`), as catalogues and some bylines list authors, in the order the
/// corpora write names (`Anna Smith`): a single family name, a comma, and
/// a given name that the list of names would take for a second person, one
/// short word (`Anna`: a longer one is a place, `Reuters, Berlin`, and is
/// dropped) or one with initials (`George S`).
fn inverted_name(v: &str) -> Option<String> {
    let (family, given) = v.trim().split_once(", ")?;
    let word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
    };
    let initial = |w: &str| {
        let letters = w.trim_end_matches('.');
        letters.chars().count() == 1 && letters.starts_with(char::is_uppercase)
    };
    let given_words: Vec<&str> = given.split_whitespace().collect();
    let given_name = match given_words.as_slice() {
        [first] => word(first) && first.chars().count() <= 4,
        [first, initials @ ..] => {
            word(first) && initials.len() <= 2 && initials.iter().all(|w| initial(w))
        }
        [] => false,
    };
    (word(family) && given_name).then(|| format!("{} {family}", given_words.join(" ")))
}

/// A byline value: Latin-script names cleaned as a byline element's text
/// (cut at a glued `@handle`, a month name, a role such as `Contributor`),
/// Chinese names (or what the byline rules reject, unless it opens with a
/// determiner) as a person value.
fn latin_names(raw: &str) -> Option<String> {
    let latin = raw
        .trim_start()
        .starts_with(|c: char| c.is_alphabetic() && !is_cjk(c));
    latin
        .then(|| clean_byline(raw))
        .flatten()
        .or_else(|| clean_person(raw).filter(|v| !(latin && is_determiner_phrase(v))))
}

/// Words other than roles ([`ROLE_WORDS`]) that end a byline's name
/// part: "updated", "on", links, reading time.
const BYLINE_STOPS: &[&str] = &[
    "follow",
    "updated",
    "update",
    "last",
    "published",
    "publiziert",
    "veröffentlicht",
    "aktualisiert",
    "publié",
    "publiée",
    "publicado",
    "publicada",
    "pubblicato",
    "atualizado",
    "posted",
    "submitted",
    "on",
    "am",
    "um",
    "le",
    "el",
    "autor",
    "autorin",
    "share",
    "teilen",
    "stand",
    "email",
    "e-mail",
    "mehr",
    "more",
    "lesezeit",
    "min",
    "minuten",
    "illustration",
    "illustrationen",
    "foto",
    "fotos",
    "photo",
    "photos",
    "bilder",
];

/// The words that join two names in a byline (`Jane Roe and Sam Kim`,
/// German `und`, Danish and Norwegian `og`, French `et`, Spanish `y`,
/// Italian and Portuguese `e`, Swedish `och`, Polish `i`, Finnish `ja`,
/// Turkish `ve`, Russian `и`, Ukrainian `і` and `та`, Greek `και`,
/// Malay and Indonesian `dan`, Romanian `și` (also written with a
/// cedilla, `şi`), Hungarian `és`).
/// Dutch `en` is left out: Spanish and French write `en` before a place.
pub(crate) const NAME_JOINERS: &[&str] = &[
    "and", "und", "og", "et", "y", "e", "och", "i", "ja", "ve", "и", "і", "та", "και", "dan", "și",
    "şi", "és",
];

/// `text` cut at each of [`NAME_JOINERS`] written between two words.
fn split_at_joiners(text: &str) -> Vec<String> {
    let mut parts = vec![text.to_string()];
    for joiner in NAME_JOINERS {
        let sep = format!(" {joiner} ");
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep.as_str()).map(str::to_string))
            .collect();
    }
    parts
}

/// Words that name a newsroom role; they end a byline's name part.
const ROLE_WORDS: &[&str] = &[
    "staff",
    "writer",
    "reporter",
    "correspondent",
    "columnist",
    "contributor",
    "editor",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    // Korean `기자` (reporter) and `특파원` (correspondent) follow the name.
    "기자",
    "특파원",
];

/// Whether the words of a name part before a role word end in a desk
/// that takes the role (`Jane Roe Globe` + `Staff`, `Ben Roe Games` +
/// `Editor`): three words or more, the last two capitalised.
fn ends_with_desk(words: &[&str]) -> bool {
    words.len() >= 3
        && words[words.len() - 2..]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// A lowercase particle inside a name (`Ursula von der Leyen`, `Ahmed bin
/// Ali`, capitalised in `Nadia El Khayati`), not a word that ends the name.
fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "von"
            | "van"
            | "de"
            | "der"
            | "den"
            | "da"
            | "di"
            | "du"
            | "del"
            | "della"
            | "la"
            | "le"
            | "bin"
            | "al"
            | "el"
            | "ten"
            | "zu"
    )
}

/// Whether the last of `words` is a name particle (`Luigi Di`, `Anna de`):
/// the next word is the surname even when it spells a month (`Maio`,
/// `Mai`).
fn after_name_particle(words: &[&str]) -> bool {
    words
        .last()
        .is_some_and(|w| is_name_particle(&w.trim_matches(TRIM).to_lowercase()))
}

/// Whether `word` is a capitalised `Min` after the first word of a name
/// (`Tan Hui Min`): a given name, not the `min` of a reading time.
fn is_capitalised_min(word: &str, words_before: &[&str]) -> bool {
    !words_before.is_empty() && word == "Min"
}

/// Whether `word`, after the first word of a name, is a capitalised name
/// particle (`Loïc Le Clerc`): a stop word such as the French date's `le`
/// ends the name only when written in lowercase.
fn is_capitalised_particle(word: &str, words_before: &[&str]) -> bool {
    !words_before.is_empty()
        && word.starts_with(char::is_uppercase)
        && is_name_particle(&word.to_lowercase())
}

/// Phrases of a verb and a preposition that put the author's names after
/// them (`Written by`, `Verfasst von`, `Escrito por`), lowercase. The one
/// list behind the byline lead ([`BYLINE_LEAD`]), the lead that
/// [`tidy_author`] drops and the bare lead it rejects, and the
/// `twitter:label` that says its data is the author (meta.rs).
pub(crate) const BYLINE_LEAD_PHRASES: &[&str] = &[
    "written by",
    "story by",
    "text von",
    "posted by",
    "post by",
    "submitted by",
    "reported by",
    "verfasst von",
    "erstellt von",
    "geschrieben von",
    "veröffentlicht von",
    "publicado por",
    "escrito por",
    "publié par",
    "écrit par",
    "rédigé par",
    "scritto da",
    "a cura di",
    "geschreven door",
    "von unserem redakteur",
    "von unserer redakteurin",
    "von unserem korrespondenten",
    "von unserer korrespondentin",
    "von unserem mitarbeiter",
    "von unserer mitarbeiterin",
];

/// The lead of a byline element's text: a phrase of
/// [`BYLINE_LEAD_PHRASES`] or a single lead word (`By`, `Von`, `Par`,
/// `Text`, `Autor:`, Polish `oprac.`, Thai `โดย`, Vietnamese `Tác giả`), the writing credited with the
/// pictures (`Text und Foto:`, `Texte et photos :`), then an optional
/// colon and a space.
static BYLINE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    let phrases: Vec<String> = BYLINE_LEAD_PHRASES
        .iter()
        .map(|p| regex::escape(p).replace(' ', r"\s+"))
        .collect();
    Regex::new(&format!(
        r"(?i)^\s*(?:{}|by|{}|penulis|wartawan|tác\s+giả|συντάκτης|συντάκτρια|โดย|(?:text|texte)(?:(?:\s+(?:und|and|et)\s+|\s*[&/]\s*)(?:fotos?|bild(?:er)?|photos?))?|autor(?:in|innen|en)?|author|auteur|autore|autrice|oprac\.|بقلم|كتب|نویسنده)\s*[:：]?\s+",
        phrases.join("|"),
        OPENING_LEAD_WORDS.join("|")
    ))
    .expect("valid regex")
});

/// A capitalised lead word glued to a capitalised name (`ByLiya Roe`): the
/// page set the name in a link or span of its own right after `By`, and
/// its style, not a space, parts them. Case-sensitive, so `Bylaw` and
/// `Vonnegut` stay words; the group is the name's first two letters.
static GLUED_BYLINE_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:By|Von|Par|Por)(\p{Lu}\p{Ll})").expect("valid regex"));

/// Whether `text` is only a byline lead (`By`, `Written by`, `Von`, and
/// alone the short leads of [`SHORT_BYLINE_LEAD`], `Af`, `di`) or a
/// writer's label of one word with its colon in any language
/// ([`writer_label_len`]: `ผู้เขียน:`, `रिपोर्ट:`).
pub(crate) fn is_byline_lead(text: &str) -> bool {
    let text = text.trim();
    BYLINE_LEAD
        .find(&format!("{text} "))
        .is_some_and(|m| m.end() == text.len() + 1)
        || writer_label_len(text) == Some(text.len())
        || SHORT_LEADS.contains(&text.to_lowercase().as_str())
}

/// Words before `by` or `from` that credit other work than the writing
/// (`Edited by`, `Fact checked by`, `Contributions from`, a platform's
/// `Powered by`), besides the pictures' (see [`is_picture_credit`]), lower
/// case.
const OTHER_WORK_CREDITS: [&str; 6] = [
    "edited",
    "powered",
    "reviewed",
    "fact checked",
    "fact-checked",
    "contributions",
];

/// Whether the text `before` a `by` or `from` ends with a credit for other
/// work than the writing ([`OTHER_WORK_CREDITS`], ASCII, compared in any
/// case): `Fact checked by`, but not a headline's `… claims, checked`
/// before a card's `By`. Only the end of `before` is read: callers pass
/// all the text before a `by`, which may be a whole page's.
pub(crate) fn credits_other_work(before: &str) -> bool {
    let before = before.trim_end();
    OTHER_WORK_CREDITS.iter().any(|w| {
        let Some(at) = before.len().checked_sub(w.len()) else {
            return false;
        };
        before.is_char_boundary(at)
            && before[at..].eq_ignore_ascii_case(w)
            && before[..at]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace)
    })
}

/// Whether `word` credits the pictures (see [`PICTURE_CREDITS`]).
pub(crate) fn is_picture_credit(word: &str) -> bool {
    PICTURE_CREDITS.contains(&word.trim().to_lowercase().as_str())
}

/// Whether `text` opens with a picture's credit and its colon, maybe in
/// brackets (`Foto: Shutterstock`, `Kuva: Jari Laine`, `摄影：李响`, `(Bild:
/// heise online)`).
fn opens_with_picture_credit(text: &str) -> bool {
    text.split_once([':', '：']).is_some_and(|(label, _)| {
        is_picture_credit(
            label
                .trim_start()
                .trim_start_matches(['(', '[', '（', '【']),
        )
    })
}

/// Words of labels that name someone other than the writer, besides the
/// pictures' ([`PICTURE_CREDITS`]) and the source's in other languages
/// ([`SOURCE_LABELS`]): the editing, the source.
const OTHER_CREDIT_LABELS: &[&str] = &[
    "editor",
    "edited",
    "redaktion",
    "source",
    "toimetaja",
    "图",
    "图片",
    "编辑",
    "责任编辑",
    "来源",
];

/// Whether `label` is the label of a credit that names someone other than
/// the writer ([`OTHER_CREDIT_LABELS`], [`SOURCE_LABELS`]), in any case.
fn labels_other_credit(label: &str) -> bool {
    let label = label.to_lowercase();
    OTHER_CREDIT_LABELS.contains(&label.as_str())
        || SOURCE_LABELS
            .iter()
            .any(|w| w.chars().flat_map(char::to_lowercase).eq(label.chars()))
}

/// The length of the label that opens a byline's text: one word with a
/// colon (`ผู้เขียน: สมชาย`, `रिपोर्ट: सुनीता`, `Penulis: Dewi`), as a page
/// in any language labels its writer, when a name follows and the word
/// is no other credit's label ([`labels_other_credit`], [`PICTURE_CREDITS`]).
fn writer_label_len(text: &str) -> Option<usize> {
    let mut words = text.split_whitespace();
    let word = words.next()?;
    let word_end = text.find(word)? + word.len();
    // The colon glued to the word, or after a space (`ผู้เขียน : สมชาย`).
    let (label, len) = match word.strip_suffix([':', '：']) {
        Some(label) => (label, word_end),
        None => {
            let colon = words.next().filter(|w| matches!(*w, ":" | "："))?;
            (word, word_end + text[word_end..].find(colon)? + colon.len())
        }
    };
    let plain = !label.is_empty()
        && label.chars().all(|c| c.is_alphabetic() || is_mark(c))
        && !labels_other_credit(label)
        && !is_picture_credit(label);
    plain.then_some(len)
}

/// Whether `c` is a combining mark, as the vowel signs of Thai and
/// Devanagari are (`เขียน`, `रिपोर्ट`).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{097F}' | '\u{0E00}'..='\u{0E7F}') && !c.is_alphabetic()
}

/// A short lead word that is also a common word (Italian `di`, Swedish
/// and Norwegian `av`, Danish `af`): a lead only where it opens the byline
/// before a name of two capitalised words or more (`di Maria Rossi`, `Af
/// Anna Lindqvist`), or of two words in capitals (`di GIULIA MANTOVANI`);
/// the group is the name.
/// A Korean name glued to the reporter's role after it (`이지훈기자`, the
/// role in an element of its own: `이지훈<span>기자</span>`).
static GLUED_KOREAN_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(\p{{Hangul}}{{2,4}})({})(\s|$|[,·])",
        KOREAN_REPORTER_ROLES.join("|")
    ))
    .expect("valid regex")
});

static SHORT_BYLINE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?i:{})\s+(\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}|\p{{Lu}}{{2,}}\s+\p{{Lu}}{{2,}})",
        SHORT_LEADS.join("|")
    ))
    .expect("valid regex")
});

/// The short lead words of [`SHORT_BYLINE_LEAD`], lowercase: Italian
/// `di`, Swedish `av`, Danish `af`, Romanian `de`, Swahili `na`, Greek
/// `του` and `της` (of him, of her: the name after them is in the
/// genitive, as written).
const SHORT_LEADS: [&str; 7] = ["di", "av", "af", "de", "na", "του", "της"];

/// An author label with its colon inside a line of labelled facts
/// (`Datum: 19.11.2021 Autor: Jane Roe`); unlike a lead it needs the colon.
static INNER_AUTHOR_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:autor(?:in)?|author|auteur|autore|verfasser(?:in)?)\s*[:：]\s*")
        .expect("valid regex")
});

/// A nickname in brackets between a first name and the surname
/// (`Richard (R.J.) Eskow`, `Robert (Bob) Smith`): part of the name, where
/// a bracket after the name credits an agency or a role (`Jane Roe (AFP)`).
static BRACKETED_NICKNAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\p{Lu}[\p{L}'’.-]*\s\((?:(?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}{1,12})\)\s\p{Lu}")
        .expect("valid regex")
});

/// Cuts the weekday (`Sonntag, den`, `on Sunday,`, `Do`, `So.`, `Sun,`)
/// off the end of `v`, for text that was just cut before a date or a
/// time: there the word is the date's weekday, elsewhere a short one may
/// end a name (`Adrienne So`).
fn cut_weekday(v: &mut String) {
    let (mut start, mut word) = last_word(v);
    // The article between a weekday and its date (`Sonntag, den 9. März`,
    // `jeudi le 12`).
    if matches!(word, "den" | "le") {
        (start, word) = last_word(&v[..start]);
    }
    let weekday = dates::is_weekday_name(word)
        || (word.starts_with(char::is_uppercase) && dates::is_weekday_or_abbreviation(word));
    if start == 0 || !weekday {
        return;
    }
    // The preposition before it (`on Sunday`, `am Sonntag`).
    let (before, word) = last_word(&v[..start]);
    v.truncate(if before > 0 && matches!(word, "on" | "am") {
        before
    } else {
        start
    });
}

/// Cuts a role glued to the name (`Edward KeenanCity Columnist`, `Jane
/// RoePublished:`): a lowercase run of three or more, then a capital,
/// after the first word. A camel-case word after two words or more of
/// name, whose glued part is no stop word, is a desk written as one word
/// (`Adam Roe PhillyVoice Staff`), cut whole.
fn cut_glued_role(v: &mut String) {
    let mut lower_run = 0;
    for (i, c) in v.char_indices() {
        if c.is_uppercase() && lower_run >= 3 && v[..i].contains(' ') {
            let word_start = v[..i].rfind(' ').map_or(0, |p| p + 1);
            let words_before = v[..word_start].split_whitespace().count();
            let glued = v[i..].split_whitespace().next().unwrap_or("");
            let glued = glued.trim_matches(TRIM).to_lowercase();
            let stop =
                BYLINE_STOPS.contains(&glued.as_str()) || ROLE_WORDS.contains(&glued.as_str());
            v.truncate(if words_before >= 2 && !stop {
                word_start
            } else {
                i
            });
            return;
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
}

/// A byline element's text as the names it gives: the lead word (`By`,
/// `Von`, `Par`, `Por`, `Autor:`) dropped; cut at dates, times, `|`,
/// `Follow`, role words (`Staff Writer`, `Contributor`) and at a role glued
/// to the name (`Emma MackenzieLifestyle Writer`); several names joined
/// with `"; "`. `None` when what is left does not look like names.
pub(crate) fn clean_byline(raw: &str) -> Option<String> {
    let text = collapse_ws(raw);
    let hangul = |c: char| ('\u{ac00}'..='\u{d7a3}').contains(&c);
    let text = if text.contains(hangul) {
        GLUED_KOREAN_ROLE.replace_all(&text, "$1 $2$3").into_owned()
    } else {
        text
    };
    // An editor's credit, a follow button, a forum post's time (`发表于
    // 前天 11:37`).
    if text.contains("编辑") || text.contains("关注") || text.starts_with("发表于") {
        return None;
    }
    // Another credit's label and its colon (`Editor: Jane Roe`, Estonian
    // `Toimetaja: Mari Peegel`, `Source: …`).
    if let Some((label, _)) = text.split_once([':', '：']) {
        if labels_other_credit(label.trim()) {
            return None;
        }
    }
    // A Chinese credit for the writing before the names (`文｜财新 刘沛林`).
    let text = match WEN_SLASH.captures(&text) {
        Some(c) => c[1].to_string(),
        None => text,
    };
    // A text that ends with `by` (`COMMENTARY BY`, `Story by`) leads the
    // name shown after it.
    if text
        .rsplit_once(' ')
        .is_some_and(|(_, last)| last.eq_ignore_ascii_case("by"))
    {
        return None;
    }
    // An author label inside a line of labelled facts (`Datum: 19.11.2021
    // Autor: Jane Roe Quelle: …`) starts the names.
    let text = match INNER_AUTHOR_LABEL.find(&text) {
        Some(m) if m.start() > 0 => text[m.end()..].to_string(),
        _ => text,
    };
    let lead = match BYLINE_LEAD.find(&text) {
        Some(m) => m.end(),
        None => GLUED_BYLINE_LEAD
            .captures(&text)
            .or_else(|| SHORT_BYLINE_LEAD.captures(&text))
            .and_then(|c| c.get(1))
            .map(|name| name.start())
            .or_else(|| writer_label_len(&text).filter(|&l| l < text.trim_end().len()))
            .unwrap_or(0),
    };
    let mut v = text[lead..].to_string();
    // A Dutch lead (`Door`) joins the names with Dutch `en`, which
    // [`NAME_JOINERS`] leaves out.
    if text[..lead]
        .trim()
        .trim_end_matches(':')
        .to_lowercase()
        .ends_with("door")
    {
        v = v.replace(" en ", ", ");
    }
    // After a lead the name starts at once: a separator ends its credit,
    // and a `by` after it credits someone else (`Story by Mary Roe •
    // Photos by Tom Reed`).
    if lead > 0 {
        if let Some(p) = v.find(['•', '|', '·']) {
            v.truncate(p);
        }
    }
    // `Tech Industry by Steven Musil`, `Review by Rick Lane`; a first-person
    // story `as told to` its writer (`Amie Roe as told to Jane Doe`).
    for writer_lead in [" by ", " as told to "] {
        if let Some(p) = writer_lead_end(&v, writer_lead) {
            v = v[p..].to_string();
        }
    }
    // An interview credits the guest and the journalist (`Jana Berg im
    // Gespräch mit Tim Roe`, as German radio bylines an interview).
    v = v.replacen(" im Gespräch mit ", ", ", 1);
    // A date or a time ends the names, and so does the weekday before it.
    if let Some(d) = dates::find_date(&v) {
        v.truncate(d.start);
        cut_weekday(&mut v);
    }
    // A news agency's code after a slash is credited beside the writer
    // (`Lina Forsberg/TT`, `Jana Berg/dpa`).
    if let Some((name, code)) = v.trim_end().rsplit_once('/') {
        let code = code.trim();
        let agency_code = (2..=5).contains(&code.chars().count())
            && (code.chars().all(|c| c.is_ascii_uppercase())
                || code.chars().all(|c| c.is_ascii_lowercase()));
        if agency_code && name.trim().contains(' ') && !name.contains('/') {
            v = format!("{}; {code}", name.trim());
        }
    }
    // The desk credited before its writer (`Redacção / Paulo Monteiro`)
    // gives way to the writer.
    if let Some((desk, name)) = v.split_once('/') {
        if is_newsroom_word(desk.trim()) && !name.trim().is_empty() {
            v = name.trim().to_string();
        }
    }
    // Co-writers each named with a role after a dash and parted by slashes
    // (`Jean Roe - Reporter / Ana Cruz - Contributor`).
    let with_roles: Vec<&str> = v
        .split(" / ")
        .map_while(|part| {
            let (name, role) = part.split_once(" - ")?;
            let role = role.split_whitespace().next()?.to_lowercase();
            ROLE_WORDS.contains(&role.as_str()).then_some(name.trim())
        })
        .collect();
    if with_roles.len() >= 2 {
        v = with_roles.join(", ");
    }
    let nickname_end = BRACKETED_NICKNAME
        .find(&v)
        .and_then(|m| v[..m.end()].rfind(')'))
        .map_or(0, |close| close + 1);
    if let Some(p) = v[nickname_end..]
        .char_indices()
        .find(|&(at, c)| {
            c.is_ascii_digit()
                || matches!(c, '|' | '@' | '•' | '\n' | '(' | '/' | '–' | '—')
                || (c == '·' && !dot_joins_name(&v, nickname_end + at))
        })
        .map(|(at, _)| at + nickname_end)
    {
        let digit = v[p..].starts_with(|c: char| c.is_ascii_digit());
        v.truncate(p);
        if digit {
            // The count of further authors a list hides (`+55 more`).
            v.truncate(v.trim_end_matches('+').len());
            cut_weekday(&mut v);
        }
    }
    // Arabic bylines part co-authors with a dash (`كتب أحمد حسن - محمود
    // طه`) and may open with the place (`العقبة - محمد الخوالدة`);
    // elsewhere a dash ends the names (`Jane Roe - Staff`).
    let arabic_words = |part: &str, counts: std::ops::RangeInclusive<usize>| {
        let words: Vec<&str> = part.split_whitespace().collect();
        counts.contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().all(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
    };
    let arabic_names = |part: &str| arabic_words(part, 2..=4);
    if lead > 0 && v.split(" - ").all(arabic_names) {
        v = v.replace(" - ", ", ");
    }
    if let Some((place, names)) = v.split_once(" - ") {
        if arabic_words(place, 1..=1) && names.split(" - ").all(arabic_names) {
            v = names.replace(" - ", ", ");
        }
    }
    if let Some(p) = v.find(" - ") {
        v.truncate(p);
    }
    cut_glued_role(&mut v);
    if let Some(name) = inverted_name(&v) {
        v = name;
    }
    let mut names: Vec<String> = Vec::new();
    for part in v.split([',', ';', '&', '、']).flat_map(split_at_joiners) {
        let mut words: Vec<&str> = Vec::new();
        let mut runs_into_prose = false;
        let mut ends_at_role = false;
        for w in part.split_whitespace() {
            let lw = w.trim_matches(TRIM).to_lowercase();
            let lower_word = w.starts_with(|c: char| c.is_lowercase()) && !is_name_particle(&lw);
            // Prose after words that already hold a lowercase word
            // (`Projektleiterin der HSS in Tunis`); a name before a
            // dateline (`Tim Roe in The Hague`) holds none.
            runs_into_prose = lower_word
                && words.len() >= 2
                && !BYLINE_STOPS.contains(&lw.as_str())
                && words.iter().enumerate().any(|(k, w)| {
                    // A particle is part of a name (`Anton van Berg`,
                    // `von der Leyen`), but `der` or `den` right after a
                    // capitalised word is an article (`Leiterin der HSS`).
                    let lw = w.trim_matches(TRIM).to_lowercase();
                    let after_particle = k > 0 && words[k - 1].starts_with(char::is_lowercase);
                    w.starts_with(char::is_lowercase)
                        && (!is_name_particle(&lw)
                            || (matches!(lw.as_str(), "der" | "den") && !after_particle))
                });
            // A word with a colon after the names labels the next fact
            // (`Jane Roe Quelle: …`); so does a word before a colon set
            // apart (`ณัฐวุฒิ ศรีสุข กราฟิก : …`).
            if matches!(w, ":" | "：") && words.len() >= 3 {
                words.pop();
                break;
            }
            // `FOR` in a byline in capitals credits the outlet after it
            // (`SOPHIE HARTLEY FOR HERALDONLINE`).
            if (lower_word && words.len() >= 2)
                || (words.len() >= 2 && w == "FOR")
                || (!words.is_empty() && w.ends_with([':', '：']))
                || (BYLINE_STOPS.contains(&lw.as_str())
                    && !is_capitalised_particle(w, &words)
                    && !is_capitalised_min(w, &words))
                || ROLE_WORDS.contains(&lw.as_str())
                || (words.len() >= 2 && dates::is_month_name(&lw) && !after_name_particle(&words))
            {
                // (A Korean role follows every name: `김민준 기자, 이지현 기자`.)
                // A name before a desk and its role (`Ada Lee Globe Staff`)
                // is a writer's.
                let role = ROLE_WORDS.contains(&lw.as_str());
                let desk = role && ends_with_desk(&words);
                ends_at_role = role && lw.is_ascii() && !desk;
                if desk {
                    words.pop();
                }
                break;
            }
            words.push(w);
        }
        // The same name twice (`Jane Roe Jane Roe`).
        let half = words.len() / 2;
        if words.len() >= 4 && words.len().is_multiple_of(2) && words[..half] == words[half..] {
            words.truncate(half);
        }
        let name = words.join(" ");
        let name = name.trim_matches(TRIM);
        // A part after the names that runs into prose describes the person
        // (`Uta Berg, Projektleiterin der HSS in Tunis`), no co-author; so
        // does one that ends in a role (`Richard Evans, Local Democracy
        // Reporter`).
        if name.is_empty() || (!names.is_empty() && (runs_into_prose || ends_at_role)) {
            continue;
        }
        if is_determiner_phrase(name) {
            continue;
        }
        let n = name.split(' ').count();
        if name.starts_with(is_cjk) {
            // Chinese names are short; a longer run is a title or a blurb.
            let short = name.split(' ').all(|t| {
                (2..=5).contains(&t.chars().count()) && t.chars().all(|c| is_cjk(c) || c == '·')
            });
            if !short {
                return None;
            }
            // A posting label left before the cut date (`发表于 2024-3-12`)
            // names no one.
            if !POSTING_LABELS.contains(&name) {
                names.push(name.to_string());
            }
            continue;
        }
        // A credit after the first name that names an institution is the
        // writer's affiliation (`Kayla Wong, Pacific Institute of Marine
        // Science`).
        if !names.is_empty() && names_an_institution(&part) {
            continue;
        }
        // A one-word credit after the first name is a section or a place
        // (`Bern`, `Wien`) unless it is an agency-style short code (`dpa`,
        // `AFP`), written in one case; a single letter is what a cut left
        // of a code (`G1 RO`).
        let short_code = (2..=4).contains(&name.chars().count())
            && !(name.starts_with(char::is_uppercase)
                && name.chars().skip(1).all(char::is_lowercase));
        if !names.is_empty() && n == 1 && !short_code {
            continue;
        }
        let ok = n <= 5
            && name.chars().count() <= 50
            && name.starts_with(|c: char| c.is_uppercase() || is_cjk(c) || is_caseless_letter(c))
            && !name.contains("http")
            && !name.contains(".com");
        if !ok {
            // An initials-only credit (`dpa`, `ssi`) or a login handle
            // (`jroe`, `karstenmueller`) is still a name.
            if n == 1
                && (2..=20).contains(&name.chars().count())
                && name.chars().all(|c| c.is_alphabetic() || c == '-')
            {
                names.push(name.to_string());
                continue;
            }
            return None;
        }
        names.push(name.to_string());
    }
    (!names.is_empty() && names.len() <= 6).then(|| names.join("; "))
}

/// Words that name an institution, lower case: a credit that holds one
/// as a capitalised word (`University of Otago`, `Pacific Institute of
/// Marine Science`) is an affiliation, no person.
const INSTITUTION_WORDS: &[&str] = &[
    "institute",
    "institut",
    "university",
    "universität",
    "université",
    "universidad",
    "universidade",
    "università",
    "college",
    "school",
    "foundation",
    "centre",
    "center",
    "laboratory",
    "hospital",
    "museum",
    "society",
    "association",
    "academy",
];

/// Whether `credit` names an institution (see [`INSTITUTION_WORDS`]).
fn names_an_institution(credit: &str) -> bool {
    has_capitalised_word_of(credit, INSTITUTION_WORDS)
}

/// Whether a capitalised word of `credit` (parted by spaces or hyphens)
/// is one of `words` (lower case).
fn has_capitalised_word_of(credit: &str, words: &[&str]) -> bool {
    credit
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.starts_with(char::is_uppercase))
        .any(|w| words.contains(&w.to_lowercase().as_str()))
}

/// Chinese labels of the posting time (`发表于`, posted at), which a
/// forum or blog sets where a byline stands; no names.
const POSTING_LABELS: &[&str] = &[
    "发表于",
    "發表於",
    "发布于",
    "發佈於",
    "更新于",
    "发表时间",
    "发布时间",
    "更新时间",
];

/// Whether `c` is a letter of a script without case (Arabic, Hebrew,
/// Persian, Devanagari), where a name starts with no capital; or of
/// Georgian Mkhedruli (`ნინო ბერიძე`), which Unicode counts as lower case
/// beside its capitals (Mtavruli) that running text does not use.
fn is_caseless_letter(c: char) -> bool {
    c.is_alphabetic()
        && ((!c.is_uppercase() && !c.is_lowercase()) || ('\u{10D0}'..='\u{10FF}').contains(&c))
}

/// Chinese page-tool words (share, comment, print, font size, …) that sit
/// beside a byline or a source name and are neither.
pub(crate) const PAGE_TOOLS: &[&str] = &[
    "原创",
    "转载",
    "分享",
    "评论",
    "我要评论",
    "收藏",
    "打印",
    "关闭",
    "举报",
    "纠错",
    "关注",
    "字号",
    "阅读",
    "来自",
    "出自",
    "报道",
    "听新闻",
    "朗读",
];

/// Whether `word` is one or more of [`PAGE_TOOLS`] written together
/// (`打印`, `打印关闭`).
fn is_page_tools(word: &str) -> bool {
    let mut rest = word;
    while let Some(after) = PAGE_TOOLS.iter().find_map(|t| rest.strip_prefix(t)) {
        rest = after;
    }
    !word.is_empty() && rest.is_empty()
}

/// Labels of a page's view counts (`点击：`, `浏览次数：`), the fact a
/// line of Chinese facts often closes with.
const COUNT_LABELS: [&str; 8] = [
    "点击数",
    "点击",
    "浏览次数",
    "浏览",
    "阅读数",
    "阅读",
    "访问量",
    "人气",
];

/// Words after a Chinese name that say what the named did to the copy
/// (`张三 整理`, `安全环保部 供稿`): they end the credit.
const CREDIT_WORDS: [&str; 6] = ["整合", "编译", "综合", "报道", "整理", "供稿"];

/// Where a Chinese page's share links lead (`分享到：微信 微博`): the
/// names of those links close a line of facts beside a byline.
const SHARE_TARGETS: &[&str] = &["分享到", "微信", "朋友圈", "微博", "QQ空间", "QQ"];

/// Clutter at the end of an author string that [`tidy_author`] cuts off.
static TIDY_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)
        \s*(?:
            (?:\s(?:{de})\.?,?\s+)?(?-u:\b)\d{{1,2}}:\d{{2}}(?-u:\b).*   # a time, after its weekday
          | \s(?:{de})\.$              # a German weekday (`So.`; `So` alone is a name)
          | \s(?:{en})[.,]$     # an English weekday (`Sun` alone is a name)
          | \s(?:on|am|le|el)$                          # a dangling preposition
          | \s(?i:last\s+updated(?-u:\b)|updated(?-u:\b)|kategorien?:|über\s+autorenseite(?-u:\b)|about\s+the\s+author(?-u:\b)).*
          | (?:\s+(?:(?:{tools}|{share})[:：]?)+)+$   # page tools, share links (`微信微博`)
          | \s\S+报道$                                   # 山东冠县报道
          | \s(?:{credits})$                             # 安全环保部 供稿
          | \s(?:{korean})$                             # a Korean reporter's role (신현주 기자)
        )$",
        de = dates::GERMAN_WEEKDAY_ABBREVIATIONS.join("|"),
        en = dates::ENGLISH_WEEKDAY_ABBREVIATIONS.join("|"),
        tools = PAGE_TOOLS.join("|"),
        share = SHARE_TARGETS.join("|"),
        credits = CREDIT_WORDS.join("|"),
        korean = KOREAN_REPORTER_ROLES.join("|"),
    ))
    .expect("valid regex")
});

/// Titles of a site's page or box about its writers, in the languages
/// of the bylines read (`About us`, `Über uns`, `Qui sommes-nous`).
const ABOUT_US: [&str; 14] = [
    "about us",
    "about me",
    "über uns",
    "über mich",
    "ueber uns",
    "à propos",
    "qui sommes-nous",
    "sobre nosotros",
    "sobre mí",
    "quiénes somos",
    "over ons",
    "over mij",
    "chi siamo",
    "o nas",
];

/// The author string with clutter that any source may leave on it cut
/// off: a `|` and what follows (`Jane Roe | The Journal`), a trailing time,
/// weekday, `on`, `last updated`, `Kategorien: …`, a lead `Veröffentlicht
/// von`, and Chinese trailers (`出自`, `分享`, `XX报道`); padded Chinese
/// names are joined (`赵  培`).
pub(crate) fn tidy_author(raw: &str) -> Option<String> {
    let joined = if raw.trim_start().starts_with(is_han) {
        join_padded_names(raw).join(" ")
    } else {
        raw.to_string()
    };
    let mut v = joined.trim();
    if let Some(p) = v.find(" | ") {
        v = &v[..p];
    }
    // A photo credit is not the author, nor the title of a box or page
    // about the writers (`<p class="author-box-title">Über uns</p>`).
    if opens_with_picture_credit(v)
        || ABOUT_US.contains(&v.trim_end_matches(['.', ':']).to_lowercase().as_str())
    {
        return None;
    }
    v = strip_lead_phrase(v);
    // Labels of the writer that are no byline lead elsewhere.
    for lead in ["Interview: ", "Text: "] {
        if let Some(rest) = v.strip_prefix(lead) {
            v = rest;
        }
    }
    let mut v = v.to_string();
    for _ in 0..2 {
        let cut = TIDY_TAIL.find(&v).map(|m| m.start());
        match cut {
            Some(p) if p > 0 => v.truncate(p),
            _ => break,
        }
    }
    // A person then the outlet's staff credit (`Jane Roe Herald Staff`).
    let words: Vec<&str> = v.split(' ').collect();
    if let Some((role, name)) = words.split_last() {
        // Only `Staff`: after another role (`AP Sports Writer`) the desk
        // is what the page credits, not clutter.
        if role.eq_ignore_ascii_case("staff") && ends_with_desk(name) {
            v = name[..name.len() - 1].join(" ");
        }
    }
    cut_glued_role(&mut v);
    // Names joined the page's way (`A und B`, `A og B`) become a list, and
    // an agency credited after a person (`Jane Roe and The Associated
    // Press`) is dropped, as are degrees (`Jane Roe MS, RDN`).
    let mut parts: Vec<String> = Vec::new();
    for part in v
        .split(" und ")
        .flat_map(|p| p.split(" og "))
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(", "))
        .flat_map(|p| p.split("; "))
    {
        let mut words: Vec<&str> = part.split_whitespace().collect();
        while words.len() > 1
            && words
                .last()
                .is_some_and(|w| is_degree(w) || is_staff_code(w))
        {
            words.pop();
        }
        if let Some(p) = words
            .iter()
            .position(|w| *w == "The")
            .filter(|&p| p >= 2 && !words[p - 1].eq_ignore_ascii_case("for"))
        {
            words.truncate(p);
        }
        // A name in capitals, then its outlet in mixed case (`DEE RIVERA
        // Associated Press`).
        let capitals = words
            .iter()
            .take_while(|w| {
                w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
            })
            .count();
        if capitals >= 2 && capitals < words.len() && names_an_outlet(&words[capitals..].join(" "))
        {
            words.truncate(capitals);
        }
        let part = words.join(" ");
        // Another's credit for other work ends the writers (`Jane Roe;
        // edited by Tom Reed`).
        if part
            .find(" by ")
            .is_some_and(|at| credits_other_work(&part[..at]))
        {
            break;
        }
        if part.is_empty()
            || is_degree(&part)
            || (!parts.is_empty()
                && (part.starts_with("The ") || is_outlet_after_person(&parts[0], &part)))
        {
            continue;
        }
        parts.push(part);
    }
    let listed = v.contains([',', ';']) || v.contains(" und ") || v.contains(" og ");
    let v = if parts.len() > 1 && listed {
        parts.join("; ")
    } else {
        parts.join(" and ")
    };
    let v = v.trim_matches(TRIM).to_string();
    // A byline's lead words or a weekday, with no name after them.
    let lead_word = BYLINE_LEAD_PHRASES.contains(&v.to_lowercase().as_str())
        || matches!(
            v.as_str(),
            "Veröffentlicht"
                | "Publiziert"
                | "Publicado"
                | "Datum"
                | "Posted"
                | "Published"
                | "Published by"
        )
        || dates::is_weekday_name(&v);
    // A blog platform's default account names no one.
    let default_account = matches!(
        v.to_lowercase().as_str(),
        "admin" | "administrator" | "administrador" | "webmaster"
    );
    (!v.is_empty() && !lead_word && !default_account).then_some(v)
}

/// Whether `part`, credited after the person `first` (`Rob Roe, CNN`,
/// `Jana Berg, MDR THÜRINGEN`, `Anya Roe, Pittsburgh Post-Gazette`), is
/// an outlet or a desk rather than a co-author: written in capitals after
/// a name in mixed case, or named as an outlet ([`names_an_outlet`]).
/// Lowercase agency codes (`dpa`) stay.
fn is_outlet_after_person(first: &str, part: &str) -> bool {
    if NEWS_AGENCY_CODES.contains(&part) {
        return false;
    }
    let capitals = |s: &str| {
        s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
    };
    (first.chars().any(char::is_lowercase) && capitals(part)) || names_an_outlet(part)
}

/// News agencies' codes, which a byline credits beside the writer as a
/// co-author (`Lina Forsberg/TT`, `Piotr Tymczak, PAP`), unlike another
/// outlet in capitals (`Rob Roe, CNN`).
const NEWS_AGENCY_CODES: &[&str] = &[
    "AFP", "AP", "APA", "ANP", "ANSA", "BTA", "ČTK", "DPA", "EFE", "KNA", "MTI", "NTB", "PAP",
    "SDA", "STT", "TASR", "TT",
];

/// Words that make a name an outlet's (`Associated Press`, `NBC News`,
/// `Tribune News Service`), lowercase.
const OUTLET_WORDS: &[&str] = &[
    "news",
    "post",
    "times",
    "press",
    "gazette",
    "tribune",
    "herald",
    "journal",
    "chronicle",
    "radio",
    "tv",
    "service",
    "network",
    "wire",
    "media",
    "agency",
    "business",
    "magazine",
    "newspaper",
    "broadcasting",
    "bureau",
    "desk",
    "communications",
    "portal",
];

/// Whether a credit names an outlet rather than a person: a capitalised
/// word of [`OUTLET_WORDS`] (`Pittsburgh Post-Gazette`, `CNN Business`),
/// or a contributor's line to a paper (`For the Post-Gazette`, `Special
/// to The Post`, left as `Special to` once the outlet is cut).
pub(crate) fn names_an_outlet(credit: &str) -> bool {
    let lower = credit.to_lowercase();
    lower.starts_with("for the ")
        || lower == "special to"
        || lower.starts_with("special to ")
        || has_capitalised_word_of(credit, OUTLET_WORDS)
}

/// Whether an author string names people rather than a desk code or a
/// label (`red`, `Quelle: sid`): Chinese or Japanese names of two to four
/// characters, or names of two or more capitalised words (or words of a
/// script without capitals: `عمر دراز ننگیانہ`), several joined with
/// `"; "` or spaces.
pub(crate) fn names_people(author: &str) -> bool {
    let cjk_name = |n: &str| (2..=4).contains(&n.chars().count()) && n.chars().all(is_cjk);
    let latin_name = |n: &str| {
        let words: Vec<&str> = n.split(' ').collect();
        words.len() >= 2
            && words.iter().all(|w| {
                w.chars()
                    .all(|c| c.is_alphabetic() || is_mark(c) || matches!(c, '.' | '-' | '\''))
                    && (w.starts_with(char::is_uppercase)
                        || w.starts_with(|c| is_caseless_letter(c) && !is_cjk(c))
                        || is_name_particle(w))
            })
    };
    author.split("; ").all(|n| {
        let n = n.trim();
        latin_name(n) || n.split(' ').all(cjk_name)
    })
}

/// `text` without a lead phrase of [`BYLINE_LEAD_PHRASES`] (any case)
/// and the space after it.
fn strip_lead_phrase(text: &str) -> &str {
    BYLINE_LEAD_PHRASES
        .iter()
        .find_map(|p| {
            let head = text.get(..p.len())?;
            (head.to_lowercase() == *p).then(|| text[p.len()..].strip_prefix(' '))?
        })
        .unwrap_or(text)
}

/// Whether `name` spells out the login handle `handle` (`jroe.smith` →
/// `Jane Roe Smith` does not, `janeroe` → `Jane Roe` does): the name has
/// several words and the same letters and digits as the handle, which the
/// caller gives as one word.
pub(crate) fn spells_out_handle(handle: &str, name: &str) -> bool {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    name.trim().contains(' ') && !letters(handle).is_empty() && letters(handle) == letters(name)
}

/// The name that `text` writes for the login handle `handle` made of a
/// given and a family name joined by `.`, `_` or `-` (`jana.berg` →
/// `Jana Berg` or `Jana M. Berg` with a middle initial): the two names
/// capitalised, in that order, with at most an initial between them.
pub(crate) fn name_of_handle(handle: &str, text: &str) -> Option<String> {
    let (given, family) = handle.split_once(['.', '_', '-'])?;
    let lowercase_word = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_lowercase());
    if !lowercase_word(given) || !lowercase_word(family) {
        return None;
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
        .collect();
    let is = |w: &str, name: &str| {
        w.starts_with(char::is_uppercase) && w.trim_end_matches('.').to_lowercase() == name
    };
    let is_initial = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.as_str() == "."
    };
    words.iter().enumerate().find_map(|(i, w)| {
        if !is(w, given) {
            return None;
        }
        let rest = words.get(i + 1..)?;
        let first = w.trim_end_matches('.');
        match rest {
            [f, ..] if is(f, family) => Some(format!("{first} {}", f.trim_end_matches('.'))),
            [m, f, ..] if is_initial(m) && is(f, family) => {
                Some(format!("{first} {m} {}", f.trim_end_matches('.')))
            }
            _ => None,
        }
    })
}

/// Whether `name` is a full name that starts with `first` alone (`Todd` →
/// `Todd Bates`): two to four words, the first of them `first`, which is
/// written like a given name (a capital, then lowercase letters; `SID` is
/// an agency's code, not a first name).
pub(crate) fn completes_first_name(first: &str, name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut letters = first.chars();
    let given_name = letters.next().is_some_and(char::is_uppercase)
        && first.chars().count() >= 2
        && letters.all(char::is_lowercase);
    given_name && (2..=4).contains(&words.len()) && words[0] == first
}

/// A newsroom's short code for a writer in parentheses after the name
/// (`Jane Roe (jro)`, `Jane Roe (jro).`), possibly cut before its closing
/// parenthesis.
fn is_staff_code(w: &str) -> bool {
    w.strip_prefix('(').is_some_and(|code| {
        let code = code.trim_end_matches([')', '.', ',', ';']);
        (2..=5).contains(&code.chars().count()) && code.chars().all(|c| c.is_lowercase())
    })
}

/// An academic or professional degree written after a name.
fn is_degree(w: &str) -> bool {
    matches!(
        w.trim_matches(|c: char| c == ',' || c == '.'),
        "MD" | "PhD"
            | "Ph.D"
            | "MS"
            | "MSc"
            | "MA"
            | "RD"
            | "RDN"
            | "LD"
            | "MPH"
            | "RN"
            | "MBA"
            | "CPT"
            | "CSCS"
            | "JD"
            | "DVM"
            | "LDN"
            | "CDN"
            | "CDCES"
            | "FAAN"
    )
}

/// Last words of an author that credit a desk rather than a person: only
/// these of [`ROLE_WORDS`] and `desk`; the other roles end job titles
/// that pages show as the author (`Court Reporter`), which are kept.
const STAFF_CREDIT_ENDS: &[&str] = &["staff", "correspondent", "desk"];

/// Whether `author` credits a role alone, as a CMS names an account shared
/// by outside writers (`Guest Contributor`, see [`GENERIC_WRITER_CREDITS`]),
/// or its administrator's account (`admin`, `crhe_admin`, `管理员`,
/// `wordpressadmin`, `Webmaster`): unlike a desk's credit, it names no
/// writer; one may be named elsewhere on the page.
pub(crate) fn names_a_role_alone(author: &str) -> bool {
    let author = fold_traditional(author.trim().trim_end_matches([':', '：'])).to_lowercase();
    GENERIC_WRITER_CREDITS.contains(&author.as_str())
        || author.split(|c: char| !c.is_alphanumeric()).any(|t| {
            t.ends_with("admin")
                || t.ends_with("管理员")
                || matches!(t, "administrator" | "webmaster")
        })
}

/// Roles that credit a writer by themselves, lower case, and the writer's
/// label left empty (`作者：`, a template's slot with no name in it), in
/// simplified label characters (`記者` is read as `记者`).
const GENERIC_WRITER_CREDITS: &[&str] = &[
    "author",
    "作者",
    "记者",
    // The outlet's own reporter, unnamed (`本報記者`).
    "本报记者",
    "本刊记者",
    "本台记者",
    "本网记者",
    "guest",
    "contributor",
    "guest contributor",
    "guest author",
    "guest writer",
    "guest columnist",
    "guest post",
];

/// A newsroom's name for itself in a byline (`Redacción`, `Redação`,
/// `Redaktion`, `Newsroom`): the desk, a credit a page may keep when no
/// writer is named.
const NEWSROOM_WORDS: &[&str] = &[
    "redacción",
    "redaccion",
    "redação",
    "redacção",
    "rédaction",
    "redaktion",
    "redazione",
    "redactie",
    "redakcja",
    "redakce",
    "redaksi",
    "newsroom",
];

/// Whether an author string is a newsroom's credit for itself (see
/// [`NEWSROOM_WORDS`]), alone or with the outlet's initials (`Redacción
/// EV`), or a staff credit (see [`is_staff_credit`]): a desk, which a
/// person named in the page's byline outranks.
pub(crate) fn names_a_desk(author: &str) -> bool {
    let author = author.trim();
    let (word, rest) = author.split_once(' ').unwrap_or((author, ""));
    let initials = (2..=5).contains(&rest.chars().count()) && rest.chars().all(char::is_uppercase);
    is_newsroom_word(author) || (is_newsroom_word(word) && initials) || is_staff_credit(author)
}

/// Whether `word` is one of [`NEWSROOM_WORDS`], in any case.
fn is_newsroom_word(word: &str) -> bool {
    NEWSROOM_WORDS.contains(&word.to_lowercase().as_str())
}

/// The paper's own reporter or desk, as scripts that write no capitals
/// credit it: Bengali `নিজস্ব প্রতিবেদক` (own reporter) and `স্টাফ রিপোর্টার`,
/// Hindi `हमारे संवाददाता` (our correspondent) and `वेब डेस्क` (web desk),
/// Urdu `اسٹاف رپورٹر`, `ویب ڈیسک` and `نیوز ڈیسک` (news desk), Tamil
/// `நமது நிருபர்` (our reporter), Arabic `مراسلنا` (our correspondent). A
/// page may glue its place to it.
const OWN_REPORTER_CREDITS: &[&str] = &[
    "নিজস্ব প্রতিবেদক",
    "স্টাফ রিপোর্টার",
    "हमारे संवाददाता",
    "वेब डेस्क",
    "اسٹاف رپورٹر",
    "ویب ڈیسک",
    "نیوز ڈیسک",
    "நமது நிருபர்",
    "مراسلنا",
];

/// Whether an author string is a staff credit rather than a person
/// (`TMZ Staff`, `Tech Digest Correspondent`, `Metro Desk`), a role alone
/// ([`GENERIC_WRITER_CREDITS`]: `Guest Contributor`), or the
/// paper's own desk in the first person plural (`Our Foreign Staff`,
/// `Unser Korrespondent`, `Notre correspondant`, Swahili `Na Mwandishi
/// Wetu`, and [`OWN_REPORTER_CREDITS`]), whatever word of it a byline cut
/// kept.
pub(crate) fn is_staff_credit(author: &str) -> bool {
    let lower = author.trim().to_lowercase();
    let last = lower.rsplit(' ').next().unwrap_or("");
    let first = lower.split(' ').next().unwrap_or("");
    let our = matches!(
        first,
        "our"
            | "unser"
            | "unsere"
            | "notre"
            | "nos"
            | "nuestro"
            | "nuestra"
            | "nosso"
            | "nossa"
            | "nostro"
            | "nostra"
            | "onze"
    );
    OWN_REPORTER_CREDITS.iter().any(|c| lower.starts_with(c))
        || names_a_role_alone(author)
        || (lower.contains(' ')
            && !lower.contains([';', ','])
            && (STAFF_CREDIT_ENDS.contains(&last) || our || last == "wetu"))
}

/// A reporter in brackets in the dateline opening the text
/// (`新华社巴黎12月9日电（记者唐霁）`), maybe after the outlet's report mark
/// (`【环球网报道 记者 李欣然】`), the reporter's paper, post and role
/// before the credit (`【环球时报驻欧洲特约记者 刘皓然】`).
static DATELINE_REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^.{0,40}?[（(【]\s*(?:\p{Han}{1,8}(?:报道|讯)\s*)?\p{Han}{0,12}?(?:记者|作者)\s*[：:]?\s*([^）)】]{2,30})[）)】]",
    )
    .expect("valid regex")
});
/// A reporter after a paper's news-flash mark opening the text, the name
/// set off by a space (`南都讯 记者林佳怡 在深圳…`, `本报讯 记者 张三、李四
/// 报道`) or glued to `报道` (`【大公報訊】記者黃嘉欣報道：`, the mark in
/// brackets).
static FLASH_REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:【\p{Han}{1,8}讯】\s*|\p{Han}{1,8}讯\s+)(?:本报|全媒体)?记者\s*(\p{Han}{2,4}?(?:、\p{Han}{2,4}?){0,3})(?:\s|报道)",
    )
    .expect("valid regex")
});
/// Names in parentheses right after the dateline's `电` without the
/// reporter's role (`人民网长沙6月11日电（张伟）`), read by
/// [`dateline_names`].
static DATELINE_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^.{0,40}?\d{1,2}日电\s*[（(]\s*(\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,3})\s*[）)]")
        .expect("valid regex")
});

/// The reporters a dateline names in parentheses without their role
/// (`新华社北京6月11日电（张伟 李明）`): only names that start with a common
/// surname, as a column's or a desk's name there (`（国际观察）`) does not.
fn dateline_names(head: &str) -> Option<String> {
    let names = persons(&DATELINE_NAMES.captures(head)?[1])?;
    names.split(' ').all(opens_with_surname).then_some(names)
}

/// A reporter and the place reported from opening the text, as Taiwanese
/// and Hong Kong papers credit them (`〔記者巫明／台北報導〕`,
/// `記者王小明、李四／綜合報導`).
static REPORTER_SLASH_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[〔［\[（(【]?\s*(?:本報|本报)?(?:記者|记者)\s*(\p{{Han}}[\p{{Han}}、]{{1,20}}?)\s*[／/]\s*\p{{Han}}{{1,12}}?(?:{})",
        REPORT_WORDS.join("|")
    ))
    .expect("valid regex")
});
/// A dispatch's brackets that open the text with the reporter's name
/// glued to the place (`（中央社記者吳書緯台北14日電）`), as Taiwanese
/// outlets write it, or to the place they report from
/// (`【欧洲时报记者黄冠杰巴黎报道】`), after any co-reporters, perhaps with
/// a co-writer's role ([`CO_WRITER_ROLES`]: `記者潘姿羽、劉千綾台北20日電`,
/// `记者黄冠杰、实习记者刘思源巴黎报道`), read in simplified label
/// characters; [`name_before_place`] parts the last name from the place.
static REPORTER_PLACE_DISPATCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[（(【〔]\p{{Han}}{{0,10}}?记者((?:\p{{Han}}{{2,4}}、(?:{})?){{0,3}})(\p{{Han}}{{4,7}}?)(?:\d{{1,2}}日(?:電|电)|报[道导])[）)】〕]",
        CO_WRITER_ROLES.join("|")
    ))
    .expect("valid regex")
});

/// A dispatch's brackets that open the text with the reporter's name
/// glued to the day, then the place (`【僑報記者林靜雯10月13日紐約報道】`),
/// read in simplified label characters.
static REPORTER_DATE_DISPATCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[（(【〔]\p{Han}{0,10}?记者(\p{Han}{2,4}(?:、\p{Han}{2,4}){0,3})\d{1,2}月\d{1,2}日\p{Han}{0,8}?(?:[报報][道导導]|[电電])[）)】〕]",
    )
    .expect("valid regex")
});

/// The reporter's name at the start of a name glued to a place
/// (`吳書緯台北`): three characters, as most names have, leaving the place
/// two at least (`王飛台北` is `王飛`).
fn name_before_place(glued: &str) -> String {
    let n = glued.chars().count();
    glued.chars().take(3.min(n.saturating_sub(2))).collect()
}

/// The mark of an original post on self-media platforms opening the text,
/// `原创： <author> <account>`, the author's name perhaps glued to a
/// credit word (`原创： 张三编译 某某研究`).
static ORIGINAL_POST_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^原创\s*[：:]\s*(\p{Han}{2,6}?)(?:编译|整理|综合)?\s+\S").expect("valid regex")
});

/// A `文/X` credit line (`文/张三`, `（文｜李四`, `【文/本报特约作者 王五】`).
static WEN_SLASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[（(【]?\s*文\s*[/｜|丨]\s*(\p{Han}[\p{Han}·\s、]{1,30})")
        .expect("valid regex")
});

/// Endings of a Chinese outlet's name (`新浪网`, `中国新闻`, `人民日报`,
/// `电视台`, `新闻客户端`).
pub(crate) const CHINESE_OUTLET_ENDS: [&str; 6] = ["网", "新闻", "报", "社", "台", "客户端"];

/// Whether `name` is a Chinese outlet's, by its ending
/// ([`CHINESE_OUTLET_ENDS`]: `新浪网`, `星洲日报`).
pub(crate) fn is_chinese_outlet(name: &str) -> bool {
    name.chars().all(is_cjk) && CHINESE_OUTLET_ENDS.iter().any(|end| name.ends_with(end))
}

/// Words that end a writer's role before the name in a credit
/// (`专栏作者 王五`, `特约评论员 李四`).
const WRITER_ROLE_ENDS: [&str; 4] = ["作者", "记者", "评论员", "撰稿人"];

/// A credit's names without the writer's role or the outlet written
/// before them (`观察者网专栏作者 王五` → `王五`, `观察者网 王恺雯` → `王恺雯`;
/// an outlet of four characters or more, longer than a name).
fn without_writer_role(credit: &str) -> &str {
    match credit.trim().split_once(char::is_whitespace) {
        Some((role, names))
            if WRITER_ROLE_ENDS.iter().any(|w| role.ends_with(w))
                || (role.chars().count() >= 4 && is_chinese_outlet(role)) =>
        {
            names
        }
        _ => credit,
    }
}
/// A short line ending in an author or reporter label and names
/// (`作者：张三`, `记者 李四`, `执笔人：王五`, `（执笔：许海东）`).
static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^[（(]?|[》）)\s])(?:作者|记者|执笔人?)\s*[：:]?\s*(\p{Han}[\p{Han}·\s、]{1,30})[）)]?$",
    )
    .expect("valid regex")
});
/// A reporter's dispatch opening the text (`本报记者张三发自北京`).
static DISPATCH_REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:本报|本刊)?(?:特派|特约)?记者\s*(\p{Han}[\p{Han}·\s、]{1,20}?)\s*发自")
        .expect("valid regex")
});
/// A line that is only Chinese words of two or three characters joined by
/// `、` (`张三、李四`), as co-authors are listed under a headline, with an
/// optional credit label before them (`撰文：`, `作者 `) or credit form
/// after them (`/文`, ` 报道`); [`name_list_credit`] reads it.
static NAME_LIST_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<label>(?:作者|记者|撰文)\s*[：:]?\s*|文\s*[：:/｜|]\s*)?(?P<names>\p{Han}{2,3}(?:、\p{Han}{2,3}){1,5})(?P<form>\s*[/／]\s*文|\s*撰文|\s+文|\s*报道)?$",
    )
    .expect("valid regex")
});

/// The most common Chinese surnames, covering most of the population; a
/// list of place names (`北京、上海、广州`) mostly starts otherwise.
const COMMON_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

/// Whether `name` opens with one of [`COMMON_SURNAMES`].
fn opens_with_surname(name: &str) -> bool {
    name.starts_with(|c: char| COMMON_SURNAMES.contains(c))
}

/// Endings of Chinese place names (`郑州`, `浙江省`, `朝阳区`) that a
/// list of names does not have.
const PLACE_ENDINGS: &[char] = &['省', '市', '县', '区', '州', '镇', '村'];

/// Co-authors listed on a line of their own (`张三、李四`, `撰文：张三、李四`,
/// `张三、李四/文`), space-separated like the other Chinese author paths.
/// A line with no credit label or credit form is only taken when at least
/// half of its words start with a common surname and none ends like a
/// place name, so that a line of places is no credit.
fn name_list_credit(line: &str) -> Option<String> {
    let c = NAME_LIST_LINE.captures(line)?;
    let names: Vec<&str> = c["names"].split('、').collect();
    let credited = c.name("label").is_some() || c.name("form").is_some();
    let with_surname = names.iter().filter(|n| opens_with_surname(n)).count();
    let looks_like_people =
        with_surname * 2 >= names.len() && !names.iter().any(|n| n.ends_with(PLACE_ENDINGS));
    (credited || looks_like_people).then(|| names.join(" "))
}

/// The writer's name on a line of its own under the headline, as essays
/// are set (`犬儒病`, then `胡平`, then the text): the text's first
/// paragraph, or its second after a short one (the headline the text
/// repeats, or a subtitle), holds only a name of two or three Han
/// characters that starts with a common surname, and that the text does
/// not use again: a place or a topic on a line of its own (`武汉`, `高考`)
/// is what the text goes on to tell about. Only when no credit line
/// names the writer: a column's name (`马上评`) may stand over one.
fn lone_name_under_headline(paras: &[String]) -> Option<String> {
    let is_name = |p: &str| {
        (2..=3).contains(&p.chars().count())
            && p.chars().all(is_han)
            && opens_with_surname(p)
            && paras.iter().filter(|q| q.contains(p)).count() == 1
    };
    let mut lines = paras.iter().map(|p| p.trim()).filter(|p| !p.is_empty());
    let first = lines.next()?;
    if is_name(first) {
        return Some(first.to_string());
    }
    let second = lines.next()?;
    (first.chars().count() <= 30 && is_name(second)).then(|| second.to_string())
}

/// Text in parentheses ending the line (`（袁源）`), read by
/// [`closing_credit`].
static CLOSING_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[（(]\s*(\p{Han}[\p{Han}·\s、]{1,30})[）)]$").expect("valid regex")
});

/// Chinese names listed with `、` or commas as a person value
/// (`张三、李四` → `张三 李四`).
fn persons(raw: &str) -> Option<String> {
    clean_person(&raw.replace(['、', '，', ','], " "))
}

/// Names in the parentheses that close an article (`（袁源）`,
/// `（常书香 马丹阳）`, `（姚峰 上海报道）`): Chinese names of two to four
/// characters, not an outlet, a news-agency tag or a trailer (`（新华社）`,
/// `（完）`, `（未完待续）`).
fn closing_credit(line: &str) -> Option<String> {
    // Labelled credits for the writing and the pictures (`（文：施友明　圖：蔡佳琪）`),
    // or for the report after the outlet and the place
    // (`（星洲日报／新山・报道：卢秀芳）`).
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"[（(](?:[^（()）：:]{1,20}[／/・·\s])?((?:文|撰文|作者|记者|記者|报道|報道|報導)\s*[：:][^（()）]{2,40})[）)]$",
        )
        .expect("valid regex")
    });
    if let Some(c) = LABELLED.captures(line.trim()) {
        // Taiwan's `報導` is read as the `报道` label.
        return scan(&c[1].replacen("報導", "报道", 1))
            .into_iter()
            .find_map(|(f, v)| (f == Field::Author).then_some(v));
    }
    let inner = &CLOSING_CREDIT.captures(line.trim())?[1];
    // The unit that contributed the copy before its writers
    // (`（江城市消防救援支队 供稿　通讯员 邓凯文 方芷若）`).
    let inner = match inner.rsplit_once("供稿") {
        Some((_, writers)) if !writers.trim().is_empty() => writers,
        _ => inner,
    };
    let names = persons(without_writer_role(inner))?;
    let plausible = names.split(' ').all(|n| {
        (2..=4).contains(&n.chars().count())
            && !n.ends_with([
                '社', '报', '网', '台', '刊', '闻', '讯', '图', '续', '完', '稿',
            ])
    });
    plausible.then_some(names)
}

/// A Chinese reporter credit in the article text: the dateline's
/// `新华社巴黎12月9日电（记者唐霁）`, `（中央社記者X台北14日電）`,
/// `本报记者X发自北京`, `南都讯 记者X 在…`, `〔記者X／台北報導〕` or
/// `【僑報記者X10月13日紐約報道】` in the first three
/// paragraphs, an original
/// post's `原创： X 账号`, a `文/X` line,
/// a short `作者 X` / `记者 X` / `执笔人：X` line among the first six
/// paragraphs or the last three, or names in parentheses closing the text.
pub(crate) fn body_byline(paras: &[String]) -> Option<String> {
    // The first paragraphs: a photo's caption or a line of page tools may
    // come before the dispatch.
    for p in paras.iter().take(3) {
        let head: String = p.trim().chars().take(80).collect();
        // Read in simplified label characters (`香港文匯報訊（記者 陳家倫）`),
        // the names as the page writes them.
        let folded = fold_traditional(&head);
        if let Some(c) = REPORTER_PLACE_DISPATCH.captures(&folded) {
            // Co-reporters before the last one, whose name is glued to
            // the place (`記者潘姿羽、劉千綾台北20日電`), less the role
            // before a name (`、实习记者刘思源巴黎`).
            let role_len = |n: &str| {
                let n = fold_traditional(n);
                CO_WRITER_ROLES
                    .iter()
                    .find(|r| n.starts_with(*r))
                    .map_or(0, |r| r.len())
            };
            let mut names: Vec<String> = same_span(&head, &folded, &c[1])
                .split('、')
                .map(|n| &n[role_len(n)..])
                .filter(|n| !n.is_empty())
                .map(str::to_string)
                .collect();
            names.push(name_before_place(same_span(&head, &folded, &c[2])));
            return Some(names.join(" "));
        }
        if let Some(c) = REPORTER_DATE_DISPATCH
            .captures(&folded)
            .or_else(|| DATELINE_REPORTER.captures(&folded))
            .or_else(|| DISPATCH_REPORTER.captures(&folded))
            .or_else(|| FLASH_REPORTER.captures(&folded))
            .or_else(|| REPORTER_SLASH_PLACE.captures(&folded))
            .or_else(|| ORIGINAL_POST_MARK.captures(&folded))
        {
            if let Some(v) = persons(same_span(&head, &folded, &c[1])) {
                return Some(v);
            }
        }
        if let Some(v) = dateline_names(&head) {
            return Some(v);
        }
        // A `文/X` credit in brackets opening the text (`【文/观察者网 王恺雯】据…`).
        let bracketed = head
            .starts_with('【')
            .then(|| head.split_once('】'))
            .flatten()
            .and_then(|(credit, _)| WEN_SLASH.captures(credit));
        if let Some(v) = bracketed.and_then(|c| persons(without_writer_role(&c[1]))) {
            return Some(v);
        }
    }
    // Co-authors listed on a line of their own under the headline.
    if let Some(names) = paras
        .iter()
        .take(3)
        .find_map(|p| name_list_credit(p.trim()))
    {
        return Some(names);
    }
    // A credit line may follow a block of highlights or a summary
    // (`划重点：` and its points, then `《棱镜》作者 周纯`).
    const OPENING_PARAGRAPHS: usize = 6;
    let n = paras.len();
    let ends = paras.iter().take(OPENING_PARAGRAPHS).chain(
        paras
            .iter()
            .skip(n.saturating_sub(3).max(OPENING_PARAGRAPHS)),
    );
    for (i, p) in ends.enumerate() {
        let line = p.trim();
        if line.chars().count() > 30
            || !line.starts_with(|c: char| is_cjk(c) || "（(《【".contains(c))
        {
            continue;
        }
        if let Some(c) = WEN_SLASH
            .captures(line)
            .or_else(|| CREDIT_LINE.captures(line))
        {
            // Past the first two paragraphs a credit-like line may be an
            // interview's turn (`记者：好的`): its names must start with a
            // common surname.
            let past_opening = (2..OPENING_PARAGRAPHS.min(n)).contains(&i);
            let surnamed = |v: &String| v.split(' ').all(opens_with_surname);
            if let Some(v) =
                persons(without_writer_role(&c[1])).filter(|v| !past_opening || surnamed(v))
            {
                return Some(v);
            }
        }
    }
    paras
        .iter()
        .rev()
        .take(2)
        .find_map(|p| closing_credit(p))
        .or_else(|| lone_name_under_headline(paras))
}

/// A byline opening the article text in a paragraph of its own
/// (`von Jane Roe`, `By Jane Roe and John Doe`): a lead word, then only
/// capitalised names of two to four words.
pub(crate) fn lead_byline(paras: &[String]) -> Option<String> {
    paras.iter().take(2).find_map(|p| {
        let line = p.trim().trim_start_matches(['-', '—', '–', ' ']);
        if line.chars().count() > 60 || !BYLINE_LEAD.is_match(line) {
            return None;
        }
        clean_byline(line).filter(|names| full_names(names))
    })
}

/// A Korean reporter's roles written after the name (`김서연 기자`, `선임기자`
/// senior reporter, `객원기자` guest reporter, `특파원` correspondent).
pub(crate) const KOREAN_REPORTER_ROLES: [&str; 4] = ["기자", "선임기자", "객원기자", "특파원"];

/// A Korean credit: `{before}`, then the names (`김서연`, `김서연·박지훈`)
/// before a reporter's role (see [`KOREAN_REPORTER_ROLES`]), then
/// `{after}`; the names are the first group.
fn korean_credit_pattern(before: &str, after: &str) -> Regex {
    Regex::new(&format!(
        r"{before}(\p{{Hangul}}{{2,4}}(?:\s*[·ㆍ,]\s*\p{{Hangul}}{{2,4}})*)\s*(?:{})\s*{after}",
        KOREAN_REPORTER_ROLES.join("|")
    ))
    .expect("valid regex")
}

/// The names a Korean credit `pattern` finds in paragraph `p`, joined
/// with `"; "`.
fn korean_credited(pattern: &Regex, p: &str) -> Option<String> {
    let c = pattern.captures(p.trim())?;
    let names: Vec<&str> = c[1].split(['·', 'ㆍ', ',']).map(str::trim).collect();
    Some(names.join("; "))
}

/// The reporter a Korean story credits where its text opens, after the
/// outlet (`[한빛일보 김서연 기자] 한국은행이 …`), or after the place and
/// the agency (`(서울=연합뉴스) 김서연 기자 = …`, `[서울=뉴시스]김서연·박지훈
/// 기자 =`), in the first two paragraphs.
pub(crate) fn korean_lead_credit(paras: &[String]) -> Option<String> {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        korean_credit_pattern(
            r"^(?:\[[^\]]{0,20}?\s|[\[(（][^\])）]{1,20}[\])）]\s*)",
            r"(?:\]|=)",
        )
    });
    paras
        .iter()
        .take(2)
        .find_map(|p| korean_credited(&CREDIT, p))
}

/// The reporter a Korean story signs at its end, in a paragraph of its
/// own, perhaps with an e-mail address after the role (`김서연 기자
/// sykim@example.co.kr`), in one of the last three paragraphs.
pub(crate) fn korean_closing_credit(paras: &[String]) -> Option<String> {
    static SIGNATURE: LazyLock<Regex> =
        LazyLock::new(|| korean_credit_pattern("^", r"(?:[\w.+-]+@[\w.-]+)?$"));
    paras
        .iter()
        .rev()
        .take(3)
        .find_map(|p| korean_credited(&SIGNATURE, p))
}

/// The reporters a wire story credits in a line of its own at its end
/// (`Reporting by Jane Roe.`, `(Reporting by Jane Roe and Tim Berg;
/// Editing by Sam Poe)`, `—Reporting by The Associated Press`): the names
/// before the editing or additional-reporting credit, in one of the last
/// ten paragraphs (page tools such as `Follow` and topic links may follow
/// it); a press office closes a release the same way (`Written by Jane
/// Roe; edited by Tim Berg, Media Relations`).
pub(crate) fn closing_reporting_credit(paras: &[String]) -> Option<String> {
    const LEADS: [&str; 2] = ["reporting by ", "written by "];
    paras.iter().rev().take(10).find_map(|p| {
        let line = p.trim().trim_start_matches(['(', '—', '–', '-', ' ']);
        if line.chars().count() > 200 {
            return None;
        }
        let names = LEADS.iter().find_map(|lead| {
            line.get(..lead.len())
                .filter(|l| l.eq_ignore_ascii_case(lead))
                .map(|_| &line[lead.len()..])
        })?;
        // ASCII case folding keeps the byte offsets of `names`.
        let lower = names.to_ascii_lowercase();
        let end = [";", ")", " additional", " editing", " edited"]
            .iter()
            .filter_map(|stop| lower.find(stop))
            .min()
            .unwrap_or(names.len());
        // Names, maybe with a place (`Jane Roe in Beirut`); two lowercase
        // words in a row are a sentence (`Reporting by The Times found
        // that …`).
        let names = &names[..end];
        let words: Vec<&str> = names.split_whitespace().collect();
        let prose = words
            .windows(2)
            .any(|w| w.iter().all(|w| w.starts_with(char::is_lowercase)));
        (!prose).then(|| clean_byline(names)).flatten()
    })
}

/// Whether every name of a `"; "`-joined list is a full name: two to four
/// words, each capitalised or a name particle (`von`, `de`).
pub(crate) fn full_names(names: &str) -> bool {
    names.split("; ").all(|n| {
        let words: Vec<&str> = n.split(' ').collect();
        (2..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || is_name_particle(w))
    })
}

/// A Japanese paper's closing credit of the bureau and the reporter in a
/// line of their own (`（豊後大野支局・河野美咲）`, `（社会部・佐藤健）`), in
/// one of the last three paragraphs.
static JAPANESE_BUREAU_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[（(]\p{Han}{0,8}(?:支局|総局|本社|報道部|社会部|政治部|経済部|運動部|文化部|通信部|編集委員|記者)\s*[・･]\s*([\p{Han}\p{Hiragana}\p{Katakana}]{2,8})[）)]$",
    )
    .expect("valid regex")
});

/// A Japanese paper's credit of the reporter alone in lenticular
/// brackets (`【佐藤美和】`, `【鈴木 遼太郎】`), closing a paragraph: a line
/// of its own, or after the lead's last sentence (`…している。【鈴木 遼太郎】`).
static JAPANESE_NAME_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|。)【([\p{Han}\p{Hiragana}\p{Katakana}]{1,6}[ 　]?[\p{Han}\p{Hiragana}\p{Katakana}]{1,6})】$",
    )
    .expect("valid regex")
});

/// The reporter a [`JAPANESE_BUREAU_CREDIT`] line names, or on a text in
/// Japanese (it writes kana) a [`JAPANESE_NAME_CREDIT`] that closes one
/// of the last three paragraphs or the first: Chinese pages close with
/// bracketed tools (`【纠错】`).
pub(crate) fn japanese_reporter_credit(paras: &[String]) -> Option<String> {
    let japanese = || {
        paras
            .iter()
            .any(|p| p.chars().any(|c| ('\u{3041}'..='\u{309F}').contains(&c)))
    };
    let name_credit = |p: &str| {
        JAPANESE_NAME_CREDIT
            .captures(p.trim())
            .filter(|_| japanese())
            .map(|c| c[1].to_string())
    };
    paras
        .iter()
        .rev()
        .take(3)
        .find_map(|p| {
            JAPANESE_BUREAU_CREDIT
                .captures(p.trim())
                .map(|c| c[1].to_string())
                .or_else(|| name_credit(p))
        })
        .or_else(|| paras.first().and_then(|p| name_credit(p)))
}

/// Whether a body line is an editor or similar trailer line that is not
/// article text (`责任编辑：X`, `（编辑：X）`, `Edited by X`).
pub(crate) fn is_trailer_line(line: &str) -> bool {
    let l = line.trim().trim_start_matches(['(', '（', '[', '【']);
    let n = l.chars().count();
    if n > 40 {
        return false;
    }
    [
        "责任编辑",
        "责编",
        "编辑：",
        "编辑:",
        "Edited by",
        "Editor:",
        "校对",
        "审核：",
    ]
    .iter()
    .any(|p| l.starts_with(p))
}

/// Whether a line is a Chinese site's footer: its sponsor (`主办单位：`),
/// its licence number (`浙ICP备05018201号`), its government site code
/// (`政府网站标识码`) or its copyright (`版权所有`), in a line of at most
/// 80 characters (a sentence about copyright runs longer).
pub(crate) fn is_site_footer_line(line: &str) -> bool {
    let l = line.trim();
    l.chars().count() <= 80
        && (l.starts_with("主办单位")
            || ["ICP备", "网站标识码", "版权所有", "版權所有"]
                .iter()
                .any(|p| l.contains(p)))
}

/// Whether a line is a platform's notice around a Chinese article: a
/// prompt to follow the account or a topic (`点击蓝字 关注我们`,
/// `更多相关资讯请关注：黑神话：悟空专区`, at most 40 characters), or the platform's disclaimer or reprint notice
/// (`本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载…`, at most 80):
/// `不代表` with `立场`, or with `观点` in a line opening with `本` or
/// `文章`, or `不得转载` / `禁止转载`; a prompt to get the app (`各大应用市场
/// 下载“齐鲁壹点”APP`, `尽在新浪财经APP`, at most 80); the platform's
/// statement under its label (`免责声明：`, `版权声明：`, or one on a
/// reprint: `新浪声明：此消息系转载自…`).
pub(crate) fn is_platform_notice(line: &str) -> bool {
    let l = line.trim();
    let n = l.chars().count();
    let follow = n <= 40 && (l.starts_with("点击") || l.starts_with("更多")) && l.contains("关注");
    let disclaims = l.contains("不代表")
        && (l.contains("立场")
            || (l.contains("观点") && (l.starts_with('本') || l.starts_with("文章"))));
    let reprint = l.contains("不得转载") || l.contains("禁止转载");
    static GET_APP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:下载|尽在)[^，。,]{1,12}(?:app|客户端)").expect("valid regex")
    });
    let get_app = GET_APP.is_match(l);
    // (Not a statement the news quotes: `外交部声明：…`.)
    let statement = l.split_once(['：', ':']).is_some_and(|(label, _)| {
        label.chars().count() <= 6
            && label.ends_with("声明")
            && (["免责", "版权", "特别"]
                .iter()
                .any(|w| label.starts_with(w))
                || l.contains("转载"))
    });
    follow || (n <= 80 && (disclaims || reprint || get_app)) || (n <= 300 && statement)
}

/// Where the link back to a platform's front page starts at the end of a
/// line (`返回搜狐，查看更多`: back to the platform, see more), if it ends so.
pub(crate) fn back_link_tail(line: &str) -> Option<usize> {
    static BACK_LINK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"返回\p{Han}{1,8}[，,]\s*查看更多\s*$").expect("valid regex"));
    BACK_LINK.find(line).map(|m| m.start())
}

/// Whether a line is a headline's meta line (date / source / author labels)
/// rather than article text.
pub(crate) fn is_meta_line(line: &str) -> bool {
    let n = line.chars().count();
    if n > 120 {
        return false;
    }
    let facts = scan(line);
    let has_date = dates::find_date(line).is_some();
    (facts.len() >= 2) || (facts.len() == 1 && (has_date || n <= 30)) || (has_date && n <= 40)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authors_scanned(text: &str) -> Vec<String> {
        scan(text)
            .into_iter()
            .filter(|(f, _)| *f == Field::Author)
            .map(|(_, v)| v)
            .collect()
    }

    #[test]
    fn an_empty_author_label_names_no_one() {
        assert!(authors_scanned("来源：市交通局　作者：　点击数：12").is_empty());
        assert_eq!(authors_scanned("作者：张三 点击数：12"), ["张三"]);
        assert_eq!(
            authors_scanned("文：呼吸与危重症医学科 黄丽萍 党委宣传部 韦海燕"),
            ["黄丽萍 韦海燕"]
        );
        assert_eq!(
            authors_scanned("【环球网报道 记者 李欣然】据日本共同社9日报道，农林水产省宣布"),
            ["李欣然"]
        );
        assert_eq!(
            authors_scanned("作者:融媒记者 覃勇 李佳 通讯员 向明辉点击:"),
            ["覃勇 李佳 向明辉"]
        );
        // A correspondent that is an office's short name is no person; one
        // opening with a common surname is.
        assert_eq!(
            authors_scanned("记者：刘晓庆 通讯员：穗体宣 汉发改"),
            ["刘晓庆"]
        );
        assert_eq!(
            authors_scanned("记者 刘晓庆 通讯员 张子宣"),
            ["刘晓庆 张子宣"]
        );
    }

    #[test]
    fn chinese_names_end_where_the_next_credit_begins() {
        assert_eq!(authors_scanned("每经记者 李可愚 每经编辑 陈星"), ["李可愚"]);
        assert_eq!(clean_person("刘宇航 编辑 苏扬").as_deref(), Some("刘宇航"));
        assert_eq!(clean_person("张三 校对 李四").as_deref(), Some("张三"));
        // A comma before a co-writer's credit parts the names; a comma in
        // prose after the label names no one.
        assert_eq!(
            authors_scanned("文｜王雨辰，实习记者 邹安然"),
            ["王雨辰 邹安然"]
        );
        assert_eq!(
            authors_scanned("記者王雨辰，實習記者 邹安然"),
            ["王雨辰 邹安然"]
        );
        assert!(authors_scanned("记者注意到，从五大企业的主打产品来看").is_empty());
        // `发表于` (published on) ends them too.
        assert_eq!(
            authors_scanned("作者：南方周末记者 吴小飞 南方周末实习生 陈思睿 发表于 2024-05-06"),
            ["吴小飞 陈思睿"]
        );
    }

    #[test]
    fn a_co_writers_line_may_name_the_paper_before_the_role() {
        assert_eq!(co_writer_line("□通讯员 陈子锋"), Some("通讯员 陈子锋"));
        assert_eq!(co_writer_line("□ 本报通讯员 李四"), Some("通讯员 李四"));
        assert_eq!(
            co_writer_line("□ 法治日報通讯员　龙曦薇"),
            Some("通讯员　龙曦薇")
        );
        // Prose that mentions a correspondent is no credit line.
        assert_eq!(co_writer_line("据通讯员介绍，活动已结束"), None);
    }

    #[test]
    fn a_writer_role_in_closing_parentheses_is_no_name() {
        assert_eq!(closing_credit("（记者 孙璐璐）").as_deref(), Some("孙璐璐"));
        assert_eq!(closing_credit("（孙璐璐）").as_deref(), Some("孙璐璐"));
        assert_eq!(
            closing_credit("（通讯员 邓凯文 方芷若）").as_deref(),
            Some("邓凯文 方芷若")
        );
        // The unit that contributed the copy, before its writers or after.
        assert_eq!(
            closing_credit("（江城市消防救援支队 供稿　通讯员 邓凯文 方芷若）").as_deref(),
            Some("邓凯文 方芷若")
        );
        assert_eq!(
            closing_credit("（协会秘书处 赵宏伟 供稿）").as_deref(),
            Some("赵宏伟")
        );
        // Labelled credits for the writing and the pictures.
        assert_eq!(
            closing_credit("…還將陸續舉辦多場普渡及慈善活動。（文：施友明　圖：蔡佳琪）")
                .as_deref(),
            Some("施友明")
        );
        assert_eq!(
            closing_credit("（星洲日报／新山・报道：卢秀芳）").as_deref(),
            Some("卢秀芳")
        );
        assert_eq!(
            closing_credit("（星洲日報／吉隆坡・報導：盧秀芳）").as_deref(),
            Some("盧秀芳")
        );
    }

    #[test]
    fn the_outlets_unnamed_reporter_is_a_role_alone() {
        assert!(names_a_role_alone("本報記者"));
        assert!(names_a_role_alone("本报记者"));
        assert!(!names_a_role_alone("施友明"));
        // A CMS's administrator account (DedeCMS `作者:管理员`).
        assert!(names_a_role_alone("管理员"));
    }

    #[test]
    fn a_translators_credit_is_read_apart() {
        let t = "（编译：刘洋 编辑：谭怡琳）";
        assert_eq!(get(t, Field::Translator).as_deref(), Some("刘洋"));
        assert_eq!(get(t, Field::Author), None);
        assert_eq!(
            get("译者：王芳", Field::Translator).as_deref(),
            Some("王芳")
        );
    }

    #[test]
    fn a_unit_before_the_name_is_no_name() {
        assert_eq!(
            authors_scanned("【作者：记者团 张涛】　【来源：新闻中心】"),
            ["张涛"]
        );
        assert_eq!(clean_person("品牌部 李娜").as_deref(), Some("李娜"));
        assert_eq!(clean_person("民一庭 张蓓蓓").as_deref(), Some("张蓓蓓"));
        // `庭` alone ends given names.
        assert_eq!(clean_person("陈雨庭 李娜").as_deref(), Some("陈雨庭 李娜"));
        // A unit alone is left to the other rules; a short name stays.
        assert_eq!(clean_person("王团 李娜").as_deref(), Some("王团 李娜"));
        // A hospital's department of two characters; `李科` is a name.
        assert_eq!(clean_person("骨科 虞晓峰").as_deref(), Some("虞晓峰"));
        assert_eq!(clean_person("李科 虞晓峰").as_deref(), Some("李科 虞晓峰"));
        // A wide space between the unit and the name.
        assert_eq!(authors_scanned("作者：骨科　虞晓峰"), ["虞晓峰"]);
    }

    #[test]
    fn names_that_a_wide_space_or_a_bar_parts_are_one_credit() {
        assert_eq!(authors_scanned("作者：罗倩｜朱一凡"), ["罗倩 朱一凡"]);
        assert_eq!(authors_scanned("作者：罗倩　朱一凡"), ["罗倩 朱一凡"]);
        // Another fact after the mark ends the names.
        assert_eq!(authors_scanned("作者：罗倩　2024-05-06"), ["罗倩"]);
        assert_eq!(authors_scanned("作者：罗倩｜阅读"), ["罗倩"]);
        assert_eq!(
            get("作者：罗倩｜来源：第六检察部", Field::Source).as_deref(),
            Some("第六检察部")
        );
    }

    #[test]
    fn a_correspondent_credited_before_the_reporter_is_a_co_writer() {
        assert_eq!(
            authors_scanned("（通讯员　吴晓燕　记者　徐寅）"),
            ["吴晓燕 徐寅"]
        );
        assert_eq!(
            authors_scanned("（记者　徐寅　通讯员　吴晓燕）"),
            ["徐寅 吴晓燕"]
        );
        // Alone and without a colon, the word is prose.
        assert!(authors_scanned("据通讯员介绍，").is_empty());
    }

    #[test]
    fn what_reporters_do_is_no_name() {
        assert!(authors_scanned("并回答记者提问。").is_empty());
        assert!(authors_scanned("他在接受记者采访时表示").is_empty());
        assert_eq!(authors_scanned("记者 王晓东"), ["王晓东"]);
    }

    #[test]
    fn a_comment_count_glued_to_the_source_is_cut() {
        assert_eq!(clean_source("网易科技542跟贴").as_deref(), Some("网易科技"));
        assert_eq!(clean_source("人民网 12条评论").as_deref(), Some("人民网"));
        assert_eq!(clean_source("中国新闻网").as_deref(), Some("中国新闻网"));
        assert_eq!(clean_source("36氪").as_deref(), Some("36氪"));
        assert_eq!(
            clean_source("光明网-《光明日报》").as_deref(),
            Some("光明网-《光明日报》")
        );
        assert_eq!(
            clean_source("《财新周刊》 2025年第42期").as_deref(),
            Some("财新周刊")
        );
    }

    #[test]
    fn a_dateline_names_its_reporters_in_parentheses_without_a_role() {
        let p = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let text = "6月10日，全省重点项目集中开工活动在长沙举行，共有120个项目集中开工。";
        assert_eq!(
            body_byline(&p(&[&format!("人民网长沙6月11日电（张伟）{text}")])).as_deref(),
            Some("张伟")
        );
        assert_eq!(
            body_byline(&p(&[&format!("新华社北京6月11日电（王明 李华）{text}")])).as_deref(),
            Some("王明 李华")
        );
        // A column's name in the parentheses is no reporter.
        assert_eq!(
            body_byline(&p(&[&format!("新华社北京6月11日电（国际观察）{text}")])),
            None
        );
    }

    #[test]
    fn a_taiwanese_dispatch_names_the_reporter_glued_to_the_place() {
        let p = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let text = "立法院會今天三讀通過能源管理法部分條文修正草案，大用電戶須訂定年度節能目標。";
        for (first, want) in [
            (format!("（中央社記者吳書緯台北14日電）{text}"), "吳書緯"),
            (format!("（中央社記者王飛台北14日電）{text}"), "王飛"),
            (
                format!("（中央社記者潘姿羽、劉千綾台北20日電）{text}"),
                "潘姿羽 劉千綾",
            ),
            // Or to the place reported from, a co-reporter's role before
            // the name.
            (
                format!("【欧洲时报记者黄冠杰、实习记者刘思源巴黎报道】{text}"),
                "黄冠杰 刘思源",
            ),
            (
                format!("〔歐洲時報記者黃冠傑、實習記者劉思源巴黎報導〕{text}"),
                "黃冠傑 劉思源",
            ),
            // A Hong Kong paper's flash mark before the reporter.
            (format!("香港文匯報訊（記者 陳家倫）{text}"), "陳家倫"),
            // Or to the day, then the place.
            (
                format!("【僑報記者林靜雯10月13日紐約報道】{text}"),
                "林靜雯",
            ),
            // A `文/` credit in brackets, the outlet or the role before
            // the name.
            (format!("【文/观察者网 王恺雯】{text}"), "王恺雯"),
            (format!("【文/观察者网专栏作者 李明】{text}"), "李明"),
        ] {
            assert_eq!(body_byline(&p(&[&first])).as_deref(), Some(want));
        }
        // After a line of page tools and a photo's caption.
        let paras = p(&[
            "分享LINE字級",
            "疾管署今宣布擴大公費流感疫苗接種對象。（記者林志怡攝）",
            &format!("〔記者林志怡／台北報導〕{text}"),
        ]);
        assert_eq!(body_byline(&paras).as_deref(), Some("林志怡"));
    }

    #[test]
    fn an_outlet_before_the_reporters_label_is_no_name() {
        assert_eq!(authors_scanned("by 侨报记者 李佳"), ["李佳"]);
        // A role before a place, no label.
        assert!(authors_scanned("BBC商業記者，東京").is_empty());
        // A press conference, no label.
        assert!(authors_scanned("商务部负责同志就《意见》答记者问").is_empty());
        assert!(authors_scanned("國台辦記者會 陳斌華表示").is_empty());
    }

    #[test]
    fn a_writing_credit_beside_a_picture_credit_names_the_writer() {
        assert_eq!(authors_scanned("作者：文/刘佳 图/王磊"), ["刘佳"]);
        assert_eq!(authors_scanned("作者：文/图 刘芳　|　2025-05-12"), ["刘芳"]);
        assert_eq!(
            authors_scanned("文字：王晨　摄影：李响　编辑：赵一"),
            ["王晨"]
        );
        assert_eq!(authors_scanned("撰文/周琪　摄影/唐亮"), ["周琪"]);
        // `文字` without its colon is a plain word.
        assert!(authors_scanned("来源：新华网文字直播").is_empty());
    }

    #[test]
    fn a_korean_reporter_role_after_the_name_is_no_name() {
        assert_eq!(clean_byline("홍길동 기자").as_deref(), Some("홍길동"));
        assert_eq!(
            clean_byline("홍길동 기자 hong@example.co.kr").as_deref(),
            Some("홍길동")
        );
        assert_eq!(clean_byline("김철수 특파원").as_deref(), Some("김철수"));
        // A Drupal `submitted` line without `by` names no one.
        assert_eq!(clean_byline("Submitted on Mon, 2019-01-21 13:49"), None);
    }

    #[test]
    fn a_persian_writer_label_leads_the_byline() {
        assert_eq!(
            clean_byline("نویسنده: علی رضایی").as_deref(),
            Some("علی رضایی")
        );
        assert_eq!(
            clean_byline("كتب أحمد محمود").as_deref(),
            Some("أحمد محمود")
        );
    }

    #[test]
    fn a_newsroom_credit_with_the_outlets_initials_is_a_desk() {
        assert!(names_a_desk("Redacción"));
        assert!(names_a_desk("Redacción EV"));
        assert!(names_a_desk("Web Staff"));
        // A person, and a desk word before a name, are not.
        assert!(!names_a_desk("Milagros Quispe"));
        assert!(!names_a_desk("Redacción Milagros Quispe"));
        assert!(!names_a_desk("Redacción Ev"));
    }

    #[test]
    fn a_korean_role_glued_to_the_name_is_no_part_of_it() {
        assert_eq!(clean_byline("이지훈기자").as_deref(), Some("이지훈"));
        assert_eq!(
            clean_byline("김민준기자, 이지현기자").as_deref(),
            Some("김민준; 이지현")
        );
        assert_eq!(clean_byline("김민준 기자").as_deref(), Some("김민준"));
    }

    #[test]
    fn a_vietnamese_author_label_leads_the_byline() {
        assert_eq!(
            clean_byline("Tác giả: HOÀNG LIÊN").as_deref(),
            Some("HOÀNG LIÊN")
        );
        assert_eq!(
            clean_byline("Tác giả Nguyễn Văn An").as_deref(),
            Some("Nguyễn Văn An")
        );
    }

    #[test]
    fn bylines_opening_the_text() {
        let p = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            lead_byline(&p(&[
                "von Jana Berg",
                "Wir spüren sie meist nur, wenn es zu spät ist."
            ]))
            .as_deref(),
            Some("Jana Berg")
        );
        assert_eq!(
            lead_byline(&p(&["---- by Kenneth Roe", "Text."])).as_deref(),
            Some("Kenneth Roe")
        );
        assert_eq!(lead_byline(&p(&["Von Berlin nach Paris", "Text."])), None);
        assert_eq!(lead_byline(&p(&["By the numbers", "Text."])), None);
        // A section heading after `By` opens with a determiner; an
        // outlet's name may open with `The`.
        assert_eq!(lead_byline(&p(&["By The Numbers", "Text."])), None);
        assert_eq!(lead_byline(&p(&["By This Week", "Text."])), None);
        assert_eq!(
            lead_byline(&p(&["By The Associated Press", "Text."])).as_deref(),
            Some("The Associated Press")
        );
        // A determiner left before a role names no one, nor does a
        // heading labelled with `By`.
        assert_eq!(clean_byline("By A Staff Reporter"), None);
        for line in ["By A Staff Reporter", "By The Numbers"] {
            assert!(
                scan(line).iter().all(|(f, _)| *f != Field::Author),
                "{line}"
            );
        }
        assert_eq!(
            scan("By The Associated Press"),
            [(Field::Author, "The Associated Press".to_string())]
        );
        assert_eq!(
            clean_byline("By Jane Roe and Our Correspondent").as_deref(),
            Some("Jane Roe")
        );
        assert_eq!(lead_byline(&p(&["Text.", "Text.", "von Jana Berg"])), None);
    }

    #[test]
    fn a_family_name_before_a_comma_and_a_given_name_is_one_person() {
        assert_eq!(clean_byline("Smith, Anna").as_deref(), Some("Anna Smith"));
        assert_eq!(
            clean_byline("Newth, George S").as_deref(),
            Some("George S Newth")
        );
        // Full names stay a list; a place after one word is dropped.
        assert_eq!(
            clean_byline("Anna Smith, Tom Lee").as_deref(),
            Some("Anna Smith; Tom Lee")
        );
        assert_eq!(clean_byline("Reuters, Berlin").as_deref(), Some("Reuters"));
        // A short place is written like a name, an agency's code in one
        // case.
        assert_eq!(
            clean_byline("Corinne Aebischer, Bern").as_deref(),
            Some("Corinne Aebischer")
        );
        assert_eq!(
            clean_byline("Corinne Aebischer, ats").as_deref(),
            Some("Corinne Aebischer; ats")
        );
        // Co-writers each with a role after a dash, parted by slashes; one
        // such credit keeps only the name.
        assert_eq!(
            clean_byline(
                "By: Jean Roe - Reporter / Ana de la Cruz - Contributor INQUIRER.net / 02:32 PM May 20, 2024"
            )
            .as_deref(),
            Some("Jean Roe; Ana de la Cruz")
        );
        assert_eq!(
            clean_byline("By: Jean Roe - Reporter / 02:32 PM").as_deref(),
            Some("Jean Roe")
        );
        assert_eq!(
            clean_byline("كتب أحمد حسن - محمود طه").as_deref(),
            Some("أحمد حسن; محمود طه")
        );
        assert_eq!(
            clean_byline("كتب أحمد حسن - القاهرة").as_deref(),
            Some("أحمد حسن")
        );
        assert_eq!(
            clean_byline("العقبة - محمد الخوالدة").as_deref(),
            Some("محمد الخوالدة")
        );
        // Indonesian and Greek writer's leads.
        assert_eq!(
            clean_byline("Penulis Dwi Rahmawati | Editor Bambang Sutrisno").as_deref(),
            Some("Dwi Rahmawati")
        );
        assert_eq!(
            clean_byline("Συντάκτης Κατερίνα Παπαδοπούλου").as_deref(),
            Some("Κατερίνα Παπαδοπούλου")
        );
        assert_eq!(clean_byline("AFP, MANILA").as_deref(), Some("AFP"));
        // What a cut leaves of an outlet's code (`G1 RO`) or a date's
        // label (`Publié`) is no name.
        assert_eq!(
            clean_byline("Por Diêgo Holanda, G1 RO — Porto Velho").as_deref(),
            Some("Diêgo Holanda")
        );
        assert_eq!(
            clean_byline("Radio-Canada Publié le 24 août 2020").as_deref(),
            Some("Radio-Canada")
        );
        assert_eq!(
            clean_byline("Lina Forsberg/TT").as_deref(),
            Some("Lina Forsberg; TT")
        );
        assert_eq!(
            clean_byline("Von Jana Berg/dpa").as_deref(),
            Some("Jana Berg; dpa")
        );
        assert_eq!(
            clean_byline("Jana Berg/Redaktion").as_deref(),
            Some("Jana Berg")
        );
        // A staff credit before the agency leaves the agency.
        assert_eq!(
            clean_byline("By Staff Reporter / ONA").as_deref(),
            Some("ONA")
        );
    }

    #[test]
    fn a_desk_before_a_role_is_no_part_of_the_name() {
        assert_eq!(
            clean_byline("By Jane Roe, Ada Lee Globe Staff").as_deref(),
            Some("Jane Roe; Ada Lee")
        );
        assert_eq!(
            clean_byline("Ben Roe Games Editor").as_deref(),
            Some("Ben Roe")
        );
        assert_eq!(
            clean_byline("Ben Roe Staff Writer").as_deref(),
            Some("Ben Roe")
        );
    }

    #[test]
    fn login_handles() {
        assert!(spells_out_handle("edilson.la.rosa", "Edilson La Rosa"));
        assert!(spells_out_handle("janeroe", "Jane Roe"));
        assert!(!spells_out_handle("jroe", "Jane Roe"));
        assert_eq!(
            clean_byline("karstenmueller").as_deref(),
            Some("karstenmueller")
        );
    }

    #[test]
    fn lead_word_glued_to_the_name() {
        assert_eq!(clean_byline("ByLiya Roe").as_deref(), Some("Liya Roe"));
        assert_eq!(clean_byline("VonJana Berg").as_deref(), Some("Jana Berg"));
        // A name that starts with the lead's letters stays whole.
        assert_eq!(clean_byline("Byron Roe").as_deref(), Some("Byron Roe"));
        assert_eq!(clean_byline("Vonda Berg").as_deref(), Some("Vonda Berg"));
    }

    #[test]
    fn author_label_inside_a_fact_line_and_more_lead_words() {
        assert_eq!(
            clean_byline("Datum: 19.11.2021 Autor: Jana Berg Quelle: Stadtblatt").as_deref(),
            Some("Jana Berg")
        );
        assert_eq!(
            clean_byline("Erstellt von Jana Berg").as_deref(),
            Some("Jana Berg")
        );
        assert_eq!(
            clean_byline("Publicado por Ana Ruiz").as_deref(),
            Some("Ana Ruiz")
        );
        assert_eq!(tidy_author("Erstellt von"), None);
        assert_eq!(
            tidy_author("written by Jana Berg").as_deref(),
            Some("Jana Berg")
        );
        assert_eq!(
            clean_byline("Scritto da Anna Neri").as_deref(),
            Some("Anna Neri")
        );
        assert_eq!(tidy_author("Publicado"), None);
    }

    #[test]
    fn photo_credits_lead_words_and_weekdays_are_no_author() {
        assert_eq!(tidy_author("Foto: Ingo Schneider"), None);
        assert_eq!(tidy_author("Kuva: Jari Laine"), None);
        assert_eq!(tidy_author("摄影：李响"), None);
        assert_eq!(tidy_author("Veröffentlicht von"), None);
        assert_eq!(tidy_author("Donnerstag"), None);
        assert_eq!(
            tidy_author("Interview: Julia Lauter").as_deref(),
            Some("Julia Lauter")
        );
        assert_eq!(tidy_author("Text: Jane Roe").as_deref(), Some("Jane Roe"));
        assert_eq!(
            tidy_author("Mario Freitag").as_deref(),
            Some("Mario Freitag")
        );
        // A German weekday abbreviation carries its dot; without one the
        // short word is the last part of a name.
        assert_eq!(tidy_author("Jana Berg So.").as_deref(), Some("Jana Berg"));
        assert_eq!(tidy_author("Adrienne So").as_deref(), Some("Adrienne So"));
        // So does an English one, with its dot or a comma: `Sun` and
        // `Thu` end names too.
        assert_eq!(tidy_author("Jane Roe Mon.").as_deref(), Some("Jane Roe"));
        assert_eq!(tidy_author("Jane Roe Sun,").as_deref(), Some("Jane Roe"));
        assert_eq!(tidy_author("Luna Sun").as_deref(), Some("Luna Sun"));
        assert_eq!(tidy_author("Anh Thu").as_deref(), Some("Anh Thu"));
        assert_eq!(
            tidy_author("Jana Berg Fr 12:30").as_deref(),
            Some("Jana Berg")
        );
        assert_eq!(
            clean_byline("Jana Berg Do  9 Apr 2020").as_deref(),
            Some("Jana Berg")
        );
        assert_eq!(
            clean_byline("Jana Berg Fr, 12.03.2021").as_deref(),
            Some("Jana Berg")
        );
        // A weekday written out, with the article or preposition around it.
        assert_eq!(
            clean_byline("Tobias Lang Sonntag, den 09. März 2025 um 19:47 Uhr").as_deref(),
            Some("Tobias Lang")
        );
        assert_eq!(
            clean_byline("By Jane Roe on Sunday, March 12, 2025").as_deref(),
            Some("Jane Roe")
        );
        // In other languages; a place before the weekday is no co-writer.
        assert_eq!(
            clean_byline("Na Ahmed Mpili, Mtwara Jumatatu, Mei 06, 2024").as_deref(),
            Some("Ahmed Mpili")
        );
        assert_eq!(
            clean_byline("Door Anke de Vries maandag 6 mei 2024, 14:05").as_deref(),
            Some("Anke de Vries")
        );
        // A given name that is a weekday in Spanish stays.
        assert_eq!(
            clean_byline("Por Carlos Domingo, 7 de mayo de 2024").as_deref(),
            Some("Carlos Domingo")
        );
        // A wide space parts the words too.
        let mut v = "Tobias Lang\u{3000}Sonntag, ".to_string();
        cut_weekday(&mut v);
        assert_eq!(v, "Tobias Lang\u{3000}");
    }

    #[test]
    fn a_surname_after_a_particle_may_spell_a_month() {
        assert_eq!(
            clean_byline("By Luigi Di Maio").as_deref(),
            Some("Luigi Di Maio")
        );
        assert_eq!(
            clean_byline("Von Anna von Mai").as_deref(),
            Some("Anna von Mai")
        );
        // A month after the name is the date line's.
        assert_eq!(
            clean_byline("By Jane Roe March 5, 2024").as_deref(),
            Some("Jane Roe")
        );
    }

    fn get(text: &str, f: Field) -> Option<String> {
        scan(text)
            .into_iter()
            .find(|(k, _)| *k == f)
            .map(|(_, v)| v)
    }

    #[test]
    fn a_lone_name_under_the_headline_is_the_writer() {
        let paras = |lines: &[&str]| lines.iter().map(|l| l.to_string()).collect::<Vec<_>>();
        let text = "人心不会熄灭，但它可能蒙上灰烬而不再燃烧，拨开灰烬，你会看到重新燃烧的人心。";
        assert_eq!(
            body_byline(&paras(&["冬夜随笔(上)", "周明", text])).as_deref(),
            Some("周明")
        );
        assert_eq!(
            body_byline(&paras(&["周明", text])).as_deref(),
            Some("周明")
        );
        // Not after running text, nor a word that starts with no surname.
        assert_eq!(body_byline(&paras(&[text, "周明", text])), None);
        assert_eq!(body_byline(&paras(&["会议议程", "目录", text])), None);
        // A place or a topic the text goes on to tell about.
        let about_wuhan = "武汉的春天来得早，武汉人习惯在江边散步。";
        assert_eq!(body_byline(&paras(&["武汉", about_wuhan])), None);
        // A column's name before a credit line: the credit names the writer.
        assert_eq!(
            body_byline(&paras(&["马上评", "文/李明", text])).as_deref(),
            Some("李明")
        );
    }

    #[test]
    fn a_blog_footer_names_the_poster() {
        assert_eq!(
            get("由海燕张贴 @ 2005-03-21 01:20:44", Field::Author).as_deref(),
            Some("海燕")
        );
        assert_eq!(
            get("由 lakeview 发表于 2006-01-02 08:00", Field::Author).as_deref(),
            Some("lakeview")
        );
        // Prose opening with 由, with no time of posting after the verb.
        assert_eq!(
            get("由张三发表于《人民日报》的文章引起讨论", Field::Author),
            None
        );
    }

    #[test]
    fn a_name_and_outlet_credit_line() {
        assert_eq!(
            scan("王晓明/南方日报"),
            vec![
                (Field::Author, "王晓明".to_string()),
                (Field::Source, "南方日报".to_string())
            ]
        );
        // Not a person: the first part starts with no common surname.
        assert!(scan("首页/人民网").is_empty());
        assert!(scan("王晓明/南方").is_empty());
    }

    #[test]
    fn a_full_name_completes_a_first_name() {
        assert!(completes_first_name("Todd", "Todd Bates"));
        assert!(!completes_first_name("Todd", "Todd"));
        assert!(!completes_first_name("Todd", "Jane Todd"));
        assert!(!completes_first_name("todd", "todd bates"));
        assert!(!completes_first_name("SID", "SID Nachrichtenagentur"));
    }

    #[test]
    fn a_german_von_opening_a_text_leads_full_names() {
        assert_eq!(
            get("von Andreas Roth", Field::Author).as_deref(),
            Some("Andreas Roth")
        );
        assert_eq!(
            get("Von Jana Berg und Tim Roe", Field::Author).as_deref(),
            Some("Jana Berg; Tim Roe")
        );
        assert_eq!(
            get("Von Montag an gilt die neue Regel", Field::Author),
            None
        );
        assert_eq!(get("Von Berlin nach Hamburg", Field::Author), None);
        assert_eq!(get("Bilder von Jana Berg", Field::Author), None);
        // A lead phrase that ends with the word (`Geschrieben von`).
        assert_eq!(
            get("Geschrieben von Tobias Lang", Field::Author).as_deref(),
            Some("Tobias Lang")
        );
        assert_eq!(
            get("Escrito por María López", Field::Author).as_deref(),
            Some("María López")
        );
        assert_eq!(
            get("Sie hat von Jana Berg geschrieben", Field::Author),
            None
        );
        assert_eq!(
            get(
                "Von Jana Berg Publiziert 02/02/2022 um 09:23",
                Field::Author
            )
            .as_deref(),
            Some("Jana Berg")
        );
    }

    #[test]
    fn german_author_label() {
        let t = "Datum: 03.11.2021 Autor: Jana Berg/SP-X";
        assert_eq!(get(t, Field::Author).as_deref(), Some("Jana Berg"));
        assert_eq!(get("Der Autor ist Professor in Bonn", Field::Author), None);
        // The gender form `Autor:in` is a word, not a label.
        assert_eq!(get("Avatar Autor:in Jana Berg", Field::Author), None);
    }

    #[test]
    fn polish_hungarian_turkish_russian_writer_and_estonian_editor_labels() {
        let t = "Napisał: Tomasz Wiśniewski | 14.06.2023, 12:05 | odsłon: 2 874";
        assert_eq!(get(t, Field::Author).as_deref(), Some("Tomasz Wiśniewski"));
        let t = "Napisała: Anna Kowalska";
        assert_eq!(get(t, Field::Author).as_deref(), Some("Anna Kowalska"));
        // Hungarian, Turkish and Russian labels of the author.
        let t = "Szerző: Kovács Eszter, Szabó Gergely | 2025. október 21. 14:08";
        assert_eq!(
            get(t, Field::Author).as_deref(),
            Some("Kovács Eszter; Szabó Gergely")
        );
        let t = "Yazar: Ayşe Demir";
        assert_eq!(get(t, Field::Author).as_deref(), Some("Ayşe Demir"));
        let t = "Автор: Иван Петров";
        assert_eq!(get(t, Field::Author).as_deref(), Some("Иван Петров"));
        // Without the colon the word is prose (`Yazar Orhan Pamuk`: the
        // writer Orhan Pamuk), and so is a longer word it opens
        // (`Yazarlar:`, writers, is a heading).
        let t = "Yazar Orhan Pamuk yeni kitabını tanıttı";
        assert_eq!(get(t, Field::Author), None);
        assert_eq!(get("Yazarlar: Ayşe Demir", Field::Author), None);
        assert_eq!(
            get("Toimetaja: Mari Peegel", Field::Editor).as_deref(),
            Some("Mari Peegel")
        );
        // The editor's or the source's credit in a byline element names no
        // writer.
        assert_eq!(clean_byline("Toimetaja: Mari Peegel"), None);
        assert_eq!(clean_byline("Editor: Jane Roe"), None);
        assert_eq!(clean_byline("Allikas: ERR Tartu stuudio"), None);
        assert_eq!(clean_byline("Kaynak: Anadolu Ajansı"), None);
        assert_eq!(clean_byline("Fuente: Agencia EFE"), None);
    }

    #[test]
    fn a_desk_before_its_writer_gives_way_to_the_writer() {
        assert_eq!(
            clean_byline("Redacção / Paulo Monteiro | 03 Abr 2025 | 11:20").as_deref(),
            Some("Paulo Monteiro")
        );
        assert_eq!(
            clean_byline("Redaktion/Jana Berg").as_deref(),
            Some("Jana Berg")
        );
        // A writer before the desk stays.
        assert_eq!(
            clean_byline("Jana Berg/Redaktion").as_deref(),
            Some("Jana Berg")
        );
    }

    #[test]
    fn a_unit_credited_for_the_copy_is_the_source() {
        let line = "供稿：团省委少年部　撰稿：柯雨桐　初审：陆晓东　复审：何文斌";
        assert_eq!(get(line, Field::Source).as_deref(), Some("团省委少年部"));
        assert_eq!(get(line, Field::Author).as_deref(), Some("柯雨桐"));
        // A university's department (`系`).
        let line = "供稿：机械工程系　撰稿：王思远　摄影：李卓然";
        assert_eq!(get(line, Field::Source).as_deref(), Some("机械工程系"));
        assert_eq!(authors_scanned(line), ["王思远"]);
        // A person credited for the copy wrote it.
        assert_eq!(
            get("供稿：赵宏伟", Field::Author).as_deref(),
            Some("赵宏伟")
        );
    }

    #[test]
    fn a_text_label_credits_the_writing_beside_the_pictures() {
        assert_eq!(
            get(
                "Text: Jürgen Hollerbach | Fotos: Anja Retzlaff",
                Field::Author
            )
            .as_deref(),
            Some("Jürgen Hollerbach")
        );
        assert_eq!(
            get(
                "Texto: Domingos Cahanda | Fotos: Adilson Tavares",
                Field::Author
            )
            .as_deref(),
            Some("Domingos Cahanda")
        );
        assert_eq!(
            get("Texte : Léa Roe", Field::Author).as_deref(),
            Some("Léa Roe")
        );
        // Without its colon the word is prose.
        assert_eq!(get("Text und Musik von heute", Field::Author), None);
    }

    #[test]
    fn feminine_and_plural_german_author_labels() {
        assert_eq!(
            get(
                "Autorin: Uta Berg, Projektleiterin der Stiftung in Tunis.",
                Field::Author
            )
            .as_deref(),
            Some("Uta Berg")
        );
        // Without the colon, only a line of full names after the label.
        assert_eq!(
            get("Autoren Jan Roth und Jutta Klein", Field::Author).as_deref(),
            Some("Jan Roth; Jutta Klein")
        );
        assert_eq!(get("Autoren aus aller Welt lesen vor", Field::Author), None);
        assert_eq!(
            get("Autorin Lisa Berg sagt, sie schreibe", Field::Author),
            None
        );
        assert_eq!(get("Die Autorin Lisa Berg", Field::Author), None);
        // A heading of capitalised nouns, and one name without the colon.
        assert_eq!(get("Autoren Lesung Berlin", Field::Author), None);
        assert_eq!(get("Autorin Lisa Berg", Field::Author), None);
    }

    #[test]
    fn a_reporting_credit_closing_a_wire_story() {
        let paras = |last: &str| {
            vec![
                "The talks ended without a deal on Friday.".to_string(),
                last.to_string(),
            ]
        };
        assert_eq!(
            closing_reporting_credit(&paras("Reporting by The Associated Press.")).as_deref(),
            Some("The Associated Press")
        );
        // A press office's closing credit, with or without its editor's.
        assert_eq!(
            closing_reporting_credit(&paras(
                "Written by Samuel Brookes; edited by Fiona Leckie, Media Relations Office"
            ))
            .as_deref(),
            Some("Samuel Brookes")
        );
        assert_eq!(
            closing_reporting_credit(&paras("Written by Samuel Brookes edited by Fiona Leckie"))
                .as_deref(),
            Some("Samuel Brookes")
        );
        assert_eq!(
            closing_reporting_credit(&paras(
                "(Reporting by Jane Roe and Tim Berg; Editing by Sam Poe)"
            ))
            .as_deref(),
            Some("Jane Roe; Tim Berg")
        );
        assert_eq!(
            closing_reporting_credit(&paras(
                "Reporting by Gram Roe Additional reporting by Alexandra Berg in San Francisco"
            ))
            .as_deref(),
            Some("Gram Roe")
        );
        assert_eq!(closing_reporting_credit(&paras("Editing by Sam Poe")), None);
        // A sentence that opens with the phrase is no credit.
        assert_eq!(
            closing_reporting_credit(&paras(
                "Reporting by The Times found that the company misled investors."
            )),
            None
        );
    }

    #[test]
    fn a_handle_spelled_out_in_the_text() {
        let text = "Chefredakteur Christian P. Stadtfeld bewertet den Wahlausgang.";
        assert_eq!(
            name_of_handle("christian.stadtfeld", text).as_deref(),
            Some("Christian P. Stadtfeld")
        );
        assert_eq!(
            name_of_handle("jana_berg", "Ein Kommentar von Jana Berg.").as_deref(),
            Some("Jana Berg")
        );
        // Other names, a handle without a separator, lowercase words.
        assert_eq!(name_of_handle("jana.berg", "Jana Roe und Tim Berg"), None);
        assert_eq!(name_of_handle("janaberg", "Jana Berg"), None);
        assert_eq!(name_of_handle("jana.berg", "jana berg"), None);
    }

    #[test]
    fn a_description_after_the_name_is_no_co_author() {
        assert_eq!(
            clean_byline("Uta Berg, Projektleiterin der Stiftung in Tunis.").as_deref(),
            Some("Uta Berg")
        );
        // A co-author cut at a stop word or before a dateline stays.
        assert_eq!(
            clean_byline("By Matt Roe, Minh Do on Monday, November 18th").as_deref(),
            Some("Matt Roe; Minh Do")
        );
        assert_eq!(
            clean_byline("By Maya Roe in Beirut, Anton Berg in The Hague").as_deref(),
            Some("Maya Roe; Anton Berg")
        );
        // A name particle is part of the name, not prose.
        assert_eq!(
            clean_byline("By Maya Roe in Beirut, Anton van Berg in The Hague").as_deref(),
            Some("Maya Roe; Anton van Berg")
        );
        assert_eq!(
            clean_byline("Jane Roe, Ursula von der Leyen in Brussels").as_deref(),
            Some("Jane Roe; Ursula von der Leyen")
        );
    }

    #[test]
    fn an_interview_byline_credits_guest_and_journalist() {
        assert_eq!(
            clean_byline("Jana Berg im Gespräch mit Tim Roe").as_deref(),
            Some("Jana Berg; Tim Roe")
        );
    }

    #[test]
    fn the_count_of_hidden_co_authors_ends_the_list() {
        assert_eq!(
            clean_byline("By Ana Roe, Lea May Berg, Tom Doe, +55 more updated Sep 4, 2023")
                .as_deref(),
            Some("Ana Roe; Lea May Berg; Tom Doe")
        );
    }

    #[test]
    fn another_time_label_is_no_publication_date() {
        assert_eq!(get("活动时间：2025年6月1日", Field::Published), None);
        for before in [
            "When: Saturday, ",
            "Wann: ",
            "Termin: Samstag, ",
            "Quand : ",
            "Event date: ",
        ] {
            assert!(introduces_another_time(before), "{before}");
        }
        for before in [
            "Published: Saturday, ",
            "Posted on ",
            "Date: ",
            "Seit Montag, ",
        ] {
            assert!(!introduces_another_time(before), "{before}");
        }
        assert_eq!(get("报名截止日期：2025-06-01", Field::Published), None);
        assert!(get("发稿时间：2025-06-01 10:00", Field::Published).is_some());
        assert!(get("发表日期：2025-06-01 10:20", Field::Published).is_some());
        assert!(get("录入时间：2025-06-01", Field::Published).is_some());
        assert!(get("时间：2025-06-01 来源：市交通局", Field::Published).is_some());
        assert!(get("【时间：2025-06-01】", Field::Published).is_some());
        assert!(introduces_another_time("活动时间： "));
        assert!(!introduces_another_time("发布时间："));
        assert!(!introduces_another_time("活动时间：2025年6月1日 发布于"));
    }

    #[test]
    fn author_glued_to_its_label_in_a_fact_line() {
        let t = "发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星";
        assert_eq!(get(t, Field::Author).as_deref(), Some("魏星"));
        assert_eq!(get(t, Field::Source).as_deref(), Some("CSDN"));
        // Prose and a heading are no fact line.
        assert_eq!(get("作者认为这是一个问题", Field::Author), None);
        assert_eq!(get("作者简介", Field::Author), None);
        assert_eq!(
            get("阅读 | 作者认为这是一个很大的问题", Field::Author),
            None
        );
    }

    #[test]
    fn lead_words_and_co_writers_in_more_languages() {
        // Portuguese `Por`, Malay `Oleh … dan …` opening the text; the
        // outlet after the name is no author.
        assert_eq!(
            tidy(get(
                "Por Bruno Marinho, Portal Nordeste PE — Recife",
                Field::Author
            )),
            Some("Bruno Marinho".into())
        );
        assert_eq!(
            get(
                "Oleh Nor Amalina Alias dan Siti Rohana Idris",
                Field::Author
            )
            .as_deref(),
            Some("Nor Amalina Alias; Siti Rohana Idris")
        );
        // Albanian `Nga` opening the text, before a full name only.
        assert_eq!(
            lead_byline(&["Nga Elira Hoxha".into()]).as_deref(),
            Some("Elira Hoxha")
        );
        assert!(is_meta_line("Nga Elira Hoxha"));
        // Georgian punctuation is no letter a name starts with.
        assert!(is_caseless_letter('ნ') && !is_caseless_letter('჻'));
        assert_eq!(get("Nga ana tjetër, qeveria njoftoi", Field::Author), None);
        // A Georgian label and name: Mkhedruli writes no capitals.
        assert_eq!(
            clean_byline("ავტორი: ნინო ბერიძე").as_deref(),
            Some("ნინო ბერიძე")
        );
        // Polish `oprac.` (compiled by).
        assert_eq!(
            clean_byline("oprac. Katarzyna Roe-Bąk").as_deref(),
            Some("Katarzyna Roe-Bąk")
        );
        // Inside prose, or before no full name, they lead nothing.
        assert_eq!(
            get("Por otro lado, el gobierno anunció", Field::Author),
            None
        );
        assert_eq!(get("Il a été élu par 52 voix", Field::Author), None);
        // `FOR` the outlet, in capitals; an office after the name.
        assert_eq!(
            clean_byline("By CHRIS POLLARD and SOPHIE HARTLEY FOR HERALDONLINE").as_deref(),
            Some("CHRIS POLLARD; SOPHIE HARTLEY")
        );
        assert_eq!(
            tidy(clean_byline(
                "Written by Alicia Moreno, University Communications"
            )),
            Some("Alicia Moreno".into())
        );
        // A trainee reporter after the reporter; the writer's own pictures.
        assert_eq!(
            get("记者：孔令伟 见习记者：杜欣然", Field::Author).as_deref(),
            Some("孔令伟 杜欣然")
        );
        // The `记者` of the trainee's role, read as part of that value, is
        // no second label.
        assert_eq!(
            scan(
                "本报讯（记者 郭晓东 见习记者 郑欣然）12月2日，位于海州港区的冷链物流园投入运营。"
            ),
            vec![(Field::Author, "郭晓东 郑欣然".to_string())]
        );
        // A reporter after the author label's correspondent; a source
        // label's value still ends at the reporter.
        assert_eq!(
            get("作者：通讯员 鲍宁 记者 徐婕", Field::Author).as_deref(),
            Some("鲍宁 徐婕")
        );
        assert_eq!(
            get("来源：新华社 记者 徐婕", Field::Source).as_deref(),
            Some("新华社")
        );
        // A correspondent credited alone or before the reporter; a role
        // in brackets after a name, a count after its label, a credit
        // ended by a semicolon.
        assert_eq!(
            get("（通讯员：覃玉洁 刘思远）", Field::Author).as_deref(),
            Some("覃玉洁 刘思远")
        );
        assert_eq!(
            get("通讯员：李四 记者：张三", Field::Author).as_deref(),
            Some("李四 张三")
        );
        assert_eq!(
            get("作者：陈雪柠（媒体评论员）", Field::Author).as_deref(),
            Some("陈雪柠")
        );
        assert_eq!(
            get("作者：钱晓虎 吴文杰 林森 参与评论(56)", Field::Author).as_deref(),
            Some("钱晓虎 吴文杰 林森")
        );
        assert_eq!(
            get(
                "（作者：中国新闻周刊记者 杜玮；原标题：《“带押过户”两年》）",
                Field::Author
            )
            .as_deref(),
            Some("杜玮")
        );
        assert_eq!(
            get("□ 全媒体记者 邱丽萍 文/图", Field::Author).as_deref(),
            Some("邱丽萍")
        );
        // Labels parted from their value by a bar, a credit for the
        // writing with a slash, a contributor's credit.
        assert_eq!(
            get("作者 | 周晓岚", Field::Author).as_deref(),
            Some("周晓岚")
        );
        assert_eq!(
            get("编辑｜苏建勋", Field::Editor).as_deref(),
            Some("苏建勋")
        );
        // The page's print and close links after the editor.
        for line in ["责任编辑：苏晓燕 打印关闭", "责任编辑：苏晓燕 打印 关闭"]
        {
            assert_eq!(
                get(line, Field::Editor).as_deref(),
                Some("苏晓燕"),
                "{line}"
            );
        }
        assert_eq!(
            get(
                "文/创新创业学院 杨帆　图/大赛组委会　审核/刘国庆",
                Field::Author
            )
            .as_deref(),
            Some("杨帆")
        );
        assert_eq!(get("本文参考了多篇论文/报告", Field::Author), None);
        // The credit with a colon, for the writing or the writing and the
        // pictures; not a word ending in 文.
        for (line, want) in [
            ("文：材料科学与工程学院 赵晨阳", Some("赵晨阳")),
            ("文/图：材料科学与工程学院 赵晨阳", Some("赵晨阳")),
            ("中文：请输入关键词", None),
        ] {
            assert_eq!(get(line, Field::Author).as_deref(), want, "{line}");
        }
        assert_eq!(
            get("（供稿：沙河镇 赵文静）", Field::Author).as_deref(),
            Some("赵文静")
        );
        let t = "供稿单位：材料科学与工程学院 审核：王强";
        assert_eq!(get(t, Field::Source).as_deref(), Some("材料科学与工程学院"));
        assert_eq!(get(t, Field::Author), None);
        // The responsible editor beside the copy editor; an editor's line
        // without colons.
        assert_eq!(
            get("编辑：李华侨 责任编辑：刘亮", Field::Editor).as_deref(),
            Some("刘亮")
        );
        assert_eq!(
            get("编辑：李华侨 责任编辑：刘亮", Field::CopyEditor).as_deref(),
            Some("李华侨")
        );
        // A login handle.
        assert_eq!(
            get("[责任编辑：yuyu]", Field::Editor).as_deref(),
            Some("yuyu")
        );
        assert_eq!(
            get("责任编辑：biaoffeng", Field::Editor).as_deref(),
            Some("biaoffeng")
        );
        // Without a colon, a line of roles (`编辑 张畅 校对 刘军`) may be
        // the paper's copy desk beside the portal's responsible editor.
        assert_eq!(get("编辑 张畅 校对 刘军", Field::Editor), None);
        // It credits the desk's editor, the editor where no label names one.
        for (line, editor) in [
            ("编辑 张畅 校对 刘军", "张畅"),
            ("校对 李海慧 编辑 王文", "王文"),
            ("每经记者 王帆 每经编辑 陈旭", "陈旭"),
            ("值班编辑 李娜", "李娜"),
        ] {
            assert_eq!(
                get(line, Field::CopyEditor).as_deref(),
                Some(editor),
                "{line}"
            );
        }
        // Not the paper's head, prose, or a word glued to the label.
        for line in [
            "总编辑 张三",
            "副总编辑 李四",
            "他担任编辑 多年",
            "编辑部 王五",
            "编辑 这篇稿件花了三天时间",
            "编辑过程 复杂",
        ] {
            assert_eq!(get(line, Field::CopyEditor), None, "{line}");
        }
        // A report's credit, its role after the outlet's name.
        assert_eq!(
            get("报道：杨凯斌", Field::Author).as_deref(),
            Some("杨凯斌")
        );
        assert_eq!(
            get("采写：南都见习记者 林子沛", Field::Author).as_deref(),
            Some("林子沛")
        );
        assert_eq!(get("据新华社报道：会议于今天召开", Field::Author), None);
    }

    fn tidy(author: Option<String>) -> Option<String> {
        author.as_deref().and_then(tidy_author)
    }

    #[test]
    fn a_japanese_reporter_credit_closing_a_paragraph() {
        let paras = |last: &str| {
            vec![
                "大分県豊後大野市で14日、新しい道の駅が開業した。".to_string(),
                last.to_string(),
            ]
        };
        assert_eq!(
            japanese_reporter_credit(&paras("（豊後大野支局・河野美咲）")).as_deref(),
            Some("河野美咲")
        );
        assert_eq!(
            japanese_reporter_credit(&paras("（社会部・佐藤健）")).as_deref(),
            Some("佐藤健")
        );
        assert_eq!(
            japanese_reporter_credit(&paras("【佐藤美和】")).as_deref(),
            Some("佐藤美和")
        );
        // Or closing the lead's last sentence, a space in the name.
        let lead = vec![
            "与党の整備委員会は18日、結論を出せず、着工の判断を先送りする方針を固めた。【鈴木 遼太郎】"
                .to_string(),
            "整備委は当初、2025年度中の着工を目指していた。".to_string(),
            "地元では早期の着工を求める声が強い。".to_string(),
            "府は近く、意見を取りまとめる。".to_string(),
        ];
        assert_eq!(
            japanese_reporter_credit(&lead).as_deref(),
            Some("鈴木 遼太郎")
        );
        // After words of a sentence it is a quoted name, not a credit.
        let quoted = vec!["今月から販売するのは同社が発表した新製品【さくら】".to_string()];
        assert_eq!(japanese_reporter_credit(&quoted), None);
        // A Chinese page's closing tool in brackets is no name.
        let chinese = vec![
            "记者从市交通局获悉，新线路将于下月开通。".to_string(),
            "【纠错】".to_string(),
        ];
        assert_eq!(japanese_reporter_credit(&chinese), None);
        // An agency or a note in brackets names no reporter.
        assert_eq!(japanese_reporter_credit(&paras("（共同）")), None);
        assert_eq!(japanese_reporter_credit(&paras("（写真は市提供）")), None);
    }

    #[test]
    fn traditional_labels_read_as_simplified_with_values_as_written() {
        // Folding keeps byte offsets: each pair is as long in UTF-8.
        for (t, s) in TRADITIONAL_LABEL_CHARS {
            assert_eq!(t.len_utf8(), s.len_utf8(), "{t} {s}");
        }
        let t = "發布時間：2025-01-14 10:20 來源：聯合報 記者 吳書緯 通訊員 陳曉華";
        assert!(get(t, Field::Published)
            .unwrap()
            .starts_with("2025-01-14 10:20"));
        assert_eq!(get(t, Field::Source).as_deref(), Some("聯合報"));
        assert_eq!(get(t, Field::Author).as_deref(), Some("吳書緯 陳曉華"));
        // An editor's credit in brackets, the date code after it.
        assert_eq!(
            get("（編輯：林淑媛）1150114", Field::Editor).as_deref(),
            Some("林淑媛")
        );
        assert_eq!(
            get("責任編輯：張家豪", Field::Editor).as_deref(),
            Some("張家豪")
        );
        // A photographer's credit glued to the name names no writer, in
        // either script.
        assert_eq!(get("（中央通訊網記者王飛華攝）", Field::Author), None);
        assert_eq!(get("（新华社记者王飞华摄）", Field::Author), None);
    }

    #[test]
    fn chinese_meta_line() {
        let t = "类别：国内 发布时间：2023-07-14 22:23:00 来源：杭州网";
        assert_eq!(get(t, Field::Category).as_deref(), Some("国内"));
        assert_eq!(get(t, Field::Source).as_deref(), Some("杭州网"));
        assert!(get(t, Field::Published)
            .unwrap()
            .starts_with("2023-07-14 22:23"));
        let t = "2024年06月28日 22:58 来源：东方日报 记者 朱建华 杨静";
        assert_eq!(get(t, Field::Source).as_deref(), Some("东方日报"));
        assert_eq!(get(t, Field::Author).as_deref(), Some("朱建华 杨静"));
        let t = "2024-06-28 22:58:00 来源: 南方晨报 作者：王伟";
        assert_eq!(get(t, Field::Source).as_deref(), Some("南方晨报"));
        assert_eq!(get(t, Field::Author).as_deref(), Some("王伟"));
        // The text-size tool closing the line, a role before the name, a
        // source whose own brackets close it.
        let t = "来源：江淮日报 作者：记者 王立新 通讯员 陈晓 大 中 小";
        assert_eq!(get(t, Field::Author).as_deref(), Some("王立新 陈晓"));
        let t = "来源：党委宣传部（企业文化部） 作者：分析师 冯静";
        assert_eq!(
            get(t, Field::Source).as_deref(),
            Some("党委宣传部（企业文化部）")
        );
        assert_eq!(get(t, Field::Author).as_deref(), Some("冯静"));
        assert_eq!(
            get("来源：（新华社）", Field::Source).as_deref(),
            Some("新华社")
        );
        assert_eq!(
            get("作者：王立新\u{3000}大\u{3000}中\u{3000}小", Field::Author).as_deref(),
            Some("王立新")
        );
        let t = "来源：新华网作者：李明责任编辑：赵强";
        assert_eq!(get(t, Field::Source).as_deref(), Some("新华网"));
        assert_eq!(get(t, Field::Author).as_deref(), Some("李明"));
        assert_eq!(get(t, Field::Editor).as_deref(), Some("赵强"));
        // A repost names where it comes from.
        for t in [
            "2024-06-28 22:58 转自：人民网",
            "2024-06-28 22:58 转载自：人民网",
            "出处：人民网 作者：王伟",
        ] {
            assert_eq!(get(t, Field::Source).as_deref(), Some("人民网"), "{t}");
        }
        assert_eq!(get("转自人民网的消息", Field::Source), None);
        assert_eq!(
            get("栏目：财经 | 浏览次数：12", Field::Category).as_deref(),
            Some("财经")
        );
        // An e-paper's current page names its section after the number.
        for (t, want) in [
            ("當前版：A02：澳聞", "澳聞"),
            ("当前版：第03版：要闻", "要闻"),
            ("当前版：05版:经济", "经济"),
        ] {
            assert_eq!(get(t, Field::Category).as_deref(), Some(want), "{t}");
        }
        assert_eq!(
            get("（责任编辑：何芳）", Field::Editor).as_deref(),
            Some("何芳")
        );
    }

    #[test]
    fn the_title_of_a_box_about_the_writers_is_no_author() {
        for title in ["Über uns", "About Us", "À propos", "Over ons:"] {
            assert_eq!(tidy_author(title), None, "{title}");
        }
        assert_eq!(tidy_author("Uns Weber").as_deref(), Some("Uns Weber"));
    }

    #[test]
    fn padded_two_character_names_are_joined() {
        // Page text comes with its whitespace collapsed (`赵  培` → `赵 培`).
        assert_eq!(
            get("作者： 赵 培：北京物资学院，北京", Field::Author).as_deref(),
            Some("赵培")
        );
        assert_eq!(
            get("记者 王 伟 李明远", Field::Author).as_deref(),
            Some("王伟 李明远")
        );
        assert_eq!(tidy_author("赵  培").as_deref(), Some("赵培"));
        // A list separator glued to the name leads to the next name.
        assert_eq!(
            get("记者：王 伟、李明远", Field::Author).as_deref(),
            Some("王伟 李明远")
        );
        // A credit character is no half of a name.
        assert_eq!(join_padded_names("图 文 张三"), ["图", "文", "张三"]);
        // Only two lone characters in a row: a run of three stays apart.
        assert_eq!(join_padded_names("大 中 小"), ["大", "中", "小"]);
        assert_eq!(join_padded_names("张珺 澎湃新闻"), ["张珺", "澎湃新闻"]);
        // A three-character name padded after its surname, not a lone
        // surname before a two-character name.
        assert_eq!(join_padded_names("崔 志坚 郑子琪"), ["崔志坚", "郑子琪"]);
        assert_eq!(join_padded_names("王 李明"), ["王", "李明"]);
    }

    #[test]
    fn a_credit_for_data_or_a_picture_is_no_source() {
        for line in [
            "数据来源：国家统计局",
            "图片来源：视觉中国",
            "题图来源：图虫创意。本文仅供医疗卫生专业人士参考",
            "头图来源：视觉中国",
            "资料来源：年鉴",
            "图源：网络",
        ] {
            assert!(scan(line).is_empty(), "{line}");
        }
        assert_eq!(
            source_value("来源：新华网 图片来源：视觉中国").as_deref(),
            Some("新华网")
        );
    }

    #[test]
    fn a_source_label_glued_to_its_value_in_a_line_of_facts() {
        let t = "发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星";
        assert_eq!(get(t, Field::Source).as_deref(), Some("CSDN"));
        assert_eq!(
            get("来源新华网 | 2020-01-02", Field::Source).as_deref(),
            Some("新华网")
        );
        // Prose and a label word inside a line are not labels.
        assert_eq!(get("来源于网络 | 侵删", Field::Source), None);
        assert_eq!(get("数据来源国家统计局 | 2020", Field::Source), None);
        assert_eq!(get("来源新华网", Field::Source), None);
    }

    #[test]
    fn label_words_inside_values_and_joined_names() {
        // `频道` needs a colon to be a label: here it ends a channel name.
        let t = "2019年06月15日08:18 来源：人民网-文化频道";
        assert_eq!(get(t, Field::Source).as_deref(), Some("人民网-文化频道"));
        assert_eq!(
            get("栏目：财经 频道：新闻", Field::Category).as_deref(),
            Some("财经")
        );
        // A `·` between Chinese characters joins one name; spaced, it separates.
        assert_eq!(
            get("2019-08-13 14:07 来源：澎湃新闻·澎湃号·政务", Field::Source).as_deref(),
            Some("澎湃新闻·澎湃号·政务")
        );
        assert_eq!(
            get("發布單位：勞動條件及就業平等司", Field::Source).as_deref(),
            Some("勞動條件及就業平等司")
        );
        assert_eq!(
            get("来源：证券时报·e公司", Field::Source).as_deref(),
            Some("证券时报·e公司")
        );
        assert_eq!(
            get("来源：新华社 · 2024-03-05", Field::Source).as_deref(),
            Some("新华社")
        );
        assert_eq!(
            get("Source: Harbor Tribune · 2 min read", Field::Source).as_deref(),
            Some("Harbor Tribune")
        );
        assert_eq!(
            get("记者 约翰·史密斯", Field::Author).as_deref(),
            Some("约翰·史密斯")
        );
        // `来源于` is prose, not a label.
        assert_eq!(get("信息来源于网络", Field::Source), None);
        assert_eq!(
            get("信息来源：省发改委", Field::Source).as_deref(),
            Some("省发改委")
        );
        assert_eq!(
            source_value("来源：人民网 原创稿").as_deref(),
            Some("人民网")
        );
        assert_eq!(source_value("中国新闻网").as_deref(), Some("中国新闻网"));
        assert_eq!(source_value("来源于 财新网").as_deref(), Some("财新网"));
        assert_eq!(source_value("作者：秦朗"), None);
        assert_eq!(source_value("Foto: Shutterstock"), None);
        assert_eq!(source_value("(Bild: heise online)"), None);
        assert_eq!(
            source_value("来源：潇湘晨报。未经授权，不得转载。").as_deref(),
            Some("潇湘晨报")
        );
        assert_eq!(source_value("摄影：李响"), None);
        assert_eq!(source_value("来自新华网").as_deref(), Some("新华网"));
        assert_eq!(
            source_value("Kaynak: Anadolu Ajansı").as_deref(),
            Some("Anadolu Ajansı")
        );
        assert_eq!(
            source_value("المصدر : الفرنسية + الجزيرة").as_deref(),
            Some("الفرنسية + الجزيرة")
        );
        // The word without its colon is the name (`Quelle Verlag`).
        assert_eq!(
            source_value("Quelle Verlag").as_deref(),
            Some("Quelle Verlag")
        );
    }

    #[test]
    fn a_reposts_note_names_the_account_the_writer_and_the_editor() {
        let t = "本文来自微信公众号：新零售商业评论（ID：xinlingshouping），作者：周宇，编辑：梁芯，题图来自：视觉中国";
        assert_eq!(get(t, Field::Source).as_deref(), Some("新零售商业评论"));
        assert_eq!(get(t, Field::Author).as_deref(), Some("周宇"));
        // Another credit's label after the comma ends the editor's name.
        assert_eq!(get(t, Field::Editor).as_deref(), Some("梁芯"));
        assert_eq!(
            get("本文来自：新浪财经，作者：王伟", Field::Source).as_deref(),
            Some("新浪财经")
        );
        // Without a colon it is prose.
        assert_eq!(get("本文来自网络，如有侵权请联系删除", Field::Source), None);
    }

    #[test]
    fn chinese_credits_that_are_not_plain_names() {
        // A staff id after the editor's name is part of the credit.
        assert_eq!(
            get("本文来源：新京报 责任编辑：杨倩_NF4425", Field::Editor).as_deref(),
            Some("杨倩_NF4425")
        );
        assert_eq!(get("责任编辑：杨倩_", Field::Editor), None);
        // `网络整理`, `本网综合` credit a process, not a person.
        assert_eq!(get("作者：网络整理", Field::Author), None);
        assert_eq!(get("作者：本网综合", Field::Author), None);
        assert_eq!(get("作者：王伟", Field::Author).as_deref(), Some("王伟"));
    }

    #[test]
    fn english_bylines() {
        let t = "By Jane Doe and John Smith · June 28, 2024 22:58 UTC · Source: Harbor Tribune";
        // Several names come back as a list.
        assert_eq!(
            get(t, Field::Author).as_deref(),
            Some("Jane Doe; John Smith")
        );
        assert_eq!(get(t, Field::Source).as_deref(), Some("Harbor Tribune"));
        assert_eq!(
            get("Извор: Политика", Field::Source).as_deref(),
            Some("Политика")
        );
        assert_eq!(get("Izvor: Hina", Field::Source).as_deref(), Some("Hina"));
        assert_eq!(
            get("Edited by Maria Rossi", Field::Editor).as_deref(),
            Some("Maria Rossi")
        );
        // The next fact's label ends a name in Latin letters, the count
        // after it filled in by a script.
        let html = format!(
            r#"<html><body><h1>游戏新闻标题</h1><div class="detail">2024-08-21 10:21:33　来源：游民星空　作者：猫猫虫　编辑：Dawn　浏览：<span id="countn">loading</span></div><div class="content">{}</div></body></html>"#,
            crate::tests::zh_article_body()
        );
        let out = crate::tests::run("https://www.gamersky.example/news/202408/1.shtml", &html);
        assert_eq!(out.editor.as_deref(), Some("Dawn"));
        assert_eq!(
            get("By Sam Kim, Reuters", Field::Author).as_deref(),
            Some("Sam Kim")
        );
        assert_eq!(get("Stand by me", Field::Author), None);
        // An affiliation after the name is no co-author.
        assert_eq!(
            get(
                "By Kayla Wong, Pacific Institute of Marine Science",
                Field::Author
            )
            .as_deref(),
            Some("Kayla Wong")
        );
        assert_eq!(
            get(
                "By Kayla Wong, University of Otago, and Tim Roe",
                Field::Author
            )
            .as_deref(),
            Some("Kayla Wong; Tim Roe")
        );
        // A nickname in brackets inside the name stays; a bracket after the
        // name ends it.
        assert_eq!(
            get("By Richard (R.J.) Eskow", Field::Author).as_deref(),
            Some("Richard (R.J.) Eskow")
        );
        assert_eq!(
            get("By Robert (Bob) Smith", Field::Author).as_deref(),
            Some("Robert (Bob) Smith")
        );
        assert_eq!(
            get("By Jane Roe (Reuters) Updated", Field::Author).as_deref(),
            Some("Jane Roe")
        );
        // A lowercase `by` opening the text leads a byline, a login name too.
        assert_eq!(
            get("by MrAJCosplay, Dec 19th 2023", Field::Author).as_deref(),
            Some("MrAJCosplay")
        );
        assert_eq!(get("by the river", Field::Author), None);
        // A `By` after a credit for the writing.
        assert_eq!(
            get("Photos and Story By Dan Roe", Field::Author).as_deref(),
            Some("Dan Roe")
        );
        assert_eq!(
            get("Words by Dan Roe", Field::Author).as_deref(),
            Some("Dan Roe")
        );
        assert_eq!(get("Photos By Dan Roe", Field::Author), None);
        assert_eq!(get("A new story By Dan Roe", Field::Author), None);
        assert_eq!(
            get("by Jane Roe. Copyright 2022 Jane Roe.", Field::Author),
            None
        );
        assert_eq!(
            get("Source: Reported by AP", Field::Source).as_deref(),
            Some("Reported by AP")
        );
        // A byline's clutter is cut as in byline markup.
        assert_eq!(
            get(
                "By Alissa Wilkinson@alissamarie Updated Jul 24",
                Field::Author
            )
            .as_deref(),
            Some("Alissa Wilkinson")
        );
        assert_eq!(
            get("By Steven Mufson March 18 at 12:22 PM", Field::Author).as_deref(),
            Some("Steven Mufson")
        );
        assert_eq!(
            get("By Lucy Akins eHow Contributor", Field::Author).as_deref(),
            Some("Lucy Akins")
        );
        assert_eq!(
            get("Published July 14, 2023", Field::Published).as_deref(),
            Some("July 14, 2023")
        );
    }

    #[test]
    fn bylines_in_several_languages() {
        let b = |s: &str| clean_byline(s);
        // A forum post's time is no byline.
        assert_eq!(b("发表于 前天 11:37"), None);
        // Dutch `en` joins names after the Dutch lead only; Japanese
        // names are listed with `、`.
        assert_eq!(
            b("Door Pieter-Jan Vanhove en Sofie Claes").as_deref(),
            Some("Pieter-Jan Vanhove; Sofie Claes")
        );
        assert_eq!(b("Por Juan Pérez en Madrid").as_deref(), Some("Juan Pérez"));
        assert_eq!(
            b("小林拓也、森田彩花").as_deref(),
            Some("小林拓也; 森田彩花")
        );
        assert_eq!(
            b("By Jane Roe and John Doe").as_deref(),
            Some("Jane Roe; John Doe")
        );
        assert_eq!(
            b("Amie Roe as told to Jane Doe").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(b("Von Claudia Riedler").as_deref(), Some("Claudia Riedler"));
        assert_eq!(
            b("Felix Schröder und Jörg Soldwisch, dpa").as_deref(),
            Some("Felix Schröder; Jörg Soldwisch; dpa")
        );
        assert_eq!(
            b("Par Sébastien Farcis").as_deref(),
            Some("Sébastien Farcis")
        );
        assert_eq!(b("Autor: Peter Maahn").as_deref(), Some("Peter Maahn"));
        assert_eq!(
            b("Emma MackenzieLifestyle Writer 14:00").as_deref(),
            Some("Emma Mackenzie")
        );
        assert_eq!(
            b("Lucy Akins eHow Contributor").as_deref(),
            Some("Lucy Akins")
        );
        assert_eq!(b("Fiona Leishman 04:22").as_deref(), Some("Fiona Leishman"));
        assert_eq!(
            b("Starre Vartan on March 3, 2023").as_deref(),
            Some("Starre Vartan")
        );
        assert_eq!(
            b("Margaret Schmidt | The Jersey Journal").as_deref(),
            Some("Margaret Schmidt")
        );
        assert_eq!(
            b("Steven Mufson March 18 at 12:22 PM Follow @StevenMufson").as_deref(),
            Some("Steven Mufson")
        );
        assert_eq!(
            b("Alissa Wilkinson@alissamarie").as_deref(),
            Some("Alissa Wilkinson")
        );
        assert_eq!(
            b("Share this article on social media and send it to friends who may like it"),
            None
        );
        assert_eq!(b(""), None);
        assert_eq!(b("Review by Rick Lane").as_deref(), Some("Rick Lane"));
        assert_eq!(
            b("Courtney Carr Courtney Carr").as_deref(),
            Some("Courtney Carr")
        );
        assert_eq!(b("Noah Eastwood, Money").as_deref(), Some("Noah Eastwood"));
        assert_eq!(b("CarolRomig").as_deref(), Some("CarolRomig"));
        assert_eq!(b("责任编辑：张迪"), None);
        assert_eq!(b("王文中国人民大学重阳金融研究院执行院长"), None);
    }

    #[test]
    fn trailer_and_meta_lines() {
        assert!(is_trailer_line("责任编辑：何芳"));
        assert!(is_trailer_line("（编辑：王明）"));
        assert!(is_trailer_line("Edited by Jane Doe"));
        assert!(!is_trailer_line(
            "编辑部表示，今年的工作重点是提升服务质量。"
        ));
        assert!(is_meta_line(
            "2024-06-28 22:58:00 来源: 东方日报 作者：朱建华"
        ));
        assert!(!is_meta_line(
            "据介绍，相关指标同比增长10.2%，这一举措受到广泛关注。"
        ));
    }

    #[test]
    fn author_clutter_is_cut() {
        let t = |s: &str| tidy_author(s);
        assert_eq!(
            t("Margaret Schmidt | The Jersey Journal").as_deref(),
            Some("Margaret Schmidt")
        );
        assert_eq!(t("Fiona Leishman 04:22").as_deref(), Some("Fiona Leishman"));
        assert_eq!(t("김민수 기자").as_deref(), Some("김민수"));
        assert_eq!(t("Tomas Spahn Fr.").as_deref(), Some("Tomas Spahn"));
        assert_eq!(t("Starre Vartan on").as_deref(), Some("Starre Vartan"));
        assert_eq!(
            t("Lance Ulanoff last updated").as_deref(),
            Some("Lance Ulanoff")
        );
        assert_eq!(
            t("Katharina Schmidt Kategorien: Mode").as_deref(),
            Some("Katharina Schmidt")
        );
        assert_eq!(
            t("Birgit Posselt Über Autorenseite von").as_deref(),
            Some("Birgit Posselt")
        );
        assert_eq!(t("彭冲 山东冠县报道").as_deref(), Some("彭冲"));
        assert_eq!(t("孙仲旻 分享").as_deref(), Some("孙仲旻"));
        // Share links, glued (`微信微博`) or apart.
        assert_eq!(t("李明远 王佳 微信微博").as_deref(), Some("李明远 王佳"));
        // What the named did to the copy.
        assert_eq!(t("安全环保部 供稿").as_deref(), Some("安全环保部"));
        assert_eq!(t("张静 整理").as_deref(), Some("张静"));
        assert_eq!(t("王立新 分享到： 微信 QQ空间").as_deref(), Some("王立新"));
        assert_eq!(t("王芳 我要评论").as_deref(), Some("王芳"));
        assert_eq!(t("Veröffentlicht von Hans").as_deref(), Some("Hans"));
        assert_eq!(t("Veröffentlicht"), None);
        assert_eq!(t("Jane Roe").as_deref(), Some("Jane Roe"));
        assert_eq!(t("Ana Fr.").as_deref(), Some("Ana"));
        assert_eq!(
            t("Edward KeenanCity Columnist").as_deref(),
            Some("Edward Keenan")
        );
        assert_eq!(
            t("Adam Aaronson PhillyVoice Staff").as_deref(),
            Some("Adam Aaronson")
        );
        assert_eq!(
            t("Lauren Manaker MS, RDN, LD").as_deref(),
            Some("Lauren Manaker")
        );
        assert_eq!(
            t("John Roe The Associated Press").as_deref(),
            Some("John Roe")
        );
        assert_eq!(
            t("Mia Burke and The Associated Press").as_deref(),
            Some("Mia Burke")
        );
        assert_eq!(
            t("MARCUS HALE; DEE RIVERA Associated Press").as_deref(),
            Some("MARCUS HALE; DEE RIVERA")
        );
        assert_eq!(t("NBC News").as_deref(), Some("NBC News"));
        assert_eq!(
            t("The Associated Press").as_deref(),
            Some("The Associated Press")
        );
        assert_eq!(
            t("Jana Berg (jbe); Ole Roth (olr); Ida Kern (ik").as_deref(),
            Some("Jana Berg; Ole Roth; Ida Kern")
        );
        assert_eq!(
            t("Felix Roth und Jörg Sold, dpa").as_deref(),
            Some("Felix Roth; Jörg Sold; dpa")
        );
        assert_eq!(
            t("Jane Roe and John Doe").as_deref(),
            Some("Jane Roe and John Doe")
        );
        assert_eq!(t("Lina Forsberg; TT").as_deref(), Some("Lina Forsberg; TT"));
        assert_eq!(t("Rob Roe, CNN").as_deref(), Some("Rob Roe"));
    }

    #[test]
    fn staff_credits_are_not_authors() {
        assert!(is_staff_credit("TMZ Staff"));
        assert!(is_staff_credit("Tech Digest Correspondent"));
        assert!(!is_staff_credit("Jane Roe"));
        assert!(!is_staff_credit("Staff"));
        assert!(is_staff_credit("Our Foreign"));
        assert!(is_staff_credit("Unser Korrespondent"));
        assert!(is_staff_credit("Notre correspondant"));
        assert!(is_staff_credit("Na Mwandishi Wetu"));
        assert!(is_staff_credit("নিজস্ব প্রতিবেদকঢাকা"));
        assert!(is_staff_credit("ویب ڈیسک"));
        assert!(is_staff_credit("நமது நிருபர்"));
        assert!(!is_staff_credit("Nosrat Roe"));
        assert!(!is_staff_credit("Ourania Roe"));
        assert!(!is_staff_credit("Jane Roe; Globe Staff"));
    }

    #[test]
    fn a_line_of_names_is_a_credit_and_a_line_of_places_is_not() {
        for (line, names) in [
            ("赵延东、风笑天", Some("赵延东 风笑天")),
            ("撰文：林小雨、风笑天", Some("林小雨 风笑天")),
            ("欧阳明、诸葛亮/文", Some("欧阳明 诸葛亮")),
            ("北京、上海、广州", None),
            ("江苏、浙江、广东", None),
            ("武汉、郑州、长沙", None),
            ("文/王五、李四", Some("王五 李四")),
        ] {
            assert_eq!(name_list_credit(line).as_deref(), names, "{line}");
        }
    }

    #[test]
    fn chinese_reporter_credits_in_the_text() {
        let p = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            body_byline(&p(&[
                "新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工。",
                "正文。"
            ]))
            .as_deref(),
            Some("唐霁")
        );
        assert_eq!(
            body_byline(&p(&[
                "新京报快讯（记者 裴剑飞 王明）今日有网友爆料。",
                "正文。"
            ]))
            .as_deref(),
            Some("裴剑飞 王明")
        );
        assert_eq!(
            body_byline(&p(&[
                "【环球网报道 记者 李欣然】据日本共同社9日报道，农林水产省宣布投放储备米。",
                "正文。"
            ]))
            .as_deref(),
            Some("李欣然")
        );
        // The reporters' paper, post and role before each name.
        assert_eq!(
            body_byline(&p(&[
                "【环球时报驻欧洲特约记者 刘皓然 环球时报记者 倪浩】据路透社9日报道，欧盟委员会正考虑推迟反制关税。",
                "正文。"
            ]))
            .as_deref(),
            Some("刘皓然 倪浩")
        );
        assert_eq!(
            body_byline(&p(&["文/张三", "正文第一段。", "正文第二段。"])).as_deref(),
            Some("张三")
        );
        // A credit line after a block of highlights.
        assert_eq!(
            body_byline(&p(&[
                "划重点：",
                "第一点。",
                "第二点。",
                "第三点。",
                "《某某周刊》作者 周明",
                "正文第一段。",
                "正文第二段。",
                "正文第三段。",
                "正文第四段。",
            ]))
            .as_deref(),
            Some("周明")
        );
        assert_eq!(
            body_byline(&p(&[
                "〔記者巫明、林小華／台北報導〕財政部今天公佈中獎清冊。",
                "正文。"
            ]))
            .as_deref(),
            Some("巫明 林小華")
        );
        // An original post's mark names its author, then the account.
        assert_eq!(
            body_byline(&p(&["原创： 张小明编译 某某研究", "正文第一段。"])).as_deref(),
            Some("张小明")
        );
        assert_eq!(
            body_byline(&p(&["原创： 李四 某某观察", "正文第一段。"])).as_deref(),
            Some("李四")
        );
        // The writer's role before the name is no part of it.
        assert_eq!(
            body_byline(&p(&["【文/某某网专栏作者 王五】", "正文第一段。"])).as_deref(),
            Some("王五")
        );
        assert_eq!(
            body_byline(&p(&[
                "正文第一段。",
                "正文第二段。",
                "正文第三段。",
                "《棱镜》作者 周纯"
            ]))
            .as_deref(),
            Some("周纯")
        );
        // An interview's turn is no credit line.
        assert_eq!(
            body_byline(&p(&[
                "正文第一段。",
                "正文第二段。",
                "正文第三段。",
                "记者：好的",
                "正文第四段。",
                "正文第五段。",
                "正文第六段。",
                "正文第七段。"
            ])),
            None
        );
        assert_eq!(body_byline(&p(&["他对记者说，今天很好。", "正文。"])), None);
        assert_eq!(
            body_byline(&p(&["本报记者王小明发自北京", "正文。"])).as_deref(),
            Some("王小明")
        );
        assert_eq!(
            body_byline(&p(&[
                "南都讯 记者林佳怡 在深圳南山区的人才公园，一架无人机缓缓降落。"
            ]))
            .as_deref(),
            Some("林佳怡")
        );
        assert_eq!(
            body_byline(&p(&["本报讯 记者 张三、李四 报道：全市今年新建公园十座。"])).as_deref(),
            Some("张三 李四")
        );
        assert_eq!(
            body_byline(&p(&[
                "【大公報訊】記者黃嘉欣報道：特區政府昨日公布一系列新措施。"
            ]))
            .as_deref(),
            Some("黃嘉欣")
        );
        assert_eq!(
            body_byline(&p(&["正文。", "正文。", "执笔人：张三 李四 王五"])).as_deref(),
            Some("张三 李四 王五")
        );
        assert_eq!(
            body_byline(&p(&["正文。", "正文。", "（执笔：许海东）"])).as_deref(),
            Some("许海东")
        );
        assert_eq!(
            body_byline(&p(&["正文。", "正文第二段，活动圆满结束。（张三 李四 ）"])).as_deref(),
            Some("张三 李四")
        );
        assert_eq!(
            body_byline(&p(&["正文。", "该人士说：“没有道理。”（王五 上海报道）"])).as_deref(),
            Some("王五")
        );
        assert_eq!(
            body_byline(&p(&["正文。", "（袁源）"])).as_deref(),
            Some("袁源")
        );
        assert_eq!(
            body_byline(&p(&["标题", "张三、李四", "正文。"])).as_deref(),
            Some("张三 李四")
        );
        assert_eq!(body_byline(&p(&["打印 关闭", "图集", "正文。"])), None);
        for trailer in ["（完）", "（新华社）", "（未完待续）", "（央视新闻）"]
        {
            assert_eq!(body_byline(&p(&["正文。", trailer])), None, "{trailer}");
        }
    }

    #[test]
    fn capitalised_particles_photo_credits_and_outlets_after_a_name() {
        assert_eq!(
            clean_byline("Par Loïc Le Clerc | 3 mars").as_deref(),
            Some("Loïc Le Clerc")
        );
        assert_eq!(
            clean_byline("Par Jean Roe le 3 mars 2020").as_deref(),
            Some("Jean Roe")
        );
        assert_eq!(
            clean_byline("Par Jean Roe et Nadia El Khayati").as_deref(),
            Some("Jean Roe; Nadia El Khayati")
        );
        assert_eq!(
            clean_byline("Text von Christian Roe   Illustration von Markus Doe").as_deref(),
            Some("Christian Roe")
        );
        assert_eq!(
            clean_byline("Story by Dave Roe").as_deref(),
            Some("Dave Roe")
        );
        assert_eq!(tidy_author("Rob Roe, CNN").as_deref(), Some("Rob Roe"));
        assert_eq!(
            tidy_author("Jana Berg, MDR THÜRINGEN").as_deref(),
            Some("Jana Berg")
        );
        assert_eq!(
            tidy_author("Jana Berg, dpa").as_deref(),
            Some("Jana Berg; dpa")
        );
        assert_eq!(
            tidy_author("STEVE ROE, AMY DOE").as_deref(),
            Some("STEVE ROE; AMY DOE")
        );
    }

    #[test]
    fn an_outlet_credited_after_the_writer_is_no_co_author() {
        for (byline, author) in [
            ("By Anya Roe, Pittsburgh Post-Gazette", "Anya Roe"),
            ("By Anya Roe, Associated Press", "Anya Roe"),
            ("By Anya Roe, Tribune News Service", "Anya Roe"),
            ("By Mary Ellen Roe, CNN Business", "Mary Ellen Roe"),
            ("By Mary Ellen Roe, For the Post-Gazette", "Mary Ellen Roe"),
            ("By Mary Ellen Roe, Special to The Post", "Mary Ellen Roe"),
            (
                "By Anya Roe and John Doe, Pittsburgh Post-Gazette",
                "Anya Roe; John Doe",
            ),
            // Co-authors stay, and so does a lone outlet credit.
            (
                "By Anna Smith, John Doe and Mary Roe",
                "Anna Smith; John Doe; Mary Roe",
            ),
        ] {
            let got = clean_byline(byline).and_then(|v| tidy_author(&v));
            assert_eq!(got.as_deref(), Some(author), "{byline}");
        }
        assert_eq!(
            tidy_author("Julian Roe; t-online").as_deref(),
            Some("Julian Roe; t-online")
        );
        assert_eq!(
            tidy_author("Associated Press").as_deref(),
            Some("Associated Press")
        );
    }

    #[test]
    fn people_and_desk_codes() {
        for a in [
            "Seb Dumitru",
            "Jane Roe; John de Vries",
            "松岡大地",
            "张三 李四",
            "Mary-Ann O'Neil",
            // Scripts without capitals.
            "عمر دراز ننگیانہ",
            "सुनीता शर्मा",
        ] {
            assert!(names_people(a), "{a}");
        }
        for a in ["red", "amw", "Quelle: sid", "Top Gear 2", "BBC中文 職位"] {
            assert!(!names_people(a), "{a}");
        }
    }

    #[test]
    fn glued_roles_and_one_word_desks() {
        let cut = |s: &str| {
            let mut v = s.to_string();
            cut_glued_role(&mut v);
            v.trim().to_string()
        };
        assert_eq!(cut("Edward KeenanCity Columnist"), "Edward Keenan");
        assert_eq!(cut("Adam Roe PhillyVoice Staff"), "Adam Roe");
        assert_eq!(cut("Jane McDonald"), "Jane McDonald");
        assert_eq!(
            cut("Jana Berg Jana BergPublished: May 2"),
            "Jana Berg Jana Berg"
        );
        assert_eq!(
            tidy_author("Adam Roe PhillyVoice Staff").as_deref(),
            Some("Adam Roe")
        );
    }

    #[test]
    fn a_value_ends_at_a_line_break_and_a_label_ending_its_line_labels_the_next() {
        assert_eq!(
            scan("By Anna Smith\nAssociated Press"),
            vec![(Field::Author, "Anna Smith".to_string())]
        );
        assert_eq!(
            scan("作者：\n王五"),
            vec![(Field::Author, "王五".to_string())]
        );
        assert_eq!(
            scan("Von Jana Berg\nRedaktion Kultur"),
            vec![(Field::Author, "Jana Berg".to_string())]
        );
        // Names a line break splits at a joining word.
        assert_eq!(
            scan("By Anna Smith and\nJohn Doe"),
            vec![(Field::Author, "Anna Smith; John Doe".to_string())]
        );
        assert_eq!(
            scan("Von Jana Berg\nund Tim Roe"),
            vec![(Field::Author, "Jana Berg; Tim Roe".to_string())]
        );
    }

    #[test]
    fn a_text_ending_with_by_leads_a_name_shown_after_it() {
        assert_eq!(clean_byline("COMMENTARY BY"), None);
        assert_eq!(clean_byline("Story by"), None);
        assert_eq!(clean_byline("Byron Day").as_deref(), Some("Byron Day"));
    }

    #[test]
    fn a_picture_credit_after_the_writer_names_no_writer() {
        for (byline, author) in [
            (
                "Story by Mary Ellen Roe • Photos by Tom Reed",
                Some("Mary Ellen Roe"),
            ),
            ("Photos by Tom Reed, story by Mary Roe", Some("Mary Roe")),
            ("By Jane Roe | Edited by Tom Reed", Some("Jane Roe")),
            // A credit for the writing and the pictures names the writer.
            ("Text und Foto: Sabine Roe", Some("Sabine Roe")),
            ("Texte et photos : Léa Roe", Some("Léa Roe")),
            ("Text/Bild: Sabine Roe", Some("Sabine Roe")),
            ("Text and photos: Jane Roe", Some("Jane Roe")),
            ("Tech Industry by Steven Roe", Some("Steven Roe")),
            ("Amie Roe as told to Jane Doe", Some("Jane Doe")),
            // Nor does a credit for checking the facts after the date.
            (
                "Jane Roe on March 14, 2025 — Fact checked by Tom Reed, Ph.D.",
                Some("Jane Roe"),
            ),
            (
                "Jane Roe on March 14, 2025 — Medically reviewed by Tom Reed",
                Some("Jane Roe"),
            ),
        ] {
            assert_eq!(clean_byline(byline).as_deref(), author, "{byline}");
        }
        // An editing credit after the writer's is no co-writer.
        assert_eq!(
            tidy_author("Jane Roe; edited by Tom Reed").as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn credits_for_other_work_are_whole_words() {
        assert!(credits_other_work("Jane Roe — Fact checked "));
        assert!(credits_other_work("Medically Reviewed"));
        assert!(!credits_other_work("a course accredited"));
        assert!(!credits_other_work("Council claims, checked"));
        // Text in other scripts ends no credit (and is not cut mid-character).
        assert!(!credits_other_work("記者が確認"));
        assert!(credits_other_work("記者 — EDITED"));
        // A platform's credit (`Obituaries powered by Remembered`).
        assert!(credits_other_work("Obituaries powered"));
    }

    #[test]
    fn a_posting_verb_before_by_leads_the_poster() {
        for (line, author) in [
            (
                "Submitted by Jane Roe on Thu, 04/11/2013 - 13:16",
                Some("Jane Roe"),
            ),
            (
                "post by Jane Roe on April 11, 2013 - 1:16pm;",
                Some("Jane Roe"),
            ),
            ("Written by Jane Roe on April 11, 2013", Some("Jane Roe")),
            // An embedded social post names its poster.
            ("Posted by City Hall on Monday, February 7, 2022", None),
            ("Submitted to the council by Jane Roe", None),
            ("Stand by me", None),
        ] {
            assert_eq!(get(line, Field::Author).as_deref(), author, "{line}");
        }
    }

    #[test]
    fn a_part_after_the_name_that_ends_in_a_role_is_the_role() {
        for (byline, author) in [
            (
                "By Richard Evans, Local Democracy Reporter",
                "Richard Evans",
            ),
            (
                "Jane Roe, Political Reporter and Sam Kim, Health Correspondent",
                "Jane Roe; Sam Kim",
            ),
            // A Korean role follows each name.
            ("김민준 기자, 이지현 기자", "김민준; 이지현"),
        ] {
            assert_eq!(clean_byline(byline).as_deref(), Some(author), "{byline}");
        }
    }

    #[test]
    fn italian_scandinavian_swahili_romanian_greek_and_french_byline_leads() {
        for (byline, author) in [
            ("di Maria Rosaria Roe", "Maria Rosaria Roe"),
            ("Di Maria Roe", "Maria Roe"),
            ("di GIULIA MANTOVANI", "GIULIA MANTOVANI"),
            ("av Anna Lindqvist", "Anna Lindqvist"),
            ("Af Anna Lindqvist", "Anna Lindqvist"),
            // Swahili `Na` (by).
            ("Na Florence Sanawa", "Florence Sanawa"),
            // Romanian `de`, Greek `Του` and `Της` (the name stays in the
            // genitive), French `Rédigé par`.
            ("De Andreea Moldovan", "Andreea Moldovan"),
            ("Του Κωνσταντίνου Καραμανλίδη", "Κωνσταντίνου Καραμανλίδη"),
            ("Της Μαρίας Παπαδοπούλου", "Μαρίας Παπαδοπούλου"),
            ("Rédigé par Youssef El Alami", "Youssef El Alami"),
            ("Autore: Maria Rossi", "Maria Rossi"),
            ("A cura di Maria Rossi", "Maria Rossi"),
            // Thai `โดย` (by).
            ("โดย ณัฐพล ศรีสวัสดิ์", "ณัฐพล ศรีสวัสดิ์"),
            // A name with the particle, or the particle before one word.
            ("Anna Di Stefano", "Anna Di Stefano"),
            ("Di Stefano", "Di Stefano"),
        ] {
            assert_eq!(clean_byline(byline).as_deref(), Some(author), "{byline}");
        }
    }

    #[test]
    fn names_in_scripts_without_case() {
        for (byline, author) in [
            ("بقلم: محمد العلي", Some("محمد العلي")),
            ("By محمد العلي", Some("محمد العلي")),
            ("हरीश चंद्र", Some("हरीश चंद्र")),
            ("updated daily", None),
        ] {
            assert_eq!(clean_byline(byline).as_deref(), author, "{byline}");
        }
    }

    #[test]
    fn a_posting_label_is_no_name() {
        assert_eq!(clean_byline("发表于 2024-3-12 20:41:33"), None);
        assert_eq!(clean_byline("张三 2024-3-12").as_deref(), Some("张三"));
    }

    #[test]
    fn a_taiwanese_credit_leaves_the_place_it_reports_from() {
        for (line, want) in [
            ("記者林政鋒／高雄即時報導", "林政鋒"),
            ("聯合報 記者林政鋒/高雄報導", "林政鋒"),
            ("記者 王小明 ／ 綜合報導", "王小明"),
            ("端傳媒記者 何詩雅 發自香港", "何詩雅"),
            (
                "記者黃心怡、劉子豪／舊金山報導 March 26, 2025 9:40 PM",
                "黃心怡 劉子豪",
            ),
        ] {
            assert_eq!(get(line, Field::Author).as_deref(), Some(want), "{line}");
        }
        // The same report words where such a credit opens the text.
        let para = "〔記者巫明／台北报导〕立法院今天三讀通過能源管理法修正案。".to_string();
        assert_eq!(body_byline(&[para]).as_deref(), Some("巫明"));
    }

    #[test]
    fn names_listed_with_a_chinese_comma_are_each_read() {
        assert_eq!(
            get("(责编：杨虞波罗、牛镛)", Field::Editor).as_deref(),
            Some("杨虞波罗 牛镛")
        );
        assert_eq!(
            get("记者 王小明、李大同", Field::Author).as_deref(),
            Some("王小明 李大同")
        );
    }

    #[test]
    fn a_korean_story_credits_its_reporter_where_its_text_opens() {
        for (para, want) in [
            (
                "[한빛일보 김서연 기자] 한국은행이 기준금리를 동결했다.",
                Some("김서연"),
            ),
            (
                "(서울=연합뉴스) 김서연 기자 = 한국은행이 기준금리를 동결했다.",
                Some("김서연"),
            ),
            (
                "[서울=뉴시스]김서연·박지훈 기자 = 한국은행이 동결했다.",
                Some("김서연; 박지훈"),
            ),
            // A senior reporter or a guest reporter, not `선임` as a name.
            (
                "[한빛일보 김서연 선임기자] 한국은행이 동결했다.",
                Some("김서연"),
            ),
            (
                "(서울=연합뉴스) 김서연 객원기자 = 한국은행이 동결했다.",
                Some("김서연"),
            ),
            (
                "한국은행이 기준금리를 동결했다고 김서연 기자가 전했다.",
                None,
            ),
        ] {
            assert_eq!(
                korean_lead_credit(&[para.to_string()]).as_deref(),
                want,
                "{para}"
            );
        }
    }

    #[test]
    fn a_korean_story_signs_its_reporter_where_its_text_ends() {
        let story = |last: &str| {
            [
                "서울시는 심야 자율주행버스 노선 3개를 추가한다고 밝혔다.".to_string(),
                last.to_string(),
            ]
        };
        for (last, want) in [
            ("김서연 기자 sykim@example.co.kr", Some("김서연")),
            ("김서연·박지훈 기자", Some("김서연; 박지훈")),
            ("이용민 특파원", Some("이용민")),
            // A sentence that names a reporter signs nothing.
            ("이 소식은 김서연 기자가 전했다.", None),
        ] {
            assert_eq!(
                korean_closing_credit(&story(last)).as_deref(),
                want,
                "{last}"
            );
        }
    }

    #[test]
    fn a_writing_credit_labels_the_author() {
        assert_eq!(
            get("撰文：鄭嘉琪 出版：2025-03-14 10:12", Field::Author).as_deref(),
            Some("鄭嘉琪")
        );
    }

    #[test]
    fn a_page_tools_button_glued_to_the_source_is_cut() {
        let line = "2025-03-14 14:22:31 来源: 钛科技观察举报";
        assert_eq!(get(line, Field::Source).as_deref(), Some("钛科技观察"));
        // A source whose name ends in a word a tool also uses stays whole.
        assert_eq!(
            get("来源：人民日报评论", Field::Source).as_deref(),
            Some("人民日报评论")
        );
    }

    #[test]
    fn an_administrators_account_names_no_writer() {
        for account in [
            "admin",
            "crhe_admin",
            "wordpressadmin",
            "Webmaster",
            "Site Admin",
        ] {
            assert!(names_a_role_alone(account), "{account}");
        }
        for name in ["Jane Adminson", "Anna Roe"] {
            assert!(!names_a_role_alone(name), "{name}");
        }
    }

    #[test]
    fn a_label_quoted_in_a_notice_ends_at_the_closing_quote() {
        assert_eq!(
            get(
                "版权声明：凡注明“来源：健康时报网”的作品，版权均属健康时报网所有",
                Field::Source
            )
            .as_deref(),
            Some("健康时报网")
        );
        assert_eq!(
            get("来源：“学习强国”学习平台", Field::Source).as_deref(),
            Some("“学习强国”学习平台")
        );
    }

    #[test]
    fn an_empty_writer_label_names_no_writer() {
        for label in ["作者：", "作者", "Author:", "記者"] {
            assert!(names_a_role_alone(label), "{label}");
        }
        assert!(!names_a_role_alone("作者：王五"));
    }
}
