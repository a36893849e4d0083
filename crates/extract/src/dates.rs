//! Dates as pages write them: ISO 8601 / RFC 3339 in metadata, and the
//! display forms of Chinese and English news pages (`2023-07-14 22:23:00`,
//! `2023年07月14日 22:23`, `2023/07/14`, `14 July 2023`,
//! `July 14, 2023 10:23 AM`, ...), plus dates in URL paths.
//!
//! Offsets: an offset written with the date (`+08:00`, `Z`, `UTC`, `GMT`,
//! `北京时间`, a few common zone abbreviations) is kept; otherwise the caller
//! supplies one (see [`crate::Options::default_offset`]).

use std::sync::LazyLock;

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone,
    Timelike, Weekday,
};
use regex::{Captures, Regex};

/// A date found in text, before an offset is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// Local date and time (midnight when no time was written).
    pub local: NaiveDateTime,
    /// The offset written with it, if any.
    pub offset: Option<FixedOffset>,
    /// Whether a time of day was written.
    pub has_time: bool,
    /// Byte range of the match in the searched text.
    pub start: usize,
    /// End of the match.
    pub end: usize,
    /// Whether the day and the month were read from a slash date
    /// (`06/07/2024`) in which either number could be the month; it is
    /// read day first, as most of the world writes it.
    pub month_ambiguous: bool,
}

impl Found {
    /// The same date read month first (`06/07/2024` as June 7), when the
    /// slash date allowed it; any other date is returned as it is.
    pub fn month_first(self) -> Found {
        let date = self.local.date();
        match NaiveDate::from_ymd_opt(date.year(), date.day(), date.month()) {
            Some(swapped) if self.month_ambiguous => Found {
                local: swapped.and_time(self.local.time()),
                ..self
            },
            _ => self,
        }
    }

    /// The instant, using the written offset or else `default`.
    pub fn resolve(&self, default: FixedOffset) -> Option<DateTime<FixedOffset>> {
        self.offset
            .unwrap_or(default)
            .from_local_datetime(&self.local)
            .single()
    }
}

/// A zone written after a time: `Z`, a numeric offset, `UTC`/`GMT` (maybe
/// with an offset after it), `北京时间`, and common abbreviations; the US
/// zones written without their season (`ET`, `CT`, `MT`, `PT`) only in
/// capitals (French `et` is "and").
macro_rules! zone {
    () => {
        r"(?P<tz>Z(?-u:\b)|[+-]\d{2}:?\d{2}(?-u:\b)|UTC|GMT|北京时间|EST|EDT|CDT|MST|MDT|PST|PDT|BST|CEST|CET|JST|KST|HKT|SGT|AEST|AEDT|(?-i:ET|CT|MT|PT)(?-u:\b))(?P<tzoff>[+-]\d{1,2}(?::?\d{2})?)?"
    };
}

/// The time of day after a date, with its offset. After the Nordic time
/// word (`kl.` in Danish, Norwegian and Swedish, `klo` in Finnish) the
/// hour and minute may be parted by a dot (`26. marts 2025 - kl. 22.41`,
/// `klo 8.30`), and so may they before `am` or `pm` (`March 14, 2025 —
/// 5.30am`, as Australian and British papers write it).
const TIME_TAIL: &str = concat!(
    r"(?:\s*(?:T|,|，|،|at|um|à|@|-|–|—|·|\||/)?\s*(?:[Kk]lo?\.?\s*(?P<Hk>\d{1,2})[.:](?P<Mk>\d{2})(?:[.:](?P<Sk>\d{2}))?(?-u:\b)|(?:(?P<meridiem>오전|오후|上午|下午|午前|午後)\s*)?(?P<H>\d{1,2})\s*[:：时時시]\s*(?P<M>\d{2})(?:\s*[:：分분]\s*(?P<S>\d{2})(?:\.\d+)?)?\s*(?:秒|分|분|초)?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?|(?P<Hd>\d{1,2})\.(?P<Md>[0-5]\d)\s*(?P<ampmd>[AaPp]\.?[Mm]\.?)))?(?:\s*",
    zone!(),
    r")?"
);

/// Month names and abbreviations in the languages news pages are written
/// in (English, German, French, Spanish, Italian, Dutch, Portuguese,
/// Romanian, Polish genitive, Russian and Ukrainian genitive), with their
/// number.
const MONTH_NAMES: &[(&str, u32)] = &[
    ("january", 1),
    ("januar", 1),
    ("januari", 1),
    ("janvier", 1),
    ("jänner", 1),
    ("jän", 1),
    ("enero", 1),
    ("gennaio", 1),
    ("janeiro", 1),
    ("ianuarie", 1),
    ("stycznia", 1),
    ("jan", 1),
    ("february", 2),
    ("februar", 2),
    ("februari", 2),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("febrero", 2),
    ("febbraio", 2),
    ("fevereiro", 2),
    ("februarie", 2),
    ("lutego", 2),
    ("feb", 2),
    ("march", 3),
    ("märz", 3),
    ("maerz", 3),
    ("maart", 3),
    ("mars", 3),
    ("marzo", 3),
    ("março", 3),
    ("martie", 3),
    ("marca", 3),
    ("mär", 3),
    ("mar", 3),
    ("april", 4),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("aprilie", 4),
    ("kwietnia", 4),
    ("apr", 4),
    ("may", 5),
    ("mai", 5),
    ("mei", 5),
    ("mayo", 5),
    ("maggio", 5),
    ("maio", 5),
    ("maja", 5),
    ("june", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("giugno", 6),
    ("junho", 6),
    ("iunie", 6),
    ("czerwca", 6),
    ("jun", 6),
    ("july", 7),
    ("juli", 7),
    ("juillet", 7),
    ("juil", 7),
    ("julio", 7),
    ("luglio", 7),
    ("julho", 7),
    ("iulie", 7),
    ("lipca", 7),
    ("jul", 7),
    ("august", 8),
    ("augustus", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("sierpnia", 8),
    ("aug", 8),
    ("september", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("settembre", 9),
    ("setembro", 9),
    ("septembrie", 9),
    ("września", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("ottobre", 10),
    ("outubro", 10),
    ("octombrie", 10),
    ("października", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("noiembrie", 11),
    ("listopada", 11),
    ("nov", 11),
    ("december", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("diciembre", 12),
    ("dicembre", 12),
    ("dezembro", 12),
    ("decembrie", 12),
    ("grudnia", 12),
    ("dez", 12),
    ("déc", 12),
    ("dec", 12),
    ("января", 1),
    ("январь", 1),
    ("січня", 1),
    ("февраля", 2),
    ("февраль", 2),
    ("лютого", 2),
    ("марта", 3),
    ("март", 3),
    ("березня", 3),
    ("апреля", 4),
    ("апрель", 4),
    ("квітня", 4),
    ("мая", 5),
    ("май", 5),
    ("травня", 5),
    ("июня", 6),
    ("июнь", 6),
    ("червня", 6),
    ("июля", 7),
    ("июль", 7),
    ("липня", 7),
    ("августа", 8),
    ("август", 8),
    ("серпня", 8),
    ("сентября", 9),
    ("сентябрь", 9),
    ("вересня", 9),
    ("октября", 10),
    ("октябрь", 10),
    ("жовтня", 10),
    ("ноября", 11),
    ("ноябрь", 11),
    ("листопада", 11),
    ("декабря", 12),
    ("декабрь", 12),
    ("грудня", 12),
];

/// Month names of languages that always write the day before the month
/// (Danish, Norwegian and Swedish names the list above lacks: `26. marts
/// 2025`, `3. desember 2024`, `5 augusti 2024`; Finnish, in the partitive:
/// `26. maaliskuuta 2025`; Turkish: `14 Mart 2024`, also without its
/// letters `Subat`, `Agustos`;
/// Czech genitive, after a dotted day: `5. března 2024`; Arabic, in the
/// Egyptian and Gulf names, the Levantine ones and the Maghreb ones, with
/// and without the hamza: `14 مارس 2024`, `3 كانون الثاني 2023`,
/// `8 فيفري 2019`; Bulgarian, Macedonian and Serbian in Cyrillic:
/// `18 юни 2025`, `18 јуни 2025`, `18. јун 2025`; Serbian in Latin letters
/// and Croatian: `5. avgust 2024`, `18. lipnja 2025.`; Croatian
/// `listopada`, October, is the Polish November above), with their number. They are read only after a day:
/// several are also given names (Nisan, Kasım, Ekim), which a byline may
/// hold (`Maj` is a Nordic given name too).
const DAY_FIRST_MONTH_NAMES: &[(&str, u32)] = &[
    ("януари", 1),
    ("јануари", 1),
    ("јануар", 1),
    ("февруари", 2),
    ("фебруари", 2),
    ("фебруар", 2),
    ("април", 4),
    ("мај", 5),
    ("юни", 6),
    ("јуни", 6),
    ("јун", 6),
    ("юли", 7),
    ("јули", 7),
    ("јул", 7),
    ("септември", 9),
    ("септембар", 9),
    ("октомври", 10),
    ("октобар", 10),
    ("ноември", 11),
    ("новембар", 11),
    ("декември", 12),
    ("децембар", 12),
    ("avgust", 8),
    ("septembar", 9),
    ("oktobar", 10),
    ("novembar", 11),
    ("decembar", 12),
    ("siječnja", 1),
    ("veljače", 2),
    ("ožujka", 3),
    ("travnja", 4),
    ("svibnja", 5),
    ("lipnja", 6),
    ("srpnja", 7),
    ("kolovoza", 8),
    ("rujna", 9),
    ("studenoga", 11),
    ("studenog", 11),
    ("prosinca", 12),
    ("marts", 3),
    ("maj", 5),
    ("augusti", 8),
    ("desember", 12),
    ("tammikuuta", 1),
    ("helmikuuta", 2),
    ("maaliskuuta", 3),
    ("huhtikuuta", 4),
    ("toukokuuta", 5),
    ("kesäkuuta", 6),
    ("heinäkuuta", 7),
    ("elokuuta", 8),
    ("syyskuuta", 9),
    ("lokakuuta", 10),
    ("marraskuuta", 11),
    ("joulukuuta", 12),
    ("ocak", 1),
    ("şubat", 2),
    ("subat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("mayis", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("agustos", 8),
    ("eylül", 9),
    ("eylul", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("kasim", 11),
    ("aralık", 12),
    ("aralik", 12),
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("إبريل", 4),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    // Maghreb (Tunisia, Algeria, Morocco), from the French names.
    ("جانفي", 1),
    ("فيفري", 2),
    ("أفريل", 4),
    ("افريل", 4),
    ("ماي", 5),
    ("جوان", 6),
    ("جويلية", 7),
    ("أوت", 8),
    ("اوت", 8),
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("اذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("ايلول", 9),
    ("تشرين الأول", 10),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("كانون الأول", 12),
    ("كانون الاول", 12),
];

/// `(?P<mon>...)`: the given month names, longest first so that `juni` is
/// not read as `jun`.
fn month_alternation<'a>(names: impl Iterator<Item = &'a (&'a str, u32)>) -> String {
    let mut names: Vec<&str> = names.map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    format!("(?P<mon>{})", names.join("|"))
}

/// Every month name that may stand before the day ([`MONTH_NAMES`]).
static MONTHS: LazyLock<String> = LazyLock::new(|| month_alternation(MONTH_NAMES.iter()));

/// Every month name that may follow a day: [`MONTH_NAMES`] and
/// [`DAY_FIRST_MONTH_NAMES`].
static MONTHS_AFTER_DAY: LazyLock<String> =
    LazyLock::new(|| month_alternation(MONTH_NAMES.iter().chain(DAY_FIRST_MONTH_NAMES)));

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<y>(?:19|20)\d{{2}})\s*(?:[-/.]|年|년)\s*(?P<m>\d{{1,2}})\s*(?:[-/.]|月|월)\s*(?P<d>\d{{1,2}})(?:\s*[日일])?(?:[^\d:：]|$){TIME_TAIL}"
    ))
    .expect("valid regex")
});
/// `21.01.2022`, `1. 2. 2022`, `21-01-2022` (day first, as in German, Dutch
/// and most of Europe; dashes with the year last never put the month
/// first).
static DMY_DOTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[^\d.-])(?P<d>\d{{1,2}})(?:\.\s?|-)(?P<m>\d{{1,2}})(?:\.\s?|-)(?P<y>(?:19|20)\d{{2}})(?-u:\b){TIME_TAIL}"
    ))
    .expect("valid regex")
});
/// `31/08/2017` or `08/31/2017`: day first (most of the world) unless
/// that cannot be.
static SLASHES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[^\d/])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>(?:19|20)\d{{2}})(?-u:\b){TIME_TAIL}"
    ))
    .expect("valid regex")
});
/// How a page orders the day and the month in its slash dates, as far as
/// its texts show: `Some(true)` when one of them can only be read month
/// first (`02/27/2025`) and none can only be read day first (`27/02/2025`),
/// `Some(false)` in the opposite case, `None` when none tells or they
/// disagree.
pub(crate) fn slash_dates_month_first<'a>(texts: impl Iterator<Item = &'a str>) -> Option<bool> {
    static SLASH_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[^\d/])(\d{1,2})/(\d{1,2})/(?:19|20)\d{2}(?-u:\b)").expect("valid regex")
    });
    let (mut month_first, mut day_first) = (false, false);
    for t in texts.filter(|t| t.contains('/')) {
        for c in SLASH_DATE.captures_iter(t) {
            let (Ok(a), Ok(b)) = (c[1].parse::<u32>(), c[2].parse::<u32>()) else {
                continue;
            };
            match (a, b) {
                (1..=12, 13..=31) => month_first = true,
                (13..=31, 1..=12) => day_first = true,
                _ => {}
            }
        }
    }
    (month_first != day_first).then_some(month_first)
}

/// How a page in English orders the day and the month when it names the
/// month: `Some(true)` when its dates name the month first, with the comma
/// Americans write (`February 19, 2025`), and none after the day
/// (`19 February 2025`, as most of the English-speaking world writes),
/// `Some(false)` in the opposite case, `None` when none tells or they
/// disagree.
pub(crate) fn english_month_names_first<'a>(texts: impl Iterator<Item = &'a str>) -> Option<bool> {
    const MONTH: &str = "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(?-u:\b){MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*(?:19|20)\d{{2}}(?-u:\b)"
        ))
        .expect("valid regex")
    });
    static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(?-u:\b)\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+(?:19|20)\d{{2}}(?-u:\b)"
        ))
        .expect("valid regex")
    });
    let (mut month_first, mut day_first) = (false, false);
    for t in texts {
        month_first |= MONTH_FIRST.is_match(t);
        day_first |= DAY_FIRST.is_match(t);
    }
    (month_first != day_first).then_some(month_first)
}

/// `6.11.22`, `8.5.12 um 10:56`, and `28.09.19` glued to its time
/// (`28.09.1912:44`, as inline spans read): day, month, two-digit year of
/// this century.
static DMY_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<yy>\d{2})(?:\s*(?:,|um|-|–|\|)?\s*(?P<H>\d{1,2}):(?P<M>\d{2})|[^\d.:]|$)",
    )
    .expect("valid regex")
});
/// Words after which a day, month and two-digit year are a date
/// (`am 6.11.22`, `Stand 6.11.22`, `le 6.11.22`); after any other word they
/// are a version number (`Node 18.12.10`, `Python 3.10.12`, `v2.10.15`).
const SHORT_YEAR_PREPOSITIONS: &[&str] = &[
    "am", "vom", "den", "bis", "ab", "seit", "stand", "datum", "le", "du", "el", "del", "on",
    "from",
];

/// Whether `before`, the text in front of a day-month-two-digit-year
/// form written without a time, lets it be a date: nothing, punctuation
/// or a number ends it, or a weekday or a date preposition. Another word
/// (or a `v`) right before it makes it a version number.
fn short_year_context(before: &str) -> bool {
    let before = before.trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() && !crate::dom::is_cjk(*c))
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[word_start..];
    word.is_empty()
        || is_weekday_or_abbreviation(word)
        || SHORT_YEAR_PREPOSITIONS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(word))
}

/// English weekday abbreviations (`Mon`), as dates and bylines write them
/// before a date; full names start with them.
pub(crate) const ENGLISH_WEEKDAY_ABBREVIATIONS: &[&str] =
    &["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// German weekday abbreviations (`Mo`, `Di`), as bylines write them
/// before a date or a time; full names start with them too.
pub(crate) const GERMAN_WEEKDAY_ABBREVIATIONS: &[&str] =
    &["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];

/// Whether a word is a weekday, written out (`Donnerstag`, `Sunday`,
/// `jeudi`) or abbreviated in English or German (`Do`, `Sun`).
pub(crate) fn is_weekday_or_abbreviation(word: &str) -> bool {
    is_weekday_name(word)
        || ENGLISH_WEEKDAY_ABBREVIATIONS
            .iter()
            .chain(GERMAN_WEEKDAY_ABBREVIATIONS)
            .any(|a| a.eq_ignore_ascii_case(word))
}

/// A day of the week written out (German, English, French, Spanish,
/// Italian, Portuguese, Dutch, Scandinavian, Swahili, Malay and
/// Indonesian, Chinese: `星期三`, `周日`, `禮拜一`), as bylines put before the
/// date and a date's parentheses hold it (`2025年3月12日（星期三）`); the
/// abbreviations are [`GERMAN_WEEKDAY_ABBREVIATIONS`] and
/// [`ENGLISH_WEEKDAY_ABBREVIATIONS`]. Spanish and Portuguese `domingo`
/// (Sunday) is left out: it is a given name and a family name too.
pub(crate) fn is_weekday_name(word: &str) -> bool {
    let chinese = ["星期", "周", "週", "礼拜", "禮拜"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|d| d.chars().count() == 1 && "一二三四五六日天".contains(d))
    });
    if chinese {
        return true;
    }
    const DAYS: [&str; 73] = [
        // German, English, French.
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        // Spanish, Italian, Portuguese.
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        // Dutch, Swedish, Danish and Norwegian.
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "måndag",
        "tisdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lördag",
        "söndag",
        "mandag",
        "tirsdag",
        "lørdag",
        "søndag",
        // Swahili, Indonesian and Malay.
        "jumatatu",
        "jumanne",
        "jumatano",
        "alhamisi",
        "ijumaa",
        "jumamosi",
        "jumapili",
        "senin",
        "selasa",
        "rabu",
        "kamis",
        "jumat",
        "sabtu",
        "minggu",
        "isnin",
        "khamis",
    ];
    let word = word.trim_end_matches([',', '.']).to_lowercase();
    DAYS.contains(&word.as_str())
}

/// `Mon Oct 11 14:57:21 CEST 2021` (the form Java and C libraries print).
static WEEKDAY_MONTH_TIME_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:{weekdays})[a-z]*,?\s+{months}\s+(?P<d>\d{{1,2}})\s+(?P<H>\d{{1,2}}):(?P<M>\d{{2}}):(?P<S>\d{{2}})\s+(?:(?P<tz>[a-z]{{2,5}})\s+)?(?P<y>(?:19|20)\d{{2}})(?-u:\b)",
        weekdays = ENGLISH_WEEKDAY_ABBREVIATIONS.join("|"),
        months = *MONTHS
    ))
    .expect("valid regex")
});
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b){}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})(?-u:\b){TIME_TAIL}",
        *MONTHS
    ))
    .expect("valid regex")
});
/// `15 July 2023`, `5. Oktober 2013`, `2 de abril de 2020`, and
/// `8.Dezember 2010` (the day's dot glued to the month, as templates that
/// link the month to its archive write it).
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th|er|º)?\.?\s+|\.)(?:of\s+|de\s+)?{}\.?,?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{{2}})(?-u:\b){TIME_TAIL}",
        *MONTHS_AFTER_DAY
    ))
    .expect("valid regex")
});

/// Hungarian month names and their dotted abbreviations, which follow
/// the year (`2025. október 21.`, `2024. márc. 5.`).
const HUNGARIAN_MONTH_NAMES: &[(&str, u32)] = &[
    ("január", 1),
    ("jan", 1),
    ("február", 2),
    ("febr", 2),
    ("március", 3),
    ("márc", 3),
    ("április", 4),
    ("ápr", 4),
    ("május", 5),
    ("máj", 5),
    ("június", 6),
    ("jún", 6),
    ("július", 7),
    ("júl", 7),
    ("augusztus", 8),
    ("aug", 8),
    ("szeptember", 9),
    ("szept", 9),
    ("október", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// `2025. október 21. 14:08`, `2024. márc. 5. – 9:30`: a Hungarian date,
/// the year with its dot first, then the month's name and the day.
static HUNGARIAN_YMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?P<y>(?:19|20)\d{{2}})\.\s*{}\.?\s+(?P<d>\d{{1,2}})\.?(?:[^\d]|$){TIME_TAIL}",
        month_alternation(HUNGARIAN_MONTH_NAMES.iter())
    ))
    .expect("valid regex")
});

/// The short month names Serbian and Russian pages write in Cyrillic
/// (`16. окт 2025`, `3 дек. 2024`), read only after a day (`нов` is also
/// the word for new).
const CYRILLIC_SHORT_MONTH_NAMES: &[(&str, u32)] = &[
    ("јан", 1),
    ("янв", 1),
    ("феб", 2),
    ("фев", 2),
    ("мар", 3),
    ("апр", 4),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сеп", 9),
    ("сен", 9),
    ("окт", 10),
    ("нов", 11),
    ("ноя", 11),
    ("дец", 12),
    ("дек", 12),
];

/// `четвртак, 16. окт 2025, 16:20`: a day, a short Cyrillic month name
/// ([`CYRILLIC_SHORT_MONTH_NAMES`]) and the year. Apart from [`DMY`], whose
/// case-blind list of names these would slow on every text.
static CYRILLIC_SHORT_DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[^\d])(?P<d>\d{{1,2}})\.?\s+{}\.?,?\s+(?P<y>(?:19|20)\d{{2}})(?-u:\b){TIME_TAIL}",
        month_alternation(CYRILLIC_SHORT_MONTH_NAMES.iter())
    ))
    .expect("valid regex")
});

/// Thai month names and their dotted abbreviations (`พฤษภาคม`, `พ.ค.`).
const THAI_MONTH_NAMES: &[(&str, u32)] = &[
    ("มกราคม", 1),
    ("ม.ค.", 1),
    ("กุมภาพันธ์", 2),
    ("ก.พ.", 2),
    ("มีนาคม", 3),
    ("มี.ค.", 3),
    ("เมษายน", 4),
    ("เม.ย.", 4),
    ("พฤษภาคม", 5),
    ("พ.ค.", 5),
    ("มิถุนายน", 6),
    ("มิ.ย.", 6),
    ("กรกฎาคม", 7),
    ("ก.ค.", 7),
    ("สิงหาคม", 8),
    ("ส.ค.", 8),
    ("กันยายน", 9),
    ("ก.ย.", 9),
    ("ตุลาคม", 10),
    ("ต.ค.", 10),
    ("พฤศจิกายน", 11),
    ("พ.ย.", 11),
    ("ธันวาคม", 12),
    ("ธ.ค.", 12),
];

/// `3 พ.ค. 2567 15:12 น.`, `27 สิงหาคม 2567`: a Thai date, its year in
/// the Buddhist era (543 years ahead).
static THAI_DMY: LazyLock<Regex> = LazyLock::new(|| {
    let months: Vec<String> = THAI_MONTH_NAMES
        .iter()
        .map(|(n, _)| regex::escape(n))
        .collect();
    Regex::new(&format!(
        r"(?:^|[^\d])(?P<d>\d{{1,2}})\s*(?P<thai>{})\s*(?:พ\.ศ\.\s*)?(?P<be>25\d{{2}})(?:[^\d]|$){TIME_TAIL}",
        months.join("|")
    ))
    .expect("valid regex")
});

/// `民國114年4月11日`, `114年4月11日`, `114/04/11`, `114-04-11`: a date in
/// the era of the Republic of China, as Taiwan writes it, its year 1911
/// behind the common era's; years 100 to 139 (2011 to 2050).
static ROC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[^\d/.-])(?:(?:中華|中华)?民[國国]\s*)?(?P<roc>1[0-3]\d)\s*(?:年|[-/.])\s*(?P<m>\d{{1,2}})\s*(?:月|[-/.])\s*(?P<d>\d{{1,2}})(?:\s*日)?(?:[^\d:：/.-]|$){TIME_TAIL}"
    ))
    .expect("valid regex")
});

/// Whether a word is a month name that may open a date (`March`, `Mai`,
/// `déc`); the names read only after a day ([`DAY_FIRST_MONTH_NAMES`])
/// are not.
pub(crate) fn is_month_name(word: &str) -> bool {
    let word = word.trim_end_matches('.').to_lowercase();
    MONTH_NAMES.iter().any(|(n, _)| *n == word)
}

/// The number of a month name of either list.
fn month_num(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    MONTH_NAMES
        .iter()
        .chain(DAY_FIRST_MONTH_NAMES)
        .find(|(n, _)| *n == s)
        .map(|(_, m)| *m)
}

/// The offset of the zone a match captured (`tz`, and `tzoff` after
/// `UTC`/`GMT`) for the local time `local`: a US zone written without its
/// season (`ET`, `PT`) gives the standard or the daylight offset in force
/// then, and only beside a time of day.
fn zone_offset(c: &Captures<'_>, local: NaiveDateTime, has_time: bool) -> Option<FixedOffset> {
    let name = c.name("tz")?.as_str();
    let standard = match name {
        "ET" => -5,
        "CT" => -6,
        "MT" => -7,
        "PT" => -8,
        _ => return tz_offset(name, c.name("tzoff").map(|x| x.as_str())),
    };
    if !has_time {
        return None;
    }
    let daylight = us_daylight_saving(local)?;
    FixedOffset::east_opt((standard + i32::from(daylight)) * 3600)
}

/// Whether US daylight saving time is in force at the local time `local`:
/// from 2 a.m. on the second Sunday of March to 2 a.m. on the first Sunday
/// of November (from 2007; before, the first Sunday of April to the last
/// Sunday of October).
fn us_daylight_saving(local: NaiveDateTime) -> Option<bool> {
    let y = local.year();
    let sunday =
        |month: u32, n: u8| NaiveDate::from_weekday_of_month_opt(y, month, Weekday::Sun, n);
    let (start, end) = if y >= 2007 {
        (sunday(3, 2)?, sunday(11, 1)?)
    } else {
        (sunday(4, 1)?, sunday(10, 5).or_else(|| sunday(10, 4))?)
    };
    let two = NaiveTime::from_hms_opt(2, 0, 0)?;
    Some(local >= start.and_time(two) && local < end.and_time(two))
}

fn tz_offset(name: &str, extra: Option<&str>) -> Option<FixedOffset> {
    let hours = |h: i32| FixedOffset::east_opt(h * 3600);
    let base = match name {
        "Z" | "UTC" | "GMT" => hours(0),
        "北京时间" => hours(8),
        "EST" => hours(-5),
        "EDT" | "CDT" => hours(if name == "EDT" { -4 } else { -5 }),
        "MST" => hours(-7),
        "MDT" => hours(-6),
        "PST" => hours(-8),
        "PDT" => hours(-7),
        "BST" | "CET" => hours(1),
        "CEST" => hours(2),
        "JST" | "KST" => hours(9),
        "HKT" | "SGT" => hours(8),
        "AEST" => hours(10),
        "AEDT" => hours(11),
        n => parse_numeric_offset(n),
    }?;
    match extra.and_then(parse_numeric_offset) {
        Some(e) if matches!(name, "UTC" | "GMT") => Some(e),
        _ => Some(base),
    }
}

/// `+08:00`, `+0800`, `-5`, `+5:30`.
fn parse_numeric_offset(s: &str) -> Option<FixedOffset> {
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| c.is_ascii_digit()).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 => (
            digits[..1].parse::<i32>().ok()?,
            digits[1..].parse::<i32>().ok()?,
        ),
        4 => (
            digits[..2].parse::<i32>().ok()?,
            digits[2..].parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

/// The date and time a match of one of the date patterns captured, with
/// the month already read (as a number or a name).
fn build(c: &Captures<'_>, month: u32) -> Option<Found> {
    let d: u32 = c.name("d")?.as_str().parse().ok()?;
    build_with_day(c, month, d)
}

/// [`build`] with the day already read: the year from a four-digit `y`
/// group or a two-digit `yy` group (this century), then the time of day
/// and offset groups if the match has them.
fn build_with_day(c: &Captures<'_>, month: u32, d: u32) -> Option<Found> {
    let y: i32 = match (c.name("yy"), c.name("be")) {
        (Some(yy), _) => 2000 + yy.as_str().parse::<i32>().ok()?,
        (None, Some(be)) => be.as_str().parse::<i32>().ok()? - 543,
        (None, None) => match c.name("roc") {
            Some(roc) => roc.as_str().parse::<i32>().ok()? + 1911,
            None => c.name("y")?.as_str().parse().ok()?,
        },
    };
    let date = NaiveDate::from_ymd_opt(y, month, d)?;
    let (time, has_time) = time_of_day(c)?;
    let offset = zone_offset(c, date.and_time(time), has_time);
    let whole = c.get(0)?;
    Some(Found {
        local: date.and_time(time),
        offset,
        has_time,
        start: ["y", "yy", "roc", "m", "d", "a", "mon"]
            .iter()
            .filter_map(|g| c.name(g).map(|m| m.start()))
            .min()
            .unwrap_or(whole.start()),
        end: whole.end(),
        month_ambiguous: false,
    })
}

/// The time of day a match captured (`H`/`M`/`S`, or `Hk`/`Mk`/`Sk` after a
/// Nordic time word, or `Hd`/`Md` parted by a dot before `ampmd`, with a
/// meridiem word or `am`/`pm`), and whether one
/// was written; midnight when none was, `None` when it is no time.
fn time_of_day(c: &Captures<'_>) -> Option<(NaiveTime, bool)> {
    let hour = c
        .name("H")
        .or_else(|| c.name("Hk"))
        .or_else(|| c.name("Hd"));
    let minute = c
        .name("M")
        .or_else(|| c.name("Mk"))
        .or_else(|| c.name("Md"));
    match (hour, minute) {
        (Some(h), Some(m)) => {
            let mut h: u32 = h.as_str().parse().ok()?;
            let m: u32 = m.as_str().parse().ok()?;
            let s: u32 = c
                .name("S")
                .or_else(|| c.name("Sk"))
                .map_or(Some(0), |s| s.as_str().parse().ok())?;
            let afternoon = match (
                c.name("meridiem"),
                c.name("ampm").or_else(|| c.name("ampmd")),
            ) {
                (Some(word), _) => Some(matches!(word.as_str(), "오후" | "下午" | "午後")),
                (None, Some(ap)) => Some(ap.as_str().to_ascii_lowercase().starts_with('p')),
                (None, None) => None,
            };
            // A meridiem beside an hour of 0 or above 12 (`下午15:30`)
            // adds nothing to the 24-hour clock.
            if let Some(pm) = afternoon {
                h = match (pm, h) {
                    (true, 1..=11) => h + 12,
                    (false, 12) => 0,
                    _ => h,
                };
            }
            Some((NaiveTime::from_hms_opt(h, m, s)?, true))
        }
        _ => Some((NaiveTime::MIN, false)),
    }
}

/// A clock time just before a date, with its am/pm and zone
/// (`Published 5:02 p.m. PT Nov. 3, 2025`, `Updated 9:22 PM EST, Mon
/// November 6, 2023`, `20:34 17.04.2020`, `14:30, 15 марта 2024`): parted
/// from the date by spaces, a comma, a `|` or a weekday, and nothing else.
static TIME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|[^\d:.])(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?(?:\s*",
        zone!(),
        r")?(?:\s+|\s*[,|]\s*)(?:(?P<wd>[^\W\d_]+)\.?(?:\s+|\s*,\s*))?$"
    ))
    .expect("valid regex")
});

/// `f`, a date written without a time, with the clock time written just
/// before it (see [`TIME_BEFORE`]); the date's text then starts at the
/// time.
fn with_time_before(f: Found, text: &str) -> Found {
    if f.has_time {
        return f;
    }
    let from = text.floor_char_boundary(f.start.saturating_sub(48));
    let Some(c) = TIME_BEFORE.captures(&text[from..f.start]) else {
        return f;
    };
    if c.name("wd")
        .is_some_and(|w| !is_weekday_or_abbreviation(w.as_str()))
    {
        return f;
    }
    let (Some((time, true)), Some(h)) = (time_of_day(&c), c.name("H")) else {
        return f;
    };
    let local = f.local.date().and_time(time);
    let offset = zone_offset(&c, local, true);
    Found {
        local,
        offset: offset.or(f.offset),
        has_time: true,
        start: from + h.start(),
        ..f
    }
}

/// The first date written in `text` (earliest position; at equal positions
/// the longer match). Arabic-Indic digits (`١٤ مارس ٢٠٢٤`) are read as
/// the digits they are, and a Japanese era's year (`令和7年3月14日`) as
/// the Gregorian year; the match's range is the text's own.
pub(crate) fn find_date(text: &str) -> Option<Found> {
    // Both digit ranges are encoded with a first byte 0xD9 or 0xDB: a
    // byte scan rules out most text before a scan of its characters.
    let arabic_digits =
        text.bytes().any(|b| b == 0xD9 || b == 0xDB) && text.contains(is_arabic_indic_digit);
    let era = text.contains("令和") || text.contains("平成");
    if !arabic_digits && !era {
        return find_ascii_digit_date(text);
    }
    // The copy to read; `at` keeps, for each byte of the copy, where it
    // came from in `text`.
    let mut copy = String::with_capacity(text.len());
    let mut at: Vec<usize> = Vec::with_capacity(text.len() + 1);
    if arabic_digits {
        copy_read(&mut copy, &mut at, text, 0, |c| {
            arabic_indic_value(c).map_or(c, |d| char::from(b'0' + d))
        });
    } else {
        let mut from = 0;
        for c in JAPANESE_ERA_YEAR.captures_iter(text) {
            let whole = c.get(0).expect("match");
            let first = if c["era"] == *"令和" { 2018 } else { 1988 };
            let n = match &c["n"] {
                "元" => 1,
                n => n.parse().unwrap_or(0),
            };
            copy_read(&mut copy, &mut at, &text[from..whole.start()], from, |c| c);
            copy.push_str(&format!("{}年", first + n));
            at.resize(copy.len(), whole.start());
            from = whole.end();
        }
        copy_read(&mut copy, &mut at, &text[from..], from, |c| c);
    }
    at.push(text.len());
    find_ascii_digit_date(&copy).map(|f| Found {
        start: at[f.start],
        end: at[f.end],
        ..f
    })
}

/// Appends `part` (which starts at byte `from` of the text) to `copy`,
/// each character as `read` reads it, and for each byte appended where it
/// came from to `at`.
fn copy_read(
    copy: &mut String,
    at: &mut Vec<usize>,
    part: &str,
    from: usize,
    read: impl Fn(char) -> char,
) {
    for (i, c) in part.char_indices() {
        copy.push(read(c));
        at.resize(copy.len(), from + i);
    }
}

/// A Japanese era's year (`令和7年`, `平成31年`, `令和元年`, the first),
/// with the Gregorian year a page may add in brackets (`令和7年（2025年）`).
static JAPANESE_ERA_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<era>令和|平成)\s*(?P<n>\d{1,2}|元)\s*年(?:\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*[）)])?",
    )
    .expect("valid regex")
});

/// Whether `c` is an Arabic-Indic or an Eastern Arabic-Indic (Persian,
/// Urdu) digit.
fn is_arabic_indic_digit(c: char) -> bool {
    arabic_indic_value(c).is_some()
}

/// The value of an Arabic-Indic (`٠`–`٩`) or Eastern Arabic-Indic
/// (`۰`–`۹`) digit.
fn arabic_indic_value(c: char) -> Option<u8> {
    match c {
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        _ => None,
    }
}

/// [`find_date`] on text whose digits are ASCII.
fn find_ascii_digit_date(text: &str) -> Option<Found> {
    // Every form writes its year in ASCII digits (another digit would not
    // parse): a text without one holds no date.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut best: Option<Found> = None;
    let mut consider = |f: Option<Found>| {
        if let Some(f) = f {
            let better = match &best {
                None => true,
                Some(b) => f.start < b.start || (f.start == b.start && f.end > b.end),
            };
            if better {
                best = Some(f);
            }
        }
    };
    for c in NUMERIC.captures_iter(text) {
        let m = c.name("m").and_then(|m| m.as_str().parse().ok());
        if let Some(f) = m.and_then(|m| build(&c, m)) {
            consider(Some(f));
            break;
        }
    }
    for re in [&*DMY_DOTS, &*DMY_SHORT] {
        for c in re.captures_iter(text) {
            // `28.09.1912:44` is a short year glued to a time.
            if c.name("y")
                .is_some_and(|y| text[y.end()..].starts_with(':'))
            {
                continue;
            }
            if c.name("yy").is_some()
                && c.name("H").is_none()
                && c.name("d")
                    .is_some_and(|d| !short_year_context(&text[..d.start()]))
            {
                continue;
            }
            let m = c.name("m").and_then(|m| m.as_str().parse().ok());
            if let Some(f) = m.and_then(|m| build(&c, m)) {
                consider(Some(f));
                break;
            }
        }
    }
    for c in SLASHES.captures_iter(text) {
        let a: Option<u32> = c.name("a").and_then(|m| m.as_str().parse().ok());
        let b: Option<u32> = c.name("b").and_then(|m| m.as_str().parse().ok());
        let (Some(a), Some(b)) = (a, b) else { continue };
        let (m, d) = if b > 12 { (a, b) } else { (b, a) };
        if let Some(f) = build_with_day(&c, m, d) {
            let month_ambiguous = a != b && a <= 12 && b <= 12;
            consider(Some(Found {
                month_ambiguous,
                ..f
            }));
            break;
        }
    }
    for re in [&*MDY, &*DMY, &*WEEKDAY_MONTH_TIME_YEAR] {
        for c in re.captures_iter(text) {
            if let Some(f) = c
                .name("mon")
                .and_then(|m| month_num(m.as_str()))
                .and_then(|m| build(&c, m))
            {
                consider(Some(f));
                break;
            }
        }
    }
    // Dates in the scripts and forms of one language each, their month
    // named in `group` from `names`; each pattern only where a byte or
    // substring test finds its script or form.
    let mut read_named = |re: &Regex, group: &str, names: &[(&str, u32)]| {
        for c in re.captures_iter(text) {
            let month = c.name(group).and_then(|m| {
                let name = m.as_str().to_lowercase();
                names.iter().find(|(n, _)| *n == name).map(|(_, k)| *k)
            });
            if let Some(f) = month.and_then(|m| build(&c, m)) {
                consider(Some(f));
                break;
            }
        }
    };
    // A Hungarian date's year ends with a dot and a space.
    if text
        .match_indices(". ")
        .any(|(at, _)| at >= 4 && text.as_bytes()[at - 4..at].iter().all(u8::is_ascii_digit))
    {
        read_named(&HUNGARIAN_YMD, "mon", HUNGARIAN_MONTH_NAMES);
    }
    // Cyrillic letters start with the bytes D0 to D3.
    if text.bytes().any(|b| (0xD0..=0xD3).contains(&b)) {
        read_named(&CYRILLIC_SHORT_DMY, "mon", CYRILLIC_SHORT_MONTH_NAMES);
    }
    // Thai script sorts after every pattern above.
    if text.bytes().any(|b| b == 0xE0) {
        read_named(&THAI_DMY, "thai", THAI_MONTH_NAMES);
    }
    // A Taiwanese era year, in a text that writes no common-era date.
    if best.is_none() {
        best = ROC_DATE.captures_iter(text).find_map(|c| {
            let m = c.name("m")?.as_str().parse().ok()?;
            build(&c, m)
        });
    }
    best.map(|f| with_time_before(with_arabic_meridiem(f, &text[f.end..]), text))
}

/// `f` with its twelve-hour time set by the Arabic word after it, `ص`
/// (before noon) or `م` (after noon), or the words they shorten
/// (`صباحا`, `مساءً`): `02:30 م` is 14:30. Any other word after a time
/// leaves it as it is.
fn with_arabic_meridiem(f: Found, after: &str) -> Found {
    let word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic() || ('\u{064B}'..='\u{0652}').contains(c))
        .collect();
    let afternoon = match word.as_str() {
        "ص" | "صباحا" | "صباحاً" => false,
        "م" | "مساء" | "مساءً" | "مساءا" => true,
        _ => return f,
    };
    let hour = f.local.hour();
    let shift = match (afternoon, hour) {
        (true, 1..=11) => 12,
        (false, 12) => -12,
        _ => 0,
    };
    if !f.has_time || shift == 0 {
        return f;
    }
    Found {
        local: f.local + TimeDelta::hours(shift),
        ..f
    }
}

/// A date in a URL path (`/2024-03-29/`, `/2024/0618/`, `/2024/05/12/`,
/// `/20240512/`, `/2024-05/12/`, `/2023/dec/21/`): the day only.
pub(crate) fn date_from_url_path(path: &str) -> Option<NaiveDate> {
    static PATS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
        [
            r"/((?:19|20)\d{2})-(\d{2})-(\d{2})(?:/|$)",
            r"/((?:19|20)\d{2})/(\d{2})(\d{2})(?:/|$)",
            r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)",
            r"/((?:19|20)\d{2})-?(\d{2})/(\d{2})(?:/|$)",
            r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:/|$)",
            r"[/_\-t]((?:19|20)\d{2})(\d{2})(\d{2})[_\-.]",
        ]
        .iter()
        .map(|p| Regex::new(p).expect("valid regex"))
        .collect()
    });
    /// `/2023/dec/21/`: year, month name, day.
    static MONTH_NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)/((?:19|20)\d{2})/([a-z]{3,9})/(\d{1,2})(?:/|$)").expect("valid regex")
    });
    /// `/21-12-2023/`: day, month, year.
    static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"/(\d{2})-(\d{2})-((?:19|20)\d{2})(?:/|$)").expect("valid regex")
    });
    PATS.iter()
        .find_map(|re| {
            re.captures_iter(path).find_map(|c| {
                NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
            })
        })
        .or_else(|| {
            let c = MONTH_NAMED.captures(path)?;
            NaiveDate::from_ymd_opt(c[1].parse().ok()?, month_num(&c[2])?, c[3].parse().ok()?)
        })
        .or_else(|| {
            let c = DAY_FIRST.captures(path)?;
            NaiveDate::from_ymd_opt(c[3].parse().ok()?, c[2].parse().ok()?, c[1].parse().ok()?)
        })
}

/// Words that say a date nearby is the publication date
/// ("Dieser Artikel wurde am … veröffentlicht", "Publié le …"). Its word
/// boundaries stay Unicode (unlike the date patterns): "publié" ends in a
/// letter ASCII does not know. It only runs on a few short paragraphs.
static PUBLISHED_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:veröffentlicht|publiziert|erschienen|gepostet|publié|publicado|pubblicato|published|posted)\b",
    )
    .expect("valid regex")
});

/// A periodical's month issue cited by name (`《北京之春》1998年3月号`).
static MONTH_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"《[^》]{1,20}》\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月号").expect("valid regex")
});

/// The month of the periodical issue an essay first appeared in, as a
/// reprint cites it in a short line of its own among its last three
/// paragraphs (`——《北京之春》1998年3月号`): the first day of that month,
/// with no time. A sentence that cites an issue (`据《财经》2019年3月号
/// 报道，…`) tells of another text.
pub(crate) fn month_issue_date(paras: &[String]) -> Option<Found> {
    paras.iter().rev().take(3).find_map(|p| {
        let p = p.trim();
        let cited = p.trim_end_matches(['）', ')', '。', ' ']);
        let c = MONTH_ISSUE.captures(p).filter(|c| {
            p.chars().count() <= 40 && c.get(0).is_some_and(|m| m.end() == cited.len())
        })?;
        let day = NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, 1)?;
        let whole = c.get(0)?;
        Some(Found {
            local: day.and_time(NaiveTime::MIN),
            offset: None,
            has_time: false,
            start: whole.start(),
            end: whole.end(),
            month_ambiguous: false,
        })
    })
}

/// A publication date written in the article text itself: a date that
/// opens the first paragraphs (`01.02.2022 Der Arbeitsmarkt …`,
/// `January 18, 2020`), or a date next to a "published" word in the first
/// or last paragraphs.
pub(crate) fn body_date(paras: &[String]) -> Option<Found> {
    for p in paras.iter().take(2) {
        let head: String = p.chars().take(120).collect();
        if let Some(f) = find_date(&head) {
            let before = head[..f.start].trim().trim_end_matches(['(', ' ']);
            // Nothing before it but punctuation, a weekday (`Montag,`) or
            // a dateline's place (`Karlsruhe, (12.11.2021).`).
            let weekday = before.ends_with(',') && !before.contains(' ');
            if weekday || !before.chars().any(char::is_alphanumeric) {
                return Some(f);
            }
        }
    }
    // A line that is only a date (and time) among the first paragraphs,
    // before the running text (a long paragraph) begins: after it, a lone
    // date is a list's or a teaser's.
    if let Some(f) = paras
        .iter()
        .take(5)
        .take_while(|p| p.chars().count() <= 200)
        .filter(|p| p.chars().count() <= 30)
        .find_map(|p| {
            // At most one word after it (`Uhr`).
            find_date(p).filter(|f| {
                p[..f.start].trim().is_empty() && p[f.end..].split_whitespace().count() <= 1
            })
        })
    {
        return Some(f);
    }
    let n = paras.len();
    let ends = paras
        .iter()
        .take(3)
        .chain(paras.iter().skip(n.saturating_sub(3).max(3)));
    for p in ends {
        // A paragraph of running text that names a publication tells of
        // another work ("A study published in Nature on March 3, 2019
        // found …"); a publication line is short.
        if p.chars().count() > 200 {
            continue;
        }
        if let Some(w) = PUBLISHED_WORDS.find(p) {
            let from = p.floor_char_boundary(w.start().saturating_sub(80));
            let to = p.floor_char_boundary((w.end() + 80).min(p.len()));
            if let Some(f) = find_date(&p[from..to]) {
                return Some(f);
            }
        }
    }
    None
}

/// Words that name a notice of the site (its privacy policy, terms of
/// use, cookie policy, legal notice): a date on such a line ("Privacy
/// policy (updated 10 Mar 2021)", "Terms of Use (10 Mar 2001)") is the
/// notice's, never an article's.
static SITE_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:privacy|terms\s+(?:of|and|&)|cookie\s+policy|legal\s+notice|disclaimer|impressum|datenschutz|nutzungsbedingungen|mentions\s+légales|aviso\s+legal)",
    )
    .expect("valid regex")
});

/// Whether a line of text names a notice of the site (see
/// [`SITE_NOTICE`]): a date on it is not the article's.
pub(crate) fn names_site_notice(line: &str) -> bool {
    SITE_NOTICE.is_match(line)
}

/// Words that say a date is the last change, not the publication
/// ("Updated", "Aktualisiert", "Mis à jour", "Actualizado", "Aggiornato",
/// "Atualizado", "Bijgewerkt", "Обновлено", "Güncelleme", "Aktualizacja").
const UPDATE_WORD: &str = r"(?:last\s+)?(?:updated|modified|aktualisiert|geändert|mis\s+à\s+jour|actualizado|aggiornato|atualizado|bijgewerkt|обновлено|güncellen?me|aktualizacj[ai])";

/// Whether a date line opens with an update word ("Last updated: …").
pub(crate) fn opens_with_update_word(text: &str) -> bool {
    static OPENS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)^\W*{UPDATE_WORD}")).expect("valid regex"));
    OPENS.is_match(text)
}

/// Whether the text before a date ends with an update word, maybe with a
/// preposition, a colon or a weekday ("By Sarah Yang Updated ",
/// "Aktualisiert am ", "Updated on Mon, ", "Atualizado em ").
pub(crate) fn ends_with_update_word(before: &str) -> bool {
    static ENDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(?:^|\W){UPDATE_WORD}(?:\s+(?:on|am|le|el|il|em|op))?\s*:?\s*$"
        ))
        .expect("valid regex")
    });
    let before = before.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let last_word = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let before = if is_weekday_or_abbreviation(&before[last_word..]) {
        &before[..last_word]
    } else {
        before
    };
    ENDS.is_match(before)
}

/// A publication time in inline script data that is not JSON-LD
/// (`"datePublished":"…"`, `"published_at":"…"`, `"pubDate":"…"`), or a
/// script variable that fills the page's date slot when it runs (`var
/// publish_time = "2024-07-03"`, WeChat's `var ct = "1720002600"` in Unix
/// seconds, shown at `offset`), for pages that show no date. Only the
/// first matches are looked at.
pub(crate) fn script_date(html: &str, offset: FixedOffset) -> Option<Found> {
    static KEY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"(?i)\\?"(?:datePublished|published_?at|publish_?(?:date|time)|pub_?(?:date|time)|date_?published|first_?published(?:_?at)?)\\?"\s*:\s*\\?"([^"\\]{8,40})"#,
        )
        .expect("valid regex")
    });
    static VARIABLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"(?i)(?-u:\b)(?:var|let|const)\s+(?:publish_?(?:time|date)|pub_?(?:time|date)|create_?time|ct)\s*=\s*["']([^"']{8,40})["']"#,
        )
        .expect("valid regex")
    });
    let keyed = KEY
        .captures_iter(html)
        .filter(|c| !in_json_ld(html, c.get(0).map_or(0, |m| m.start())))
        .take(5)
        .find_map(|c| find_date(c.get(1)?.as_str()).filter(|f| f.start == 0));
    keyed.or_else(|| {
        VARIABLE.captures_iter(html).take(5).find_map(|c| {
            let value = c.get(1)?.as_str();
            unix_seconds(value, offset).or_else(|| find_date(value).filter(|f| f.start == 0))
        })
    })
}

/// A time written as Unix seconds (ten digits, 2001 to 2286), shown at
/// `offset`.
fn unix_seconds(value: &str, offset: FixedOffset) -> Option<Found> {
    if value.len() != 10 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let instant = DateTime::from_timestamp(value.parse().ok()?, 0)?;
    Some(Found {
        local: instant.with_timezone(&offset).naive_local(),
        offset: Some(offset),
        has_time: true,
        start: 0,
        end: value.len(),
        month_ambiguous: false,
    })
}

/// Whether byte `at` of `html` lies inside a `<script
/// type="application/ld+json">`: JSON-LD names the page's own article
/// (read by `meta`) and lists other articles with their dates.
fn in_json_ld(html: &str, at: usize) -> bool {
    let before = &html[..at];
    before.rfind("<script").is_some_and(|open| {
        let script = &before[open..];
        let tag = &script[..script.find('>').unwrap_or(script.len())];
        tag.to_ascii_lowercase().contains("ld+json") && !script.contains("</script")
    })
}

/// A date introduced by a publication or update phrase anywhere in the
/// markup ("Dieser Artikel wurde am <nobr>14. Dezember 2015</nobr> …",
/// "Publié le …", "Publicado el …", "Aktualisiert am …", a Chinese post's
/// "发表于 …" / "发布于 …", which open an element's text: inside a
/// sentence they say "published in" a journal), for pages whose date has
/// no marked element (an update date is the best date such a page has).
/// Tags between the phrase and the date are skipped.
pub(crate) fn phrase_date(html: &str) -> Option<Found> {
    static PHRASE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:wurde\s+am|veröffentlicht\s+am|publiziert\s+am|erschienen\s+am|gepostet\s+am|erstellt\s+am|aktualisiert\s+am|publié\s+le|mis\s+à\s+jour\s+le|publicado\s+el|actualizado\s+el|pubblicato\s+il|aggiornato\s+il|published\s+on|posted\s+on|updated\s+on)(?-u:\b)|发表于|发布于",
        )
        .expect("valid regex")
    });
    static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>").expect("valid regex"));
    PHRASE.find_iter(html).take(5).find_map(|m| {
        let chinese = m.as_str().starts_with('发');
        if chinese && !html[..m.start()].trim_end().ends_with('>') {
            return None;
        }
        let end = html.floor_char_boundary((m.end() + 160).min(html.len()));
        let text = TAG.replace_all(&html[m.end()..end], " ");
        let text = text.replace("&nbsp;", " ");
        find_date(&text).filter(|f| text[..f.start].trim().chars().count() <= 12)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str, default_h: i32) -> String {
        let f = find_date(s).unwrap_or_else(|| panic!("no date in {s:?}"));
        f.resolve(FixedOffset::east_opt(default_h * 3600).unwrap())
            .unwrap()
            .to_rfc3339()
    }

    #[test]
    fn iso_and_rfc3339_keep_their_offset() {
        assert_eq!(
            at("2024-06-28T22:58:00+08:00", 0),
            "2024-06-28T22:58:00+08:00"
        );
        assert_eq!(at("2024-06-28T14:58:00Z", 8), "2024-06-28T14:58:00+00:00");
        assert_eq!(
            at("2024-06-28T14:58:00.123+0530", 8),
            "2024-06-28T14:58:00+05:30"
        );
        assert_eq!(
            at("2024-06-28 14:58:00 GMT+2", 8),
            "2024-06-28T14:58:00+02:00"
        );
    }

    #[test]
    fn a_date_glued_to_chinese_text_is_found() {
        // Word boundaries are ASCII: a Han character before a date is not
        // part of a word with its digits.
        assert_eq!(at("发布于14 July 2023", 8), "2023-07-14T00:00:00+08:00");
        assert_eq!(
            at("于Jul 14, 2023 10:05 发布", 8),
            "2023-07-14T10:05:00+08:00"
        );
    }

    #[test]
    fn chinese_display_forms_use_the_default_offset() {
        assert_eq!(
            at("发布时间：2023-07-14 22:23:00 来源：杭州网", 8),
            "2023-07-14T22:23:00+08:00"
        );
        assert_eq!(at("2023-07-14 22:23", 8), "2023-07-14T22:23:00+08:00");
        assert_eq!(
            at("2023年07月14日 22:23 来源", 8),
            "2023-07-14T22:23:00+08:00"
        );
        assert_eq!(at("2023年7月4日22:23", 8), "2023-07-04T22:23:00+08:00");
        assert_eq!(at("2023年07月14日22时23分", 8), "2023-07-14T22:23:00+08:00");
        assert_eq!(at("2023/07/14", 8), "2023-07-14T00:00:00+08:00");
        // Japanese and Korean write the hour and minute with their own
        // characters, Korean the date with 년 월 일.
        assert_eq!(at("2024年7月7日 15時12分", 9), "2024-07-07T15:12:00+09:00");
        assert_eq!(at("2024년 7월 7일 15:12", 9), "2024-07-07T15:12:00+09:00");
        assert_eq!(
            at("2024년 01월 29일 18시 40분", 9),
            "2024-01-29T18:40:00+09:00"
        );
        // An em dash may part the day from the time.
        assert_eq!(
            at("November 24, 2026 — 6:12pm", 0),
            "2026-11-24T18:12:00+00:00"
        );
        // Thai dates count years in the Buddhist era.
        assert_eq!(at("3 พ.ค. 2567 15:12 น.", 7), "2024-05-03T15:12:00+07:00");
        assert_eq!(
            at("วันที่ 27 สิงหาคม 2567 - 16:05 น.", 7),
            "2024-08-27T16:05:00+07:00"
        );
        assert_eq!(at("3 พ.ค. 2567", 7), "2024-05-03T00:00:00+07:00");
        // Korean, Chinese and Japanese put the half of the day before
        // the time: 오후/下午/午後 (afternoon), 오전/上午/午前 (morning).
        assert_eq!(at("2024.05.03 오후 3:12", 9), "2024-05-03T15:12:00+09:00");
        assert_eq!(at("2024.05.03 오전 12:05", 9), "2024-05-03T00:05:00+09:00");
        assert_eq!(at("2024年5月3日 下午3:12", 8), "2024-05-03T15:12:00+08:00");
        assert_eq!(at("2024年5月3日 上午9:30", 8), "2024-05-03T09:30:00+08:00");
        assert_eq!(
            at("2024年5月3日 午後3時12分", 9),
            "2024-05-03T15:12:00+09:00"
        );
        assert_eq!(at("2024年5月3日 下午15:30", 8), "2024-05-03T15:30:00+08:00");
        assert_eq!(
            at("日期 2023.07.14 北京时间", 0),
            "2023-07-14T00:00:00+08:00"
        );
        assert_eq!(
            at("2023-07-14 22:23 北京时间", 0),
            "2023-07-14T22:23:00+08:00"
        );
    }

    #[test]
    fn english_display_forms() {
        assert_eq!(at("14 July 2023", 0), "2023-07-14T00:00:00+00:00");
        assert_eq!(
            at("Updated July 14, 2023 10:23 AM", 0),
            "2023-07-14T10:23:00+00:00"
        );
        assert_eq!(
            at("July 14, 2023 10:23 p.m. EDT", 0),
            "2023-07-14T22:23:00-04:00"
        );
        assert_eq!(
            at("June 28, 2024 22:58 UTC", 8),
            "2024-06-28T22:58:00+00:00"
        );
        assert_eq!(
            at("Sept. 3rd, 2021 at 9:05 pm", 0),
            "2021-09-03T21:05:00+00:00"
        );
        assert_eq!(
            at("Mon 3 Jan 2022 12:00 GMT", 5),
            "2022-01-03T12:00:00+00:00"
        );
    }

    #[test]
    fn european_display_forms() {
        assert_eq!(
            at("Stand: 21.01.2022 - 13:30", 0),
            "2022-01-21T13:30:00+00:00"
        );
        assert_eq!(
            at("Donnerstag, 15.2.2018, 19:51", 0),
            "2018-02-15T19:51:00+00:00"
        );
        assert_eq!(
            at("19. Oktober 2019 00:04 Uhr", 0),
            "2019-10-19T00:04:00+00:00"
        );
        assert_eq!(
            at("Samstag, 5. Oktober 2013", 0),
            "2013-10-05T00:00:00+00:00"
        );
        assert_eq!(
            at("8.Dezember 2010 um 09:43 · Rezepte", 0),
            "2010-12-08T09:43:00+00:00"
        );
        assert_eq!(at("Mai 05, 2019", 0), "2019-05-05T00:00:00+00:00");
        assert_eq!(
            at("jueves 2 de abril de 2020", 0),
            "2020-04-02T00:00:00+00:00"
        );
        assert_eq!(at("27 juin 2019", 0), "2019-06-27T00:00:00+00:00");
        assert_eq!(at("15 августа 2016, 13:43", 0), "2016-08-15T13:43:00+00:00");
        assert_eq!(at("3 травня 2021", 0), "2021-05-03T00:00:00+00:00");
        assert_eq!(
            at("Notizia del 14 Gennaio 2020", 0),
            "2020-01-14T00:00:00+00:00"
        );
        assert_eq!(at("9 oktober 2020 11:12", 0), "2020-10-09T11:12:00+00:00");
        assert_eq!(
            at("duminică, 20 septembrie 2020", 0),
            "2020-09-20T00:00:00+00:00"
        );
        // Slashes: day first unless the second number cannot be a month.
        assert_eq!(at("02/11/2023", 0), "2023-11-02T00:00:00+00:00");
        assert_eq!(at("08/31/2017", 0), "2017-08-31T00:00:00+00:00");
        // Not dates: version numbers, a year-first date read as day-first.
        assert!(find_date("Version 1.2.3").is_none());
        assert_eq!(at("2023.07.14", 0), "2023-07-14T00:00:00+00:00");
        assert!(is_month_name("März") && is_month_name("Sept.") && !is_month_name("Mark"));
    }

    #[test]
    fn nordic_month_names_and_time_words() {
        // Danish, with its weekday, `d.` and the time word `kl.`.
        assert_eq!(
            at("Onsdag d. 26. marts 2025 - kl. 22:41", 0),
            "2025-03-26T22:41:00+00:00"
        );
        assert_eq!(at("3. maj 2024 kl. 9.05", 0), "2024-05-03T09:05:00+00:00");
        assert_eq!(
            at("publisert 3. desember 2024 kl. 14.30", 0),
            "2024-12-03T14:30:00+00:00"
        );
        assert_eq!(
            at("5 augusti 2024 kl 08.15", 0),
            "2024-08-05T08:15:00+00:00"
        );
        assert_eq!(at("12.03.2025 kl. 10:04", 0), "2025-03-12T10:04:00+00:00");
        // Finnish: the partitive month name, `klo` and a dotted time.
        assert_eq!(
            at("26. maaliskuuta 2025 klo 8.30", 0),
            "2025-03-26T08:30:00+00:00"
        );
        assert_eq!(at("26.3.2025 klo 8.30", 0), "2025-03-26T08:30:00+00:00");
        // `Maj` before a number is a name, not a month.
        assert!(find_date("Maj 5, 2024").is_none());
        // A dotted number after a date without the time word is no time.
        assert_eq!(at("26. marts 2025 - 22.41", 0), "2025-03-26T00:00:00+00:00");
    }

    #[test]
    fn taiwanese_era_years() {
        assert_eq!(
            at("中華民國114年4月11日 星期五", 0),
            "2025-04-11T00:00:00+00:00"
        );
        assert_eq!(at("發布日期：114/04/11", 0), "2025-04-11T00:00:00+00:00");
        assert_eq!(at("114-04-11 09:30", 0), "2025-04-11T09:30:00+00:00");
        assert_eq!(at("民国113年12月3日", 0), "2024-12-03T00:00:00+00:00");
        // A common-era date on the line is read first; a Taiwanese one is
        // no part of a longer number or address.
        assert_eq!(at("2025/04/11 114/04/11", 0), "2025-04-11T00:00:00+00:00");
        assert!(find_date("192.168.1.10").is_none());
        assert!(find_date("第1114/04/11号").is_none());
        assert!(find_date("version 110.10.10.1").is_none());
        // Only when the text holds no other date.
        assert_eq!(
            at("No. 101/12/25 — 2025-04-11", 0),
            "2025-04-11T00:00:00+00:00"
        );
    }

    #[test]
    fn a_dotted_clock_time_before_am_or_pm() {
        assert_eq!(
            at("March 14, 2025 — 5.30am", 0),
            "2025-03-14T05:30:00+00:00"
        );
        assert_eq!(
            at("14 March 2025, 5.30 p.m.", 0),
            "2025-03-14T17:30:00+00:00"
        );
        // Without am or pm, a dotted number is no time.
        assert_eq!(at("March 14, 2025 5.30", 0), "2025-03-14T00:00:00+00:00");
    }

    #[test]
    fn a_time_written_before_its_date() {
        assert_eq!(
            at("Updated 9:22 PM EST, Mon November 6, 2023", 0),
            "2023-11-06T21:22:00-05:00"
        );
        assert_eq!(
            at("Published 5:02 p.m. Nov. 3, 2025", 0),
            "2025-11-03T17:02:00+00:00"
        );
        assert_eq!(at("20:34 17.04.2020", 3), "2020-04-17T20:34:00+03:00");
        assert_eq!(at("14:30, 15 марта 2024", 3), "2024-03-15T14:30:00+03:00");
        assert_eq!(at("09:05 | 2024-03-15", 8), "2024-03-15T09:05:00+08:00");
        // The date's text starts at its time: an update word before it
        // is read.
        let f = find_date("Updated 9:22 PM EST, Mon November 6, 2023").unwrap();
        assert!(ends_with_update_word(
            &"Updated 9:22 PM EST, Mon November 6, 2023"[..f.start]
        ));
        // Anything else between them, or a number that is no clock time,
        // leaves the date without a time.
        assert_eq!(
            at("Kickoff 20:34 on 17.04.2020", 0),
            "2020-04-17T00:00:00+00:00"
        );
        assert_eq!(at("10:00 - 17.04.2020", 0), "2020-04-17T00:00:00+00:00");
        assert_eq!(at("Ref 1.20:34 17.04.2020", 0), "2020-04-17T00:00:00+00:00");
        assert_eq!(at("25:10 17.04.2020", 0), "2020-04-17T00:00:00+00:00");
        // A date with its own time keeps it.
        assert_eq!(at("08:00 17.04.2020 20:34", 0), "2020-04-17T20:34:00+00:00");
    }

    #[test]
    fn us_zones_without_their_season_follow_the_us_daylight_saving_rules() {
        assert_eq!(
            at("Published 5:02 p.m. PT Nov. 3, 2025", 0),
            "2025-11-03T17:02:00-08:00"
        );
        assert_eq!(
            at("Published 5:02 p.m. PT Nov. 1, 2025", 0),
            "2025-11-01T17:02:00-07:00"
        );
        assert_eq!(
            at("March 12, 2025 10:30 AM ET", 0),
            "2025-03-12T10:30:00-04:00"
        );
        assert_eq!(
            at("March 8, 2025 10:30 AM ET", 0),
            "2025-03-08T10:30:00-05:00"
        );
        assert_eq!(
            at("9:15 a.m. CT Jan. 4, 2024", 0),
            "2024-01-04T09:15:00-06:00"
        );
        assert_eq!(
            at("July 4, 2024 9:15 pm MT", 0),
            "2024-07-04T21:15:00-06:00"
        );
        // The change happens at 2 a.m. local time.
        assert_eq!(
            at("March 9, 2025 1:59 AM ET", 0),
            "2025-03-09T01:59:00-05:00"
        );
        assert_eq!(
            at("March 9, 2025 3:00 AM ET", 0),
            "2025-03-09T03:00:00-04:00"
        );
        // Before 2007: the first Sunday of April to the last of October.
        assert_eq!(
            at("March 20, 2005 10:30 AM ET", 0),
            "2005-03-20T10:30:00-05:00"
        );
        assert_eq!(
            at("October 29, 2006 10:30 AM ET", 0),
            "2006-10-29T10:30:00-05:00"
        );
        assert_eq!(
            at("October 28, 2006 10:30 AM ET", 0),
            "2006-10-28T10:30:00-04:00"
        );
        // Only in capitals and beside a time: French `et` is "and".
        assert_eq!(
            at("le 12 mars 2025 à 10:30 et le 13", 1),
            "2025-03-12T10:30:00+01:00"
        );
        assert_eq!(at("March 12, 2025 ET", 0), "2025-03-12T00:00:00+00:00");
        // The zones that name their season keep their fixed offset.
        assert_eq!(
            at("July 4, 2024 9:15 pm EDT", 0),
            "2024-07-04T21:15:00-04:00"
        );
    }

    #[test]
    fn a_page_s_slash_dates_show_its_order() {
        let order = |texts: &[&str]| slash_dates_month_first(texts.iter().copied());
        assert_eq!(
            order(&["03/12/2025 10:30 AM", "Camp 02/27/2025"]),
            Some(true)
        );
        assert_eq!(order(&["03/12/2025", "27/02/2025"]), Some(false));
        assert_eq!(order(&["03/12/2025", "02/27/2025", "27/02/2025"]), None);
        assert_eq!(order(&["03/12/2025", "see /docs/13/02/2025"]), None);
        assert_eq!(order(&["03/12/2025"]), None);
    }

    #[test]
    fn an_english_page_s_month_names_show_its_order() {
        let order = |texts: &[&str]| english_month_names_first(texts.iter().copied());
        assert_eq!(order(&["Posted on: February 19, 2025"]), Some(true));
        assert_eq!(order(&["Sept. 3, 2024 at 10:00"]), Some(true));
        assert_eq!(order(&["19 February 2025", "3rd Sept 2024"]), Some(false));
        assert_eq!(order(&["February 19, 2025", "19 February 2025"]), None);
        // Without the comma the month may start a phrase (`May 19 2025`
        // in a title), and other words are no month names.
        assert_eq!(order(&["May 19 2025", "Mayday 19, 2025"]), None);
    }

    #[test]
    fn south_slavic_and_bulgarian_month_names_follow_a_day() {
        assert_eq!(at("18 јуни 2025 13:47", 0), "2025-06-18T13:47:00+00:00");
        assert_eq!(at("18 юни 2025", 0), "2025-06-18T00:00:00+00:00");
        assert_eq!(at("3. децембар 2024.", 0), "2024-12-03T00:00:00+00:00");
        assert_eq!(at("5. avgust 2024", 0), "2024-08-05T00:00:00+00:00");
        assert_eq!(
            at("четвртак, 16. окт 2025, 16:20 -> 18:05", 0),
            "2025-10-16T16:20:00+00:00"
        );
        assert_eq!(at("3 дек. 2024", 0), "2024-12-03T00:00:00+00:00");
        assert!(find_date("нов закон 2025").is_none());
        assert_eq!(at("18. lipnja 2025.", 0), "2025-06-18T00:00:00+00:00");
        // Croatian `listopada` (October) is read as the Polish November.
        assert_eq!(at("14 listopada 2024", 0), "2024-11-14T00:00:00+00:00");
    }

    #[test]
    fn hungarian_dates_put_the_year_first() {
        assert_eq!(
            at("2025. október 21. 14:08 | Frissítve: 15:40", 0),
            "2025-10-21T14:08:00+00:00"
        );
        assert_eq!(at("2024. márc. 5. – 9:30", 0), "2024-03-05T09:30:00+00:00");
        assert_eq!(
            at("Közzétéve: 2023. Május 2.", 0),
            "2023-05-02T00:00:00+00:00"
        );
        // A year and a number after a month's word is no date.
        assert!(find_date("2024. januári 5 napja").is_none());
    }

    #[test]
    fn turkish_month_names_follow_a_day() {
        assert_eq!(at("14 Mart 2024", 0), "2024-03-14T00:00:00+00:00");
        assert_eq!(at("3 Ağustos 2023 10:15", 0), "2023-08-03T10:15:00+00:00");
        assert_eq!(at("1 Şubat 2022 Salı", 0), "2022-02-01T00:00:00+00:00");
        assert_eq!(at("28 Kasım 2021", 0), "2021-11-28T00:00:00+00:00");
        assert_eq!(at("5 Eylul 2020", 0), "2020-09-05T00:00:00+00:00");
        // Given names stay names: without a day before them, or as a
        // byline's last name, they are not months.
        assert!(find_date("Nisan 3, 2024").is_none());
        assert!(find_date("Ekim Yilmaz, 2024").is_none());
        assert!(find_date("Martin 14 2024").is_none());
        assert!(!is_month_name("Nisan") && !is_month_name("Kasım"));
    }

    #[test]
    fn a_japanese_era_year_is_read_as_the_gregorian_year() {
        assert_eq!(at("更新日：令和7年5月20日", 9), "2025-05-20T00:00:00+09:00");
        assert_eq!(
            at("更新日：令和7年（2025年）3月14日", 9),
            "2025-03-14T00:00:00+09:00"
        );
        assert_eq!(
            at("平成31年4月30日 10時00分", 9),
            "2019-04-30T10:00:00+09:00"
        );
        assert_eq!(at("令和元年5月1日", 9), "2019-05-01T00:00:00+09:00");
        // The match's range is the text's own.
        let text = "掲載日：令和7年3月14日 更新";
        let f = find_date(text).expect("a date");
        assert_eq!(&text[f.start..f.end], "令和7年3月14日 ");
    }

    #[test]
    fn an_arabic_meridiem_word_sets_the_twelve_hour_time() {
        assert_eq!(at("2024-03-14 02:30 م", 0), "2024-03-14T14:30:00+00:00");
        assert_eq!(at("14/03/2024 12:05 ص", 0), "2024-03-14T00:05:00+00:00");
        assert_eq!(at("2024-03-14 09:15 صباحاً", 0), "2024-03-14T09:15:00+00:00");
        assert_eq!(at("2024-03-14 08:00 مساءً", 0), "2024-03-14T20:00:00+00:00");
        // Another word after the time, or a 24-hour time, stays.
        assert_eq!(
            at("2024-03-14 02:30 مباراة", 0),
            "2024-03-14T02:30:00+00:00"
        );
        assert_eq!(at("2024-03-14 14:30 م", 0), "2024-03-14T14:30:00+00:00");
        assert_eq!(at("2024-03-14 م", 0), "2024-03-14T00:00:00+00:00");
        // The Arabic comma may part the date from the time.
        assert_eq!(at("14/03/2024، 10:45 م", 0), "2024-03-14T22:45:00+00:00");
    }

    #[test]
    fn arabic_month_names_follow_a_day() {
        assert_eq!(
            at("الخميس، 14 مارس 2024 02:30 م", 0),
            "2024-03-14T14:30:00+00:00"
        );
        assert_eq!(at("1 إبريل 2021", 0), "2021-04-01T00:00:00+00:00");
        assert_eq!(at("3 كانون الثاني 2023", 0), "2023-01-03T00:00:00+00:00");
        assert_eq!(at("25 تشرين الأول 2022", 0), "2022-10-25T00:00:00+00:00");
        assert_eq!(at("14 آذار 2024", 0), "2024-03-14T00:00:00+00:00");
        assert_eq!(at("9 آب 2020م", 0), "2020-08-09T00:00:00+00:00");
        // Arabic-Indic digits, and the range is the text's own.
        assert_eq!(
            at("الأحد، ١٤ مارس ٢٠٢٤ ٠٢:٣٠ م", 0),
            "2024-03-14T14:30:00+00:00"
        );
        let text = "نشر في ١٤ مارس ٢٠٢٤ اليوم";
        let f = find_date(text).unwrap();
        assert_eq!(&text[f.start..f.end].trim(), &"١٤ مارس ٢٠٢٤");
        // A Solar Hijri year (Persian pages) is no Gregorian date.
        assert!(find_date("۱۴۰۳/۰۴/۱۷").is_none());
        assert_eq!(at("الجمعة 8 فيفري 2019", 0), "2019-02-08T00:00:00+00:00");
        assert_eq!(at("14 جويلية 2023", 0), "2023-07-14T00:00:00+00:00");
        assert_eq!(at("1 أوت 2021", 0), "2021-08-01T00:00:00+00:00");
    }

    #[test]
    fn czech_genitive_month_names_follow_a_dotted_day() {
        assert_eq!(at("5. března 2024", 0), "2024-03-05T00:00:00+00:00");
        assert_eq!(at("12. ledna 2023", 0), "2023-01-12T00:00:00+00:00");
        assert_eq!(
            at("pondělí 1. července 2024, 14:05", 0),
            "2024-07-01T14:05:00+00:00"
        );
        assert_eq!(at("30. června 2022", 0), "2022-06-30T00:00:00+00:00");
        assert_eq!(at("9. září 2021", 0), "2021-09-09T00:00:00+00:00");
        assert_eq!(at("17. listopadu 1989", 0), "1989-11-17T00:00:00+00:00");
        // The Polish listopada is still November too.
        assert_eq!(at("11 listopada 2020", 0), "2020-11-11T00:00:00+00:00");
    }

    #[test]
    fn a_slash_date_knows_whether_it_reads_either_way() {
        let either = find_date("06/07/2024").unwrap();
        assert!(either.month_ambiguous);
        assert_eq!(either.local.date().to_string(), "2024-07-06");
        assert_eq!(either.month_first().local.date().to_string(), "2024-06-07");
        for one_way in [
            "17/06/2024",
            "06/17/2024",
            "06/06/2024",
            "06.07.2024",
            "6 July 2024",
        ] {
            let f = find_date(one_way).unwrap();
            assert!(!f.month_ambiguous, "{one_way}");
            assert_eq!(f.month_first(), f, "{one_way}");
        }
    }

    #[test]
    fn earliest_date_wins_and_invalid_dates_are_skipped() {
        assert_eq!(
            at("2023-13-45 then 2023-07-14 08:00", 8),
            "2023-07-14T08:00:00+08:00"
        );
        assert_eq!(
            at("July 1, 2020 and 2021-01-01", 0),
            "2020-07-01T00:00:00+00:00"
        );
        assert!(find_date("no date here 12:30").is_none());
        assert!(find_date("Phone 2023-999").is_none());
    }

    #[test]
    fn url_path_dates() {
        let d = |p| date_from_url_path(p).map(|d| d.to_string());
        assert_eq!(
            d("/guonei/2024-03-29/doc-230195.shtml").as_deref(),
            Some("2024-03-29")
        );
        assert_eq!(
            d("/n1/2024/0618/c1000-791602.html").as_deref(),
            Some("2024-06-18")
        );
        assert_eq!(
            d("/2024/05/12/tech/slug-123456.html").as_deref(),
            Some("2024-05-12")
        );
        assert_eq!(
            d("/politics/2024-05/12/c_1130.htm").as_deref(),
            Some("2024-05-12")
        );
        assert_eq!(d("/a/t20240512_123.html").as_deref(), Some("2024-05-12"));
        assert_eq!(
            d("/article/2023/dec/21/fact-check-slug/").as_deref(),
            Some("2023-12-21")
        );
        assert_eq!(d("/2023/news/21/slug/"), None);
        assert_eq!(d("/tech/article/123456.html"), None);
        assert_eq!(
            d("/news/meldungen/29-10-2021").as_deref(),
            Some("2021-10-29")
        );
    }

    #[test]
    fn dates_in_running_text_or_after_it_are_not_the_articles() {
        let paras = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let day = |xs: &[&str]| body_date(&paras(xs)).map(|f| f.local.date().to_string());
        let running = "The city council voted on Tuesday to approve a new budget that raises spending on buses by twelve percent, a move that supporters call overdue and critics call reckless given the uncertain outlook for the region.";
        let study = format!("A study published in Nature on March 3, 2019 found that bus use rises with service. {running}");
        assert_eq!(day(&[&study, running]), None);
        // A lone date after the running text is a list's or a teaser's.
        assert_eq!(
            day(&[running, running, "Bus fares to rise", "April 2, 2024"]),
            None
        );
        assert_eq!(
            day(&["April 2, 2024", running]).as_deref(),
            Some("2024-04-02")
        );
        assert_eq!(
            day(&[running, "Published on March 3, 2019."]).as_deref(),
            Some("2019-03-03")
        );
    }

    #[test]
    fn dates_in_the_article_text() {
        let paras = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let day = |xs: &[&str]| body_date(&paras(xs)).map(|f| f.local.date().to_string());
        assert_eq!(
            day(&["01.02.2022 Der Arbeitsmarkt ist gut gestartet.", "Mehr."]).as_deref(),
            Some("2022-02-01")
        );
        assert_eq!(
            day(&["January 18, 2020", "PARIS (Reuters) - Protesters ..."]).as_deref(),
            Some("2020-01-18")
        );
        assert_eq!(
            day(&[
                "Text.",
                "More text.",
                "Dieser Artikel wurde am 19. Mai 2010 um 23:03 Uhr veröffentlicht."
            ])
            .as_deref(),
            Some("2010-05-19")
        );
        // A date inside a sentence is not the publication date.
        assert_eq!(day(&["Am 3. März 2020 begann die Saison.", "Text."]), None);
        // A dateline: the place, then the date.
        assert_eq!(
            day(&[
                "Karlsruhe, (12.11.2021). Traditionell gedenken viele.",
                "Text."
            ])
            .as_deref(),
            Some("2021-11-12")
        );
        // A line that is only the date, a few paragraphs in.
        assert_eq!(
            day(&[
                "Home > Press release",
                "Share:",
                "01.11.2023 11:35",
                "Press office"
            ])
            .as_deref(),
            Some("2023-11-01")
        );
        assert_eq!(
            day(&[
                "Home",
                "Share:",
                "Opening hours 01.11.2023 to 05.11.2023",
                "Text."
            ]),
            None
        );
    }

    #[test]
    fn two_digit_years_and_the_java_date_form() {
        assert_eq!(at("Bonn, 6.11.22", 0), "2022-11-06T00:00:00+00:00");
        assert_eq!(
            at("Klaus Peter, 8.5.12 um 10:56", 1),
            "2012-05-08T10:56:00+01:00"
        );
        // Inline spans read as one word: a short year glued to its time.
        assert_eq!(at("28.09.1912:44", 2), "2019-09-28T12:44:00+02:00");
        // Version numbers and four-digit years are not short years.
        assert!(find_date("Version 1.2.345 released").is_none());
        for version in [
            "Node 18.12.10 is out",
            "upgrade to v2.10.15 now",
            "requires Python 3.10.12",
            "iOS 16.1.2 fixes",
            "Version 3.4.21",
        ] {
            assert!(find_date(version).is_none(), "{version}");
        }
        // A short year after a date word, after punctuation, or with a time.
        assert_eq!(at("Stand 6.11.22", 0), "2022-11-06T00:00:00+00:00");
        assert_eq!(at("am 6.11.22 in Bonn", 0), "2022-11-06T00:00:00+00:00");
        assert_eq!(
            at("Do 25.04.24 | 14:07 Uhr", 0),
            "2024-04-25T14:07:00+00:00"
        );
        assert_eq!(at("Donnerstag 25.04.24", 0), "2024-04-25T00:00:00+00:00");
        assert_eq!(at("6.11.22", 0), "2022-11-06T00:00:00+00:00");
        assert_eq!(at("Meldung 6.11.22 10:15", 0), "2022-11-06T10:15:00+00:00");
        assert_eq!(at("21.01.2022", 0), "2022-01-21T00:00:00+00:00");
        // Dashes with the year last: day first.
        assert_eq!(
            at("Gepubliceerd: 15-02-2024 10:30", 0),
            "2024-02-15T10:30:00+00:00"
        );
        assert_eq!(
            at("Mon Oct 11 14:57:21 CEST 2021", 0),
            "2021-10-11T14:57:21+02:00"
        );
    }

    #[test]
    fn site_notices_are_named() {
        for line in [
            "Privacy policy (updated 10 Mar 2021)",
            "Terms of Use (10 Mar 2001)",
            "Impressum · Datenschutz · Stand: 01.02.2020",
        ] {
            assert!(names_site_notice(line), "{line}");
        }
        for line in ["Posted on March 5, 2024", "Long-term plans, 5 March 2024"] {
            assert!(!names_site_notice(line), "{line}");
        }
    }

    #[test]
    fn update_words_before_a_date() {
        assert!(opens_with_update_word("Last Updated: Dec. 23, 2023"));
        assert!(opens_with_update_word("Aktualisiert am 3.4.2021"));
        assert!(!opens_with_update_word("First Published: Dec. 18, 2023"));
        assert!(ends_with_update_word("By Sarah Yang Updated "));
        assert!(ends_with_update_word("Mis à jour le "));
        assert!(!ends_with_update_word("By Sarah Yang "));
        assert!(!ends_with_update_word("Stand unmodified "));
        for before in [
            "Updated on Mon, ",
            "Atualizado em ",
            "Bijgewerkt ",
            "Обновлено ",
            "Güncellenme: ",
            "Data aktualizacji: ",
        ] {
            assert!(ends_with_update_word(before), "{before}");
        }
        for before in [
            "Submitted by Ann Lee on Sat, ",
            "Опубликовано ",
            "Published on Mon, ",
        ] {
            assert!(!ends_with_update_word(before), "{before}");
        }
    }

    #[test]
    fn dates_in_inline_script_data() {
        let utc = FixedOffset::east_opt(0).expect("valid offset");
        let day = |h: &str| script_date(h, utc).map(|f| f.local.date().to_string());
        assert_eq!(
            day(r#"<script>var meta = {"id":7,"published_at":"2019-03-02T06:22:28+01:00","created_at":"2019-03-02T06:27:24+01:00"};</script>"#).as_deref(),
            Some("2019-03-02")
        );
        assert_eq!(
            day(r#"window.__DATA__ = "{\"pubDate\":\"2021-05-04 10:00\"}""#).as_deref(),
            Some("2021-05-04")
        );
        // A portal's page data names the publication time `pubtime`.
        assert_eq!(
            day(r#"<script>window.DATA = {"media":"x","pubtime":"2025-03-13 22:58:09"};</script>"#)
                .as_deref(),
            Some("2025-03-13")
        );
        assert_eq!(day(r#"{"published_at":"soon"}"#), None);
        // JSON-LD is read by `meta`: a list of other articles there dates
        // none of them as this page; a script after it still counts.
        let list = r#"<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2023-11-02T08:00:00Z"}]}</script>"#;
        assert_eq!(day(list), None);
        assert_eq!(
            day(&format!(
                r#"{list}<script>var page = {{"datePublished":"2024-05-03"}};</script>"#
            ))
            .as_deref(),
            Some("2024-05-03")
        );
    }

    #[test]
    fn script_variables_that_fill_the_date_slot() {
        let beijing = FixedOffset::east_opt(8 * 3600).expect("valid offset");
        let time =
            |h: &str| script_date(h, beijing).map(|f| f.resolve(beijing).map(|t| t.to_rfc3339()));
        // WeChat: Unix seconds, shown in the reader's (the page's) zone.
        assert_eq!(
            time(r#"<script>var nickname = "x"; var ct = "1720002600";</script>"#),
            Some(Some("2024-07-03T18:30:00+08:00".into()))
        );
        assert_eq!(
            time(r#"<script>var publish_time = "2024-07-03 18:30" || "";</script>"#),
            Some(Some("2024-07-03T18:30:00+08:00".into()))
        );
        // Not a date variable, or not a time: nothing.
        assert_eq!(
            time(r#"<script>var comment_id = "1206697968";</script>"#),
            None
        );
        assert_eq!(time(r#"<script>var ct = "12345678901234";</script>"#), None);
        assert_eq!(time(r#"<script>var act = "1720002600";</script>"#), None);
    }

    #[test]
    fn dates_after_a_publication_phrase() {
        let day = |h: &str| phrase_date(h).map(|f| f.local.date().to_string());
        assert_eq!(
            day(r#"<p><a href="/x">Post</a> wurde am <nobr>19. Mai 2010</nobr> um <nobr>23:03</nobr> Uhr gepostet</p>"#).as_deref(),
            Some("2010-05-19")
        );
        assert_eq!(
            day("<span>Publié le</span> <time>3 mars 2021</time>").as_deref(),
            Some("2021-03-03")
        );
        assert_eq!(
            day("<p><b>Aktualisiert am </b>17.01.2021.</p>").as_deref(),
            Some("2021-01-17")
        );
        assert_eq!(
            day(r#"<p class="postfoot">发表于 2004年12月27日 12:40 - (阅读:37;评论:6)</p>"#)
                .as_deref(),
            Some("2004-12-27")
        );
        // In a sentence `发表于` says where a study was published.
        assert_eq!(
            day("<p>该研究成果发表于2019年3月5日的《自然》杂志上。</p>"),
            None
        );
        // The date must follow the phrase closely.
        assert_eq!(
            day(
                "Posted on our blog about the trip in the summer of 1999 and again on 3 March 2021"
            ),
            None
        );
    }

    #[test]
    fn a_cited_month_issue_dates_a_reprint() {
        let paras: Vec<String> = [
            "人心不会熄灭，但它可能蒙上灰烬而不再燃烧。",
            "（全文完）",
            "——《江南评论》2001年11月号",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        let f = month_issue_date(&paras).expect("issue month");
        assert_eq!(f.local.date().to_string(), "2001-11-01");
        assert!(!f.has_time);
        // A month named in running text, with no periodical, is no issue.
        assert_eq!(
            month_issue_date(&["据统计，2001年11月全市降雨偏少。".to_string()]),
            None
        );
        // A sentence citing an issue tells of another text.
        assert_eq!(
            month_issue_date(&["据《财经》2019年3月号报道，类似问题在多地出现。".to_string()]),
            None
        );
    }
}
