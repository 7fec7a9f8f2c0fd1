using System;

namespace TypedTranscripts.Figures
{
    /// <summary>What a scanned number measures, as far as its own words say.</summary>
    internal enum NumberKind : byte
    {
        /// <summary>A bare number: <c>3,150</c>, <c>38</c>; the noun or metric around it decides.</summary>
        Plain,
        /// <summary><c>$612 million</c>, <c>5 billion dollars</c>.</summary>
        Money,
        /// <summary><c>$0.41 per diluted share</c>, <c>$18.20 a share</c>.</summary>
        PerShare,
        /// <summary><c>61.4%</c>, <c>5 percent</c>.</summary>
        Percent,
        /// <summary><c>2.7 points</c>, <c>250 basis points</c> (as 2.5).</summary>
        Points,
        /// <summary><c>5.5x</c>, <c>2.5 times</c>.</summary>
        Ratio,
    }

    /// <summary>A number as stated, with its scale, unit and range applied.</summary>
    internal struct ScannedNumber
    {
        public int Start;
        public int End;
        public decimal Value;
        /// <summary>The high end of a range (<c>$860 million to $895 million</c>, <c>$24 billion, plus or minus 2%</c>), else null.</summary>
        public decimal? High;
        public NumberKind Kind;
        /// <summary>A scale word was stated (<c>million</c>, <c>billion</c>): a money amount, not a per-share one.</summary>
        public bool Scaled;
        /// <summary>Four digits that read as a year (2009), not a quantity.</summary>
        public bool IsYear;
        /// <summary>Spelled out: <c>two points</c>.</summary>
        public bool Spelled;
        /// <summary><c>$300-plus million</c>, <c>$10 million-plus</c>: a lower bound.</summary>
        public bool Plus;
        /// <summary>ISO currency code for money and per-share amounts.</summary>
        public string? Currency;
        /// <summary>In accountants' parentheses, a negative amount: <c>$(0.07)</c>. <see cref="Value"/> stays positive.</summary>
        public bool Negative;

        public bool IsRange => High.HasValue;
    }

    /// <summary>
    /// Reads numbers the way calls say them: <c>$612 million</c>, <c>$1.4 billion</c>, <c>$0.41 per diluted share</c>,
    /// <c>61.4%</c>, <c>1.9 points</c>, <c>150 to 200 basis points</c>, <c>3,150</c>, <c>2.4x</c>, <c>two points</c>,
    /// ranges (<c>between $860 million and $895 million</c>) and <c>plus or minus 2%</c>. Culture-free: digits are read by hand.
    /// </summary>
    internal static class NumberScanner
    {
        private const int MaxDigits = 24;

        /// <summary>
        /// Reads a number starting at <paramref name="position"/> (a '$', '€', '£' or a digit). Always sets
        /// <paramref name="consumed"/> past what it looked at, so a caller scanning a run of digits moves on linearly.
        /// </summary>
        public static bool TryScan(string text, int position, int end, out ScannedNumber number, out int consumed)
        {
            number = default;
            consumed = position + 1;
            if (!TryScanOne(text, position, end, out number, out consumed)) return false;
            TryExtendToRange(text, end, ref number);
            consumed = Math.Max(consumed, number.End);
            return true;
        }

        /// <summary>Reads a spelled-out number that carries a unit or scale: <c>two points</c>, <c>three percent</c>, <c>five billion</c>.</summary>
        public static bool TryScanSpelled(string text, int position, int end, out ScannedNumber number)
        {
            number = default;
            int wordEnd = WordEnd(text, position, end);
            int value = SpelledValue(text, position, wordEnd - position);
            if (value < 0) return false;
            int p = wordEnd;
            // twenty-five, twenty five
            if (value >= 20 && value % 10 == 0 && p < end && (text[p] == '-' || text[p] == ' '))
            {
                int next = WordEnd(text, p + 1, end);
                int unit = SpelledValue(text, p + 1, next - p - 1);
                if (unit > 0 && unit < 10)
                {
                    value += unit;
                    p = next;
                }
            }
            decimal spelled = value;
            // "two point six percent", "one point two five billion": speech-to-text spells the decimals out too.
            if (p < end && text[p] == ' ' && NextWordIs(text, p, end, "point", out int pointEnd))
            {
                decimal scale = 0.1m;
                int q = pointEnd;
                while (scale >= 0.01m && q < end && text[q] == ' ')
                {
                    int digitEnd = WordEnd(text, q + 1, end);
                    int digit = Word(text, q + 1, digitEnd - q - 1, "zero") ? 0 : SpelledValue(text, q + 1, digitEnd - q - 1);
                    if (digit < 0 || digit > 9) break;
                    spelled += digit * scale;
                    scale /= 10;
                    q = digitEnd;
                }
                if (scale < 0.1m) p = q;
            }
            var candidate = new ScannedNumber { Start = position, End = p, Value = spelled, Kind = NumberKind.Plain, Spelled = true };
            ReadUnit(text, end, ref candidate);
            if (candidate.Kind == NumberKind.Plain && !candidate.Scaled) return false;
            // "one point" alone is too often "at one point"; a spelled single point needs a plural or "percentage".
            if (candidate.Kind == NumberKind.Points && value == 1 && EndsWithWord(text, candidate.End, "point")) return false;
            number = candidate;
            return true;
        }

        private static bool TryScanOne(string text, int position, int end, out ScannedNumber number, out int consumed)
        {
            number = default;
            int p = position;
            string? currency = null;
            if (p < end && (text[p] == '$' || text[p] == '\u20AC' || text[p] == '\u00A3'))
            {
                currency = text[p] == '$' ? "USD" : text[p] == '\u20AC' ? "EUR" : "GBP";
                p++;
                if (p < end && text[p] == ' ' && p + 1 < end && IsDigit(text[p + 1])) p++;
            }
            // "$(0.07)", "$(8.1) million": a negative amount in accountants' parentheses.
            bool parenthesized = currency is not null && p + 1 < end && text[p] == '(' && IsDigit(text[p + 1]);
            if (parenthesized) p++;
            consumed = Math.Max(p, position + 1);
            if (p >= end || !IsDigit(text[p])) return false;
            // Digits glued to letters before them are part of a word (A18, iOS26), not a quantity.
            if (position > 0 && currency is null && char.IsLetter(text[position - 1]) && !PercentFollowsDigits(text, p, end))
            {
                consumed = SkipAlphanumeric(text, p, end);
                return false;
            }

            decimal value = 0;
            int digits = 0;
            int integerDigits = 0;
            int start = p;
            while (p < end)
            {
                char c = text[p];
                if (IsDigit(c))
                {
                    if (digits < MaxDigits) value = value * 10 + (c - '0');
                    digits++;
                    integerDigits++;
                    p++;
                }
                else if (c == ',' && integerDigits > 0 && ThreeDigitsThenStop(text, p + 1, end))
                {
                    p++;
                }
                else break;
            }
            int fractionDigits = 0;
            if (p + 1 < end && text[p] == '.' && IsDigit(text[p + 1]))
            {
                p++;
                while (p < end && IsDigit(text[p]))
                {
                    if (digits < MaxDigits)
                    {
                        value = value * 10 + (text[p] - '0');
                        fractionDigits++;
                    }
                    digits++;
                    p++;
                }
            }
            if (parenthesized)
            {
                if (p >= end || text[p] != ')')
                {
                    consumed = p;
                    return false;
                }
                p++;
            }
            consumed = p;
            if (digits > MaxDigits) return false;
            for (int i = 0; i < fractionDigits; i++) value /= 10;

            var candidate = new ScannedNumber { Start = position, End = p, Value = value, Kind = NumberKind.Plain, Currency = currency, Negative = parenthesized };
            // 5.5x and $10m read on; 5G, 10th, 3Q09 and 2nd are words.
            if (p < end && char.IsLetter(text[p]))
            {
                int wordEnd = WordEnd(text, p, end);
                int length = wordEnd - p;
                if (length == 1 && (text[p] == 'x' || text[p] == 'X')) candidate.Kind = NumberKind.Ratio;
                else if (currency is not null && TryScale(text, p, length, out decimal gluedScale))
                {
                    candidate.Value *= gluedScale;
                    candidate.Scaled = true;
                }
                else
                {
                    consumed = wordEnd;
                    return false;
                }
                candidate.End = wordEnd;
            }
            else if (p + 1 < end && text[p] == '-' && char.IsLetter(text[p + 1]) && WordEnd(text, p + 1, end) - (p + 1) == 1)
            {
                // 10-Q, 8-K: a form name, not a quantity.
                consumed = p + 2;
                return false;
            }
            if (currency is null && candidate.Kind == NumberKind.Plain && digits == 4 && fractionDigits == 0 && p - start == 4
                && value >= 1900 && value <= 2100)
            {
                candidate.IsYear = true;
            }
            if (candidate.Kind == NumberKind.Plain) ReadUnit(text, end, ref candidate);
            if (candidate.Kind != NumberKind.Plain || candidate.Scaled) candidate.IsYear = false;
            number = candidate;
            consumed = Math.Max(consumed, candidate.End);
            return true;
        }

        /// <summary>Reads what follows the digits: %, percent, points, basis points, a scale word, dollars, per share, -plus.</summary>
        private static void ReadUnit(string text, int end, ref ScannedNumber n)
        {
            if (n.Currency is not null) n.Kind = NumberKind.Money;
            int p = n.End;
            if (p < end && text[p] == '%')
            {
                n.Kind = NumberKind.Percent;
                n.End = p + 1;
                ReadPlus(text, end, ref n);
                return;
            }
            // "$450-plus million"
            ReadPlus(text, end, ref n);
            p = n.End;
            int w = SkipSpaces(text, p, end);
            int wEnd = WordEnd(text, w, end);
            if (wEnd == w) return;
            int len = wEnd - w;
            if ((n.Kind == NumberKind.Plain || n.Kind == NumberKind.Money) && !n.Scaled && TryScale(text, w, len, out decimal scale) && !IsShortScale(text, w, len))
            {
                n.Value *= scale;
                n.Scaled = true;
                n.End = wEnd;
                ReadPlus(text, end, ref n);
                w = SkipSpaces(text, n.End, end);
                wEnd = WordEnd(text, w, end);
                len = wEnd - w;
            }
            if (n.Kind == NumberKind.Plain && !n.Scaled)
            {
                if (Word(text, w, len, "percent") || Word(text, w, len, "pct"))
                {
                    n.Kind = NumberKind.Percent;
                    n.End = wEnd;
                    return;
                }
                if (Word(text, w, len, "per") && NextWordIs(text, wEnd, end, "cent", out int centEnd))
                {
                    n.Kind = NumberKind.Percent;
                    n.End = centEnd;
                    return;
                }
                if (Word(text, w, len, "percentage") && (NextWordIs(text, wEnd, end, "points", out int ppEnd) || NextWordIs(text, wEnd, end, "point", out ppEnd)))
                {
                    n.Kind = NumberKind.Points;
                    n.End = ppEnd;
                    return;
                }
                if (Word(text, w, len, "points") || Word(text, w, len, "point") || Word(text, w, len, "pts") || Word(text, w, len, "ppts"))
                {
                    n.Kind = NumberKind.Points;
                    n.End = wEnd;
                    return;
                }
                if (Word(text, w, len, "basis") && (NextWordIs(text, wEnd, end, "points", out int bpEnd) || NextWordIs(text, wEnd, end, "point", out bpEnd)))
                {
                    n.Kind = NumberKind.Points;
                    n.Value /= 100;
                    n.End = bpEnd;
                    return;
                }
                if (Word(text, w, len, "bps") || Word(text, w, len, "bp"))
                {
                    n.Kind = NumberKind.Points;
                    n.Value /= 100;
                    n.End = wEnd;
                    return;
                }
                if (Word(text, w, len, "times") && !n.Spelled)
                {
                    n.Kind = NumberKind.Ratio;
                    n.End = wEnd;
                    return;
                }
            }
            if (n.Kind == NumberKind.Plain && (Word(text, w, len, "dollars") || Word(text, w, len, "dollar")))
            {
                n.Currency = "USD";
                n.End = wEnd;
                w = SkipSpaces(text, n.End, end);
                wEnd = WordEnd(text, w, end);
                len = wEnd - w;
            }
            if (n.Currency is not null)
            {
                n.Kind = NumberKind.Money;
                // per share, per diluted share, per basic share, per common share, a share
                if (Word(text, w, len, "per") || Word(text, w, len, "a"))
                {
                    int next = SkipSpaces(text, wEnd, end);
                    int nextEnd = WordEnd(text, next, end);
                    if ((Word(text, next, nextEnd - next, "diluted") || Word(text, next, nextEnd - next, "basic") || Word(text, next, nextEnd - next, "common"))
                        && Word(text, w, len, "per"))
                    {
                        next = SkipSpaces(text, nextEnd, end);
                        nextEnd = WordEnd(text, next, end);
                    }
                    if (Word(text, next, nextEnd - next, "share"))
                    {
                        n.Kind = NumberKind.PerShare;
                        n.End = nextEnd;
                    }
                }
            }
        }

        private static void ReadPlus(string text, int end, ref ScannedNumber n)
        {
            int p = n.End;
            if (p + 5 <= end && text[p] == '-' && Word(text, p + 1, WordEnd(text, p + 1, end) - p - 1, "plus"))
            {
                n.Plus = true;
                n.End = p + 5;
            }
        }

        /// <summary>Extends a number into a range: <c>X to Y</c>, <c>X-Y</c>, <c>between X and Y</c>, <c>X, plus or minus Y%</c>.</summary>
        private static void TryExtendToRange(string text, int end, ref ScannedNumber n)
        {
            if (n.IsYear) return;
            int p = n.End;
            int w = SkipSpaces(text, p, end);
            // plus or minus 2%
            int afterComma = w < end && text[w] == ',' ? SkipSpaces(text, w + 1, end) : w;
            if (TryPlusOrMinus(text, afterComma, end, ref n)) return;

            int separatorEnd;
            bool and = false;
            if (w < end && (text[w] == '-' || text[w] == '\u2013' || text[w] == '\u2014') && w - p <= 1) separatorEnd = w + 1;
            else
            {
                int wEnd = WordEnd(text, w, end);
                if (Word(text, w, wEnd - w, "to") || Word(text, w, wEnd - w, "through")) separatorEnd = wEnd;
                else if (Word(text, w, wEnd - w, "and")) { separatorEnd = wEnd; and = true; }
                else return;
            }
            // "from X to Y" is a move, not a range; "between X and Y" is the only range joined by "and".
            if (PrecededByWord(text, n.Start, "from")) return;
            if (and && !PrecededByWord(text, n.Start, "between")) return;
            int second = SkipSpaces(text, separatorEnd, end);
            if (second >= end || !(IsDigit(text[second]) || text[second] == '$' || text[second] == '\u20AC' || text[second] == '\u00A3')) return;
            if (!TryScanOne(text, second, end, out var high, out _)) return;
            if (high.IsYear || n.Spelled) return;
            var low = n;
            if (low.Kind == NumberKind.Plain && high.Kind != NumberKind.Plain)
            {
                // "150 to 200 basis points", "$3.1 to $3.3 billion", "58 to 59%"
                if (high.Kind == NumberKind.Points && EndsWithWord(text, high.End, "points") && IsBasisPoints(text, high.End)) low.Value /= 100;
                low.Kind = high.Kind;
                low.Currency ??= high.Currency;
            }
            if (low.Currency is not null && !low.Scaled && high.Scaled && high.Kind == NumberKind.Money)
            {
                decimal factor = ScaleOf(high.Value, text, high.End);
                if (factor > 1) low.Value *= factor;
                low.Scaled = true;
                low.Kind = NumberKind.Money;
            }
            if (low.Kind != high.Kind || high.Value <= low.Value) return;
            n.High = high.Value;
            n.Kind = low.Kind;
            n.Value = low.Value;
            n.Currency = low.Currency ?? high.Currency;
            n.Scaled = low.Scaled || high.Scaled;
            n.End = high.End;
        }

        private static bool TryPlusOrMinus(string text, int w, int end, ref ScannedNumber n)
        {
            if (!StartsWithWord(text, w, end, "plus")) return false;
            int p = SkipSpaces(text, WordEnd(text, w, end), end);
            if (!StartsWithWord(text, p, end, "or")) return false;
            p = SkipSpaces(text, WordEnd(text, p, end), end);
            if (!StartsWithWord(text, p, end, "minus")) return false;
            p = SkipSpaces(text, WordEnd(text, p, end), end);
            if (p >= end || !IsDigit(text[p]) || !TryScanOne(text, p, end, out var spread, out _)) return false;
            if (spread.Kind == NumberKind.Percent && n.Kind != NumberKind.Percent)
            {
                decimal delta = n.Value * spread.Value / 100;
                n.High = n.Value + delta;
                n.Value -= delta;
            }
            else if (spread.Kind == n.Kind || spread.Kind == NumberKind.Plain)
            {
                n.High = n.Value + spread.Value;
                n.Value -= spread.Value;
            }
            else return false;
            n.End = spread.End;
            return true;
        }

        private static decimal ScaleOf(decimal value, string text, int end)
        {
            // The scale word is the last word of the second number; read it back.
            int p = end - 1;
            while (p >= 0 && char.IsLetter(text[p])) p--;
            int start = p + 1;
            return TryScale(text, start, end - start, out decimal scale) ? scale : 1;
        }

        private static bool IsBasisPoints(string text, int end)
        {
            int p = end - "points".Length - 1;
            while (p > 0 && text[p] == ' ') p--;
            return p >= 4 && EndsWithWord(text, p + 1, "basis");
        }

        private static bool TryScale(string text, int start, int length, out decimal scale)
        {
            scale = 1;
            if (Word(text, start, length, "thousand") || Word(text, start, length, "k")) scale = 1_000m;
            else if (Word(text, start, length, "million") || Word(text, start, length, "mln") || Word(text, start, length, "mm") || Word(text, start, length, "m")) scale = 1_000_000m;
            else if (Word(text, start, length, "billion") || Word(text, start, length, "bn") || Word(text, start, length, "bln") || Word(text, start, length, "b")) scale = 1_000_000_000m;
            else if (Word(text, start, length, "trillion") || Word(text, start, length, "tn")) scale = 1_000_000_000_000m;
            else return false;
            return true;
        }

        // Short scales (m, b, k, bn) only count glued to a currency amount: "5 m" after a space is too often something else.
        private static bool IsShortScale(string text, int start, int length) => length <= 3 && !Word(text, start, length, "mln") && !Word(text, start, length, "bln");

        private static int SpelledValue(string text, int start, int length)
        {
            if (length < 3 || length > 9) return -1;
            for (int i = 0; i < SpelledNumbers.Length; i++)
            {
                if (Word(text, start, length, SpelledNumbers[i])) return SpelledValues[i];
            }
            return -1;
        }

        internal static readonly string[] SpelledNumbers =
        {
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        };

        private static readonly int[] SpelledValues = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90 };

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool ThreeDigitsThenStop(string text, int p, int end) =>
            p + 3 <= end && IsDigit(text[p]) && IsDigit(text[p + 1]) && IsDigit(text[p + 2]) && (p + 3 == end || !IsDigit(text[p + 3]));

        private static bool PercentFollowsDigits(string text, int p, int end)
        {
            while (p < end && (IsDigit(text[p]) || text[p] == '.')) p++;
            return p < end && text[p] == '%';
        }

        private static int SkipAlphanumeric(string text, int p, int end)
        {
            while (p < end && char.IsLetterOrDigit(text[p])) p++;
            return p;
        }

        private static int SkipSpaces(string text, int p, int end)
        {
            while (p < end && text[p] == ' ') p++;
            return p;
        }

        private static int WordEnd(string text, int p, int end)
        {
            while (p < end && char.IsLetter(text[p])) p++;
            return p;
        }

        private static bool Word(string text, int start, int length, string word) =>
            length == word.Length && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0;

        private static bool StartsWithWord(string text, int p, int end, string word)
        {
            int wEnd = WordEnd(text, p, end);
            return Word(text, p, wEnd - p, word);
        }

        private static bool NextWordIs(string text, int p, int end, string word, out int wordEnd)
        {
            int w = SkipSpaces(text, p, end);
            wordEnd = WordEnd(text, w, end);
            return Word(text, w, wordEnd - w, word);
        }

        private static bool EndsWithWord(string text, int end, string word) =>
            end >= word.Length && string.Compare(text, end - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (end - word.Length == 0 || !char.IsLetter(text[end - word.Length - 1]));

        /// <summary>True when the word before <paramref name="start"/> (skipping spaces, '$' and '[') is <paramref name="word"/>.</summary>
        private static bool PrecededByWord(string text, int start, string word)
        {
            int p = start - 1;
            while (p >= 0 && (text[p] == ' ' || text[p] == '[' || text[p] == '(')) p--;
            int wordEnd = p + 1;
            while (p >= 0 && char.IsLetter(text[p])) p--;
            return Word(text, p + 1, wordEnd - p - 1, word);
        }
    }
}
