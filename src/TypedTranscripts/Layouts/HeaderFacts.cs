using System;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>
    /// Call facts from the lines above the first turn, as the publisher layouts write them: an event title with the date
    /// after it (<c>Contoso Corp (NASDAQ:CTSO) Q4 2025 Results Earnings Conference Call January 28, 2026 5:00 PM ET</c>), a
    /// company line (<c>Contoso Corp (NASDAQ: CTSO)</c>) above an event line (<c>Q4 2025 Earnings Call</c>), a date line
    /// (<c>Wednesday, Feb. 25, 2026 at 5 p.m. ET</c>).
    /// </summary>
    internal sealed class HeaderFacts
    {
        /// <summary>Header lines longer than this are prose.</summary>
        public const int MaxLineLength = 300;

        private readonly CallFacts _facts;
        private string? _companyLine;

        public HeaderFacts(CallFacts facts) => _facts = facts;

        /// <summary>Reads one header line (0-based <paramref name="index"/>); lines that state nothing are ignored.</summary>
        public void Read(string line, int index)
        {
            string text = SpeakerLabels.StripMarks(line);
            if (text.Length == 0 || text.Length > MaxLineLength) return;

            string rest = text;
            if (Dates.TryFind(text, out var date, out int dateStart, out int dateEnd))
            {
                if (ClosesAPeriod(text, dateStart)) return;
                _facts.Date ??= new Fact<DateTime>(date, index);
                string? time = Dates.FindTime(text, dateEnd);
                if (time is not null) _facts.Time ??= new Fact<string>(time, index);
                rest = text.Substring(0, dateStart).Trim().TrimEnd(',', '-', '|', '\u2013', '\u2014').Trim();
            }
            if (rest.Length == 0) return;

            if (LooksLikeEventTitle(rest))
            {
                // "Contoso Corp (NASDAQ: CTSO)" on the line above belongs to the title.
                string title = _companyLine is not null && !rest.StartsWith(_companyLine, StringComparison.Ordinal) && Titles.Parse(rest).Company is null
                    ? _companyLine + " " + rest
                    : rest;
                _facts.FromTitle(title, index);
                return;
            }
            if (_facts.Title is null && HasExchangeTicker(rest))
            {
                var parts = Titles.Parse(rest);
                if (parts.Ticker is { } ticker) _facts.Ticker ??= new Fact<string>(ticker, index);
                if (parts.Company is { } company) _facts.Company ??= new Fact<string>(company, index);
                _companyLine = rest;
            }
        }

        /// <summary>
        /// "… earnings call for the period ending September 30, 2025", "quarter ended June 30": the date that closes the
        /// reported period, not the date of the call.
        /// </summary>
        private static bool ClosesAPeriod(string text, int dateStart)
        {
            string before = text.Substring(0, dateStart).TrimEnd();
            return before.EndsWith("ending", StringComparison.OrdinalIgnoreCase) || before.EndsWith("ended", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>A period and an event word: <c>Q4 2025 Earnings Call</c>, <c>Fabrikam Third Quarter 2024 Results Conference Call</c>.</summary>
        public static bool LooksLikeEventTitle(string text) =>
            text.Length <= 200 && PeriodPhrases.TryFind(text, out _)
            && (text.IndexOf("Call", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("Earnings", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("Results", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("Conference", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("Transcript", StringComparison.OrdinalIgnoreCase) >= 0);

        /// <summary><c>(NASDAQ: CTSO)</c>, <c>(NYSE:FAB)</c>, <c>(CTSO)</c>.</summary>
        private static bool HasExchangeTicker(string text)
        {
            int open = text.IndexOf('(');
            int close = open < 0 ? -1 : text.IndexOf(')', open + 1);
            if (close < 0) return false;
            string inner = text.Substring(open + 1, close - open - 1);
            int colon = inner.IndexOf(':');
            return Tickers.LooksLikeTicker(colon >= 0 ? inner.Substring(colon + 1) : inner);
        }
    }
}
