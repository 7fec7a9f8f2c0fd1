using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedTranscripts.Text
{
    /// <summary>
    /// Finds the fiscal period a call is about in a title or an opening sentence: <c>Q3 2009</c>, <c>Third Quarter 2022</c>,
    /// <c>Q3 Fiscal Year 2025</c>, <c>fiscal year 2018 fourth quarter</c>, <c>2Q09</c>, <c>Full Year 2009</c>.
    /// </summary>
    internal static class PeriodPhrases
    {
        internal readonly struct Word
        {
            public Word(int start, int end, string lower)
            {
                Start = start;
                End = end;
                Lower = lower;
            }

            public int Start { get; }
            public int End { get; }
            public string Lower { get; }
        }

        /// <summary>A period found in text and the characters it spans.</summary>
        internal readonly struct Match
        {
            public Match(FiscalPeriod period, int start, int end)
            {
                Period = period;
                Start = start;
                End = end;
            }

            public FiscalPeriod Period { get; }
            public int Start { get; }
            public int End { get; }
        }

        private static readonly char[] AsciiDigits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

        public static List<Word> Words(string text)
        {
            var words = new List<Word>();
            int i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && i + 1 < text.Length && char.IsDigit(text[i + 1])))) i++;
                words.Add(new Word(start, i, text.Substring(start, i - start).ToLowerInvariant()));
            }
            return words;
        }

        /// <summary>The first quarter or full-year period stated in <paramref name="text"/>.</summary>
        public static bool TryFind(string text, out Match match)
        {
            // Every period this reads has a year or a quarter number in ASCII digits (the years parse only those):
            // text without one is ruled out before it is split into words.
            if (text.IndexOfAny(AsciiDigits) < 0)
            {
                match = default;
                return false;
            }
            var words = Words(text);
            for (int i = 0; i < words.Count; i++)
            {
                if (TryAt(words, i, out match)) return true;
            }
            match = default;
            return false;
        }

        private static bool TryAt(List<Word> w, int i, out Match match)
        {
            match = default;
            string word = w[i].Lower;

            // 2Q09, 3Q2009, Q3FY25, Q309 is too ambiguous and is not read.
            if (TryCompact(word, out var compact))
            {
                int end = w[i].End;
                if (compact.Year == 0)
                {
                    // "Q3 2009", "Q3 Fiscal 2025", "Q3 Fiscal Year 2025", "Q3 FY25"
                    if (TryYearAfter(w, i + 1, out int year, out int yearEnd))
                    {
                        match = new Match(FiscalPeriod.OfQuarter(year, compact.Quarter), w[i].Start, yearEnd);
                        return true;
                    }
                    // "2018 Q4", "fiscal 2018 Q4"
                    if (TryYearBefore(w, i - 1, out int yearBefore, out int yearStart))
                    {
                        match = new Match(FiscalPeriod.OfQuarter(yearBefore, compact.Quarter), yearStart, end);
                        return true;
                    }
                    return false;
                }
                match = new Match(compact, w[i].Start, end);
                return true;
            }

            int quarter = OrdinalQuarter(word);
            if (quarter > 0 && i + 1 < w.Count && (w[i + 1].Lower == "quarter" || w[i + 1].Lower == "qtr"))
            {
                // "third quarter 2022", "third quarter of 2022", "third quarter fiscal 2022", "third quarter of fiscal year 2022"
                if (TryYearAfter(w, i + 2, out int year, out int yearEnd))
                {
                    match = new Match(FiscalPeriod.OfQuarter(year, quarter), w[i].Start, yearEnd);
                    return true;
                }
                // "fiscal 2018 fourth quarter", "2022 third quarter"
                if (TryYearBefore(w, i - 1, out int year2, out int yearStart))
                {
                    match = new Match(FiscalPeriod.OfQuarter(year2, quarter), yearStart, w[i + 1].End);
                    return true;
                }
                return false;
            }

            // "full year 2009", "fiscal year 2018", "FY2018", "FY 2018"
            if ((word == "full" || word == "fiscal") && i + 1 < w.Count && w[i + 1].Lower == "year" && TryYearAfter(w, i + 2, out int fy, out int fyEnd))
            {
                if (word == "fiscal" && QuarterFollows(w, i + 2)) return false;
                match = new Match(FiscalPeriod.OfYear(fy), w[i].Start, fyEnd);
                return true;
            }
            if (word.StartsWith("fy", StringComparison.Ordinal) && (TryYear(word.Substring(2), true, out int fy2) ||
                (word.Length == 2 && i + 1 < w.Count && TryYear(w[i + 1].Lower, true, out fy2))))
            {
                if (QuarterFollows(w, i)) return false;
                match = new Match(FiscalPeriod.OfYear(fy2), w[i].Start, word.Length == 2 ? w[i + 1].End : w[i].End);
                return true;
            }
            return false;
        }

        private static bool QuarterFollows(List<Word> w, int i)
        {
            for (int k = i + 1; k < w.Count && k <= i + 3; k++)
            {
                if (w[k].Lower == "quarter" || TryCompact(w[k].Lower, out _)) return true;
            }
            return false;
        }

        /// <summary><c>q3</c> (quarter only), <c>3q09</c>, <c>q3fy25</c>, <c>3q2009</c>.</summary>
        private static bool TryCompact(string word, out FiscalPeriod period)
        {
            period = default;
            if (word.Length >= 2 && word[0] == 'q' && word[1] >= '1' && word[1] <= '4')
            {
                string rest = word.Substring(2);
                if (rest.Length == 0)
                {
                    period = FiscalPeriod.OfQuarter(0, word[1] - '0'); // the year comes next
                    return true;
                }
                if (rest.StartsWith("fy", StringComparison.Ordinal)) rest = rest.Substring(2);
                if ((rest.Length == 2 || rest.Length == 4) && TryYear(rest, true, out int y))
                {
                    period = FiscalPeriod.OfQuarter(y, word[1] - '0');
                    return true;
                }
                return false;
            }
            if (word.Length >= 4 && word[0] >= '1' && word[0] <= '4' && word[1] == 'q' && TryYear(word.Substring(2), true, out int y2))
            {
                period = FiscalPeriod.OfQuarter(y2, word[0] - '0');
                return true;
            }
            // Seeking Alpha's fiscal quarters: F2Q09, F4Q2018.
            if (word.Length >= 5 && word[0] == 'f' && word[1] != 'y' && TryCompact(word.Substring(1), out period) && period.Year != 0) return true;
            period = default;
            return false;
        }

        public static int OrdinalQuarter(string word) => word switch
        {
            "first" or "1st" => 1,
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            "fourth" or "4th" => 4,
            _ => 0,
        };

        /// <summary>A year after optional <c>of</c>, <c>the</c>, <c>fiscal</c>, <c>year</c>, <c>fy</c>: <c>2022</c>, <c>fiscal year 2025</c>, <c>FY25</c>, <c>'09</c>.</summary>
        private static bool TryYearAfter(List<Word> w, int i, out int year, out int end)
        {
            year = 0;
            end = 0;
            bool fiscalPrefix = false;
            for (int k = i; k < w.Count && k <= i + 3; k++)
            {
                string word = w[k].Lower;
                if (word == "fy")
                {
                    fiscalPrefix = true;
                    continue;
                }
                if (word == "of" || word == "the" || word == "fiscal" || word == "year" || word == "calendar") continue;
                bool prefixed = fiscalPrefix || word.StartsWith("fy", StringComparison.Ordinal) || word.StartsWith("'", StringComparison.Ordinal);
                if (word.StartsWith("fy", StringComparison.Ordinal)) word = word.Substring(2);
                if (TryYear(word, prefixed, out year))
                {
                    end = w[k].End;
                    return true;
                }
                return false;
            }
            return false;
        }

        /// <summary>A year just before: <c>2022</c>, <c>fiscal 2018</c>, <c>fiscal year 2018</c>, <c>FY18</c>.</summary>
        private static bool TryYearBefore(List<Word> w, int i, out int year, out int start)
        {
            year = 0;
            start = 0;
            if (i < 0) return false;
            string word = w[i].Lower;
            if (word.StartsWith("fy", StringComparison.Ordinal)) word = word.Substring(2);
            if (!TryYear(word, w[i].Lower.StartsWith("fy", StringComparison.Ordinal), out year)) return false;
            start = w[i].Start;
            int k = i - 1;
            while (k >= 0 && (w[k].Lower == "fiscal" || w[k].Lower == "year"))
            {
                start = w[k].Start;
                k--;
            }
            return true;
        }

        /// <summary>A four-digit year 1990–2099, or (when <paramref name="allowTwoDigits"/>: after FY or an apostrophe) two digits read as 20xx.</summary>
        public static bool TryYear(string word, bool allowTwoDigits, out int year)
        {
            year = 0;
            if (word.StartsWith("'", StringComparison.Ordinal))
            {
                word = word.Substring(1);
                allowTwoDigits = true;
            }
            if (word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year))
                return year >= 1990 && year <= 2099;
            if (allowTwoDigits && word.Length == 2 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int yy))
            {
                year = 2000 + yy;
                return true;
            }
            return false;
        }
    }
}
