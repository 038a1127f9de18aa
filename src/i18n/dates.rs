//! Dates as each language writes them, at the precision the source gives: CLDR's long
//! patterns through ICU4X ("26 septembre 2014", "septembre 2014", "2014").

use std::sync::{PoisonError, RwLock};

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{Y, YM, YMD};
use icu_locale_core::Locale;
use rustc_hash::FxHashMap;

use crate::diagnostics::Diagnostic;
use crate::model::{Lang, PartialDate};

/// One language's formatters, one per precision. The Council dates its texts in the
/// Gregorian calendar, whatever the reader's locale would choose.
struct Formats {
    year: FixedCalendarDateTimeFormatter<Gregorian, Y>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    day: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
}

/// The date formatters of every language, made once, and the dates they have written:
/// an archive prints a few thousand dates, each on many pages (its document's, each
/// list and citing line it is in, the search index).
pub struct Dates {
    formats: Vec<Formats>,
    written: RwLock<FxHashMap<(PartialDate, Lang), Box<str>>>,
}

impl std::fmt::Debug for Dates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Dates")
    }
}

impl Dates {
    pub fn new() -> Result<Self, Diagnostic> {
        Lang::ALL
            .iter()
            .map(|&lang| {
                let locale: Locale = locale_of(lang).parse().map_err(|e| no_data(lang, &e))?;
                Ok(Formats {
                    year: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), Y::long())
                        .map_err(|e| no_data(lang, &e))?,
                    month: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YM::long())
                        .map_err(|e| no_data(lang, &e))?,
                    day: FixedCalendarDateTimeFormatter::try_new(locale.into(), YMD::long())
                        .map_err(|e| no_data(lang, &e))?,
                })
            })
            .collect::<Result<_, _>>()
            .map(|formats| Self { formats, written: RwLock::default() })
    }

    /// `date` as `lang` writes it, no more precisely than it is known.
    pub fn format(&self, date: PartialDate, lang: Lang) -> String {
        let read =
            self.written.read().unwrap_or_else(PoisonError::into_inner).get(&(date, lang)).map(|w| w.to_string());
        if let Some(written) = read {
            return written;
        }
        let written = self.format_anew(date, lang);
        self.written.write().unwrap_or_else(PoisonError::into_inner).insert((date, lang), written.as_str().into());
        written
    }

    fn format_anew(&self, date: PartialDate, lang: Lang) -> String {
        let formats = &self.formats[lang.index()];
        let (year, month, day) = date.sort_key();
        let Ok(gregorian) = Date::try_new_gregorian(i32::from(year), month.max(1), day.max(1)) else {
            // Every PartialDate is a real date; should one not be, its numbers still read.
            return date.iso();
        };
        match date {
            PartialDate::Year(_) => formats.year.format(&gregorian).to_string(),
            PartialDate::Month(..) => formats.month.format(&gregorian).to_string(),
            PartialDate::Day(..) => formats.day.format(&gregorian).to_string(),
        }
    }
}

/// The UN writes English dates day first, as British English does ("26 September
/// 2014"); CLDR's `en` is American English.
fn locale_of(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-GB",
        other => other.code(),
    }
}

fn no_data(lang: Lang, error: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error(std::path::Path::new("dates"), 0, format!("no date patterns for `{lang}`: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_its_dates_at_their_precision() {
        let dates = Dates::new().unwrap_or_else(|e| panic!("{e:?}"));
        let day = PartialDate::Day(2014, 9, 26);
        let month = PartialDate::Month(2014, 9);
        assert_eq!(dates.format(day, Lang::En), "26 September 2014");
        assert_eq!(dates.format(month, Lang::En), "September 2014");
        assert_eq!(dates.format(PartialDate::Year(2014), Lang::En), "2014");
        assert_eq!(dates.format(day, Lang::Fr), "26 septembre 2014");
        assert_eq!(dates.format(month, Lang::Fr), "septembre 2014");
        assert_eq!(dates.format(day, Lang::Es), "26 de septiembre de 2014");
        assert_eq!(dates.format(month, Lang::Es), "septiembre de 2014");
        assert_eq!(dates.format(day, Lang::Ru), "26 сентября 2014\u{202f}г.");
        assert_eq!(dates.format(day, Lang::Zh), "2014年9月26日");
        assert!(dates.format(day, Lang::Ar).contains("سبتمبر"), "{}", dates.format(day, Lang::Ar));
    }
}
