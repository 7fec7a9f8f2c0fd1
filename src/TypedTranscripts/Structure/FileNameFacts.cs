using System;
using System.IO;
using TypedTranscripts.Text;

namespace TypedTranscripts.Structure
{
    /// <summary>Call metadata from a file name, the last resort: <c>amt-q3-2022.txt</c>, <c>AAPL_Q3_2024.md</c>, <c>msft-q4-fy2018.txt</c>.</summary>
    internal readonly struct FileNameFacts
    {
        private FileNameFacts(string? ticker, FiscalPeriod? period, DateTime? date)
        {
            Ticker = ticker;
            Period = period;
            Date = date;
        }

        public string? Ticker { get; }
        public FiscalPeriod? Period { get; }
        public DateTime? Date { get; }

        public static FileNameFacts Parse(string path)
        {
            string stem;
            try
            {
                stem = Path.GetFileNameWithoutExtension(path) ?? "";
            }
            catch (ArgumentException)
            {
                stem = path;
            }
            var chars = stem.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (!char.IsLetterOrDigit(chars[i])) chars[i] = ' ';
            }
            string spaced = new string(chars);
            FiscalPeriod? period = PeriodPhrases.TryFind(spaced, out var match) ? match.Period : null;
            DateTime? date = Dates.TryFind(stem, out var found, out _) ? found : null;

            // The ticker: the longest all-capitals token of 2–5 letters, else, in a name without capitals, a lower-case
            // one that starts the name ("amt-q3-2022"): a word further in ("transcript-plain-q3") is no ticker.
            string? upper = null, lower = null;
            var tokens = spaced.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            for (int k = 0; k < tokens.Length; k++)
            {
                string token = tokens[k];
                if (token.Length < 2 || token.Length > 5 || !IsLetters(token) || IsPeriodWord(token)) continue;
                if (IsUpper(token))
                {
                    if (upper is null || token.Length > upper.Length) upper = token;
                }
                else if (k == 0 && token.ToLowerInvariant() == token)
                {
                    lower = token;
                }
            }
            string? ticker = upper ?? (HasUpper(stem) ? null : lower?.ToUpperInvariant());
            // A name without a period is just a name ("notes.txt"), not a ticker.
            if (period is null) ticker = null;
            return new FileNameFacts(ticker, period, date);
        }

        private static bool IsPeriodWord(string token)
        {
            string t = token.ToLowerInvariant();
            return t == "fy" || t == "ytd" || t == "call" || t == "calls" || t == "final" || t == "text" || t == "notes" || t == "qa";
        }

        private static bool IsLetters(string token)
        {
            foreach (char c in token)
            {
                if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) return false;
            }
            return true;
        }

        private static bool IsUpper(string token)
        {
            foreach (char c in token)
            {
                if (!(c >= 'A' && c <= 'Z')) return false;
            }
            return true;
        }

        private static bool HasUpper(string text)
        {
            foreach (char c in text)
            {
                if (c >= 'A' && c <= 'Z') return true;
            }
            return false;
        }
    }
}
