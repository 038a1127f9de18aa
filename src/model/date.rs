//! Dates as archives know them: often only the year or the month.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date known to the year, the month or the day, and never more
/// precisely than the source states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartialDate {
    Year(u16),
    Month(u16, u8),
    Day(u16, u8, u8),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid date `{0}`: expected YYYY-MM-DD, YYYY-MM or YYYY")]
pub struct DateError(String);

impl PartialDate {
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let invalid = || DateError(text.to_owned());
        let parts: Vec<&str> = text.trim().split('-').collect();
        let number = |part: &str, digits: usize| -> Result<u16, DateError> {
            if part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| invalid())
            } else {
                Err(invalid())
            }
        };
        let year = number(parts[0], 4)?;
        let month = |part| match number(part, 2)? {
            m @ 1..=12 => Ok(m as u8),
            _ => Err(invalid()),
        };
        match parts[..] {
            [_] => Ok(Self::Year(year)),
            [_, m] => Ok(Self::Month(year, month(m)?)),
            [_, m, d] => {
                let month = month(m)?;
                let day = number(d, 2)?;
                if day == 0 || day > u16::from(days_in_month(year, month)) {
                    return Err(invalid());
                }
                Ok(Self::Day(year, month, day as u8))
            }
            _ => Err(invalid()),
        }
    }

    pub fn year(self) -> u16 {
        match self {
            Self::Year(y) | Self::Month(y, _) | Self::Day(y, _, _) => y,
        }
    }

    /// The machine-readable form, valid for `<time datetime>` and feeds.
    pub fn iso(self) -> String {
        // Written digit by digit: through the formatting machinery a date cost more than
        // a thousand instructions, and every card and document page prints dates.
        let mut iso = String::with_capacity(10);
        let (year, rest) = match self {
            Self::Year(y) => (y, [None, None]),
            Self::Month(y, m) => (y, [Some(m), None]),
            Self::Day(y, m, d) => (y, [Some(m), Some(d)]),
        };
        push_padded(&mut iso, year.into(), 4);
        for part in rest.into_iter().flatten() {
            iso.push('-');
            push_padded(&mut iso, part.into(), 2);
        }
        iso
    }

    /// Sort key that places a date known only to the month before the days of that month.
    pub fn sort_key(self) -> (u16, u8, u8) {
        match self {
            Self::Year(y) => (y, 0, 0),
            Self::Month(y, m) => (y, m, 0),
            Self::Day(y, m, d) => (y, m, d),
        }
    }
}

impl fmt::Display for PartialDate {
    /// The human form, at the precision the source gives: "2018", "March 2018", "22 June 2020".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month_name = |m: u8| MONTHS[usize::from(m - 1)];
        match *self {
            Self::Year(y) => write!(f, "{y}"),
            Self::Month(y, m) => write!(f, "{} {y}", month_name(m)),
            Self::Day(y, m, d) => write!(f, "{d} {} {y}", month_name(m)),
        }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date as YYYY-MM-DD, YYYY-MM or YYYY")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<PartialDate, E> {
                PartialDate::parse(text).map_err(E::custom)
            }
            // `date: 2018` reaches us as a YAML integer.
            fn visit_u64<E: de::Error>(self, year: u64) -> Result<PartialDate, E> {
                self.visit_str(&year.to_string())
            }
            fn visit_i64<E: de::Error>(self, year: i64) -> Result<PartialDate, E> {
                self.visit_str(&year.to_string())
            }
        }
        deserializer.deserialize_any(DateVisitor)
    }
}

/// `n` in decimal, zero-padded to `width` digits, as `{n:0width$}` prints it.
fn push_padded(out: &mut String, n: u32, width: usize) {
    let digits = n.checked_ilog10().map_or(1, |log| log as usize + 1);
    out.extend(std::iter::repeat_n('0', width.saturating_sub(digits)));
    let mut divisor = 10u32.pow(digits as u32 - 1);
    while divisor > 0 {
        out.push(char::from(b'0' + (n / divisor % 10) as u8));
        divisor /= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_precision_of_the_source() {
        assert_eq!(PartialDate::parse("2018").map(|d| d.to_string()), Ok("2018".into()));
        assert_eq!(PartialDate::parse("2018-03").map(|d| d.to_string()), Ok("March 2018".into()));
        assert_eq!(PartialDate::parse("2020-06-22").map(|d| d.to_string()), Ok("22 June 2020".into()));
        assert_eq!(PartialDate::parse("2020-06-02").map(|d| d.iso()), Ok("2020-06-02".into()));
    }

    #[test]
    fn iso_dates_are_zero_padded_as_feeds_and_time_elements_need() {
        for (date, iso) in [
            (PartialDate::Year(2006), "2006"),
            (PartialDate::Year(987), "0987"),
            (PartialDate::Year(0), "0000"),
            (PartialDate::Month(2007, 6), "2007-06"),
            (PartialDate::Day(2007, 6, 18), "2007-06-18"),
            (PartialDate::Day(2011, 12, 9), "2011-12-09"),
            (PartialDate::Day(12_345, 1, 1), "12345-01-01"),
        ] {
            assert_eq!(date.iso(), iso);
        }
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for bad in
            ["yesterday", "2018-13", "2018-00", "2019-02-29", "2020-04-31", "18-03", "2018-3", "2018-03-15-01", ""]
        {
            assert!(PartialDate::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(PartialDate::parse("2020-02-29").is_ok());
    }

    #[test]
    fn a_month_sorts_before_its_days() {
        let month = PartialDate::parse("2020-06").unwrap_or(PartialDate::Year(0));
        let day = PartialDate::parse("2020-06-01").unwrap_or(PartialDate::Year(0));
        assert!(month.sort_key() < day.sort_key());
    }
}
