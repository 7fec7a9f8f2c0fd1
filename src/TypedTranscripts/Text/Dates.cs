using System;
using System.Globalization;

namespace TypedTranscripts.Text
{
    /// <summary>Call dates as transcripts write them: <c>Oct. 22. 2009</c>, <c>July 19, 2018</c>, <c>2025-07-31</c>, <c>OCTOBER 22, 2009</c>.</summary>
    internal static class Dates
    {
        private static readonly string[] MonthNames =
        {
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        };

        /// <summary>Finds the first date in a piece of text. Returns the date and where it ends.</summary>
        public static bool TryFind(string text, out DateTime date, out int end) => TryFind(text, out date, out _, out end);

        /// <summary>Finds the first date in a piece of text. Returns the date and where it starts and ends.</summary>
        public static bool TryFind(string text, out DateTime date, out int start, out int end)
        {
            date = default;
            end = -1;
            for (start = 0; start < text.Length; start++)
            {
                char c = text[start];
                if (start > 0 && char.IsLetterOrDigit(text[start - 1])) continue;
                if (char.IsLetter(c) && TryMonthFirst(text, start, out date, out end)) return true;
                if (char.IsDigit(c) && (TryIso(text, start, out date, out end) || TryDayFirst(text, start, out date, out end))) return true;
            }
            start = -1;
            return false;
        }

        /// <summary>Month name (full or abbreviated, with or without a dot), day, then year: <c>Oct. 22. 2009</c>, <c>July 19, 2018</c>.</summary>
        private static bool TryMonthFirst(string text, int i, out DateTime date, out int end)
        {
            date = default;
            end = -1;
            int wordEnd = i;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            int month = Month(text.Substring(i, wordEnd - i));
            if (month == 0) return false;
            int p = wordEnd;
            if (p < text.Length && text[p] == '.') p++;
            p = SkipSpaces(text, p);
            if (!ReadNumber(text, ref p, 1, 2, out int day)) return false;
            if (p + 1 < text.Length && IsOrdinalSuffix(text, p)) p += 2;
            if (p < text.Length && (text[p] == '.' || text[p] == ',')) p++;
            p = SkipSpaces(text, p);
            if (!ReadNumber(text, ref p, 4, 4, out int year)) return false;
            return Make(year, month, day, p, out date, out end);
        }

        /// <summary><c>22 October 2009</c>.</summary>
        private static bool TryDayFirst(string text, int i, out DateTime date, out int end)
        {
            date = default;
            end = -1;
            int p = i;
            if (!ReadNumber(text, ref p, 1, 2, out int day)) return false;
            if (p + 1 < text.Length && IsOrdinalSuffix(text, p)) p += 2;
            p = SkipSpaces(text, p);
            int wordStart = p;
            while (p < text.Length && char.IsLetter(text[p])) p++;
            int month = Month(text.Substring(wordStart, p - wordStart));
            if (month == 0) return false;
            if (p < text.Length && (text[p] == '.' || text[p] == ',')) p++;
            p = SkipSpaces(text, p);
            if (!ReadNumber(text, ref p, 4, 4, out int year)) return false;
            return Make(year, month, day, p, out date, out end);
        }

        /// <summary><c>2025-07-31</c>.</summary>
        private static bool TryIso(string text, int i, out DateTime date, out int end)
        {
            date = default;
            end = -1;
            int p = i;
            if (!ReadNumber(text, ref p, 4, 4, out int year) || p >= text.Length || text[p] != '-') return false;
            p++;
            if (!ReadNumber(text, ref p, 2, 2, out int month) || p >= text.Length || text[p] != '-') return false;
            p++;
            if (!ReadNumber(text, ref p, 2, 2, out int day)) return false;
            return Make(year, month, day, p, out date, out end);
        }

        private static bool Make(int year, int month, int day, int p, out DateTime date, out int end)
        {
            date = default;
            end = p;
            if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
            date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
            return true;
        }

        /// <summary>The month of a name or abbreviation (<c>Oct</c>, <c>Sept</c>, <c>OCTOBER</c>), or 0.</summary>
        public static int Month(string word)
        {
            if (word.Length < 3) return 0;
            string lower = word.ToLowerInvariant();
            for (int m = 0; m < MonthNames.Length; m++)
            {
                string name = MonthNames[m];
                if (lower == name) return m + 1;
                if (lower.Length <= name.Length && name.StartsWith(lower, StringComparison.Ordinal) && (lower.Length == 3 || lower == "sept")) return m + 1;
            }
            return 0;
        }

        private static bool IsOrdinalSuffix(string text, int p)
        {
            string two = text.Substring(p, 2).ToLowerInvariant();
            bool suffix = two == "st" || two == "nd" || two == "rd" || two == "th";
            return suffix && (p + 2 >= text.Length || !char.IsLetter(text[p + 2]));
        }

        private static int SkipSpaces(string text, int p)
        {
            while (p < text.Length && text[p] == ' ') p++;
            return p;
        }

        private static bool ReadNumber(string text, ref int p, int minDigits, int maxDigits, out int value)
        {
            value = 0;
            int start = p;
            while (p < text.Length && text[p] >= '0' && text[p] <= '9' && p - start < maxDigits)
            {
                value = value * 10 + (text[p] - '0');
                p++;
            }
            int digits = p - start;
            if (digits < minDigits || (p < text.Length && char.IsDigit(text[p])))
            {
                p = start;
                return false;
            }
            return true;
        }

        /// <summary>Finds a clock time at or after <paramref name="from"/>: <c>8:45PM</c>, <c>5:30 PM ET</c>, <c>5 p.m. ET</c>.</summary>
        public static string? FindTime(string text, int from)
        {
            for (int i = Math.Max(0, from); i < text.Length; i++)
            {
                if (!char.IsDigit(text[i]) || (i > 0 && char.IsDigit(text[i - 1]))) continue;
                int p = i;
                while (p < text.Length && char.IsDigit(text[p]) && p - i < 3) p++;
                if (p - i > 2) continue;
                bool minutes = p + 2 < text.Length && text[p] == ':' && char.IsDigit(text[p + 1]) && char.IsDigit(text[p + 2]);
                if (minutes) p += 3;
                int q = p;
                while (q < text.Length && text[q] == ' ') q++;
                int suffix = MeridiemLength(text, q);
                if (suffix == 0 && !minutes) continue;
                int end = suffix > 0 ? q + suffix : p;
                // A time zone right after: ET, EST, GMT, UTC, PT.
                int z = end;
                while (z < text.Length && text[z] == ' ') z++;
                int zoneEnd = z;
                while (zoneEnd < text.Length && char.IsUpper(text[zoneEnd]) && zoneEnd - z < 5) zoneEnd++;
                bool zone = zoneEnd - z >= 2 && zoneEnd - z <= 4 && (zoneEnd >= text.Length || !char.IsLetter(text[zoneEnd]));
                string time = text.Substring(i, end - i);
                return zone ? time + " " + text.Substring(z, zoneEnd - z) : time;
            }
            return null;
        }

        private static int MeridiemLength(string text, int q)
        {
            if (q + 1 >= text.Length) return 0;
            char a = char.ToUpperInvariant(text[q]);
            if (a != 'A' && a != 'P') return 0;
            if (char.ToUpperInvariant(text[q + 1]) == 'M') return q + 2 < text.Length && char.IsLetter(text[q + 2]) ? 0 : 2;
            if (text[q + 1] == '.' && q + 3 < text.Length && char.ToUpperInvariant(text[q + 2]) == 'M' && text[q + 3] == '.') return 4;
            return 0;
        }
    }
}
