using System;
using System.Collections.Generic;

namespace TypedTranscripts.Text
{
    /// <summary>
    /// Reads an event title: <c>Q3 2009 Juniper Networks Earnings Conference Call</c>,
    /// <c>Microsoft Corporation (NASDAQ:MSFT) Q4 2018 Results Earnings Conference Call</c>.
    /// </summary>
    internal static class Titles
    {
        internal readonly struct Parts
        {
            public Parts(string? company, string? ticker, FiscalPeriod? period)
            {
                Company = company;
                Ticker = ticker;
                Period = period;
            }

            public string? Company { get; }
            public string? Ticker { get; }
            public FiscalPeriod? Period { get; }
        }

        private static readonly HashSet<string> EventWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "earnings", "results", "result", "financial", "conference", "call", "sales", "trading", "investor", "investors",
            "analyst", "analysts", "preliminary", "interim", "quarterly", "webcast", "presentation", "shareholder",
            "shareholders", "annual", "update", "business", "teleconference", "guidance", "operating", "transcript",
            "earning", "fiscal", "full", "half", "first", "second", "third", "fourth", "year", "quarter", "q1", "q2", "q3", "q4",
        };

        public static Parts Parse(string title)
        {
            string text = title.Trim();
            string? ticker = ExtractExchangeTicker(ref text);
            FiscalPeriod? period = null;
            string? company = null;
            if (PeriodPhrases.TryFind(text, out var match))
            {
                period = match.Period;
                string before = TrimSeparators(text.Substring(0, match.Start));
                string after = text.Substring(match.End);
                if (before.Length > 0)
                {
                    if (Tickers.LooksLikeTicker(before)) ticker ??= before;
                    else company = CutAtEventWord(before);
                }
                if (company is null) company = CutAtEventWord(after);
            }
            else
            {
                company = CutAtEventWord(text);
            }
            if (company is not null && Tickers.LooksLikeTicker(company))
            {
                ticker ??= company;
                company = null;
            }
            return new Parts(string.IsNullOrWhiteSpace(company) ? null : company, ticker, period);
        }

        /// <summary>Removes <c>(NASDAQ:MSFT)</c>, <c>(NYSE: JNPR)</c> from the text and returns the ticker.</summary>
        private static string? ExtractExchangeTicker(ref string text)
        {
            int open = text.IndexOf('(');
            while (open >= 0)
            {
                int close = text.IndexOf(')', open + 1);
                if (close < 0) return null;
                string inner = text.Substring(open + 1, close - open - 1).Trim();
                int colon = inner.IndexOf(':');
                string candidate = colon >= 0 ? inner.Substring(colon + 1).Trim() : inner;
                if (Tickers.LooksLikeTicker(candidate))
                {
                    text = (text.Substring(0, open).TrimEnd() + " " + text.Substring(close + 1).TrimStart()).Trim();
                    return candidate;
                }
                open = text.IndexOf('(', close + 1);
            }
            return null;
        }

        private static string TrimSeparators(string s) => s.Trim().TrimEnd('-', ':', ',', '|', '\u2013', '\u2014').Trim();

        private static string? CutAtEventWord(string text)
        {
            var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var kept = new List<string>();
            foreach (var word in words)
            {
                string bare = word.Trim(',', ':', '-', '\u2013', '\u2014');
                // "(Qtr End 6/30/09)" and other asides are not part of a name.
                if (EventWords.Contains(bare) || word[0] == '(') break;
                if (bare.Length > 0 && char.IsDigit(bare[0]) && kept.Count > 0) break;
                kept.Add(word);
            }
            string company = TrimSeparators(string.Join(" ", kept));
            return company.Length == 0 ? null : company;
        }
    }

    /// <summary>Ticker symbols: <c>JNPR</c>, <c>BRK.A</c>, <c>RDS-A</c>, <c>7203.T</c>.</summary>
    internal static class Tickers
    {
        public static bool LooksLikeTicker(string text)
        {
            string s = text.Trim();
            if (s.Length < 1 || s.Length > 10) return false;
            int letters = 0;
            foreach (char c in s)
            {
                if (c >= 'A' && c <= 'Z') letters++;
                else if (!(c >= '0' && c <= '9') && c != '.' && c != '-') return false;
            }
            return letters >= 1 && char.IsLetterOrDigit(s[0]) && char.IsLetterOrDigit(s[s.Length - 1]) && s.Length <= 10;
        }

        /// <summary>
        /// Reuters exchange codes that Refinitiv titles put after the symbol (<c>GHI.N</c> New York, <c>GHI.O</c>/<c>.OQ</c>
        /// Nasdaq, <c>GHI.K</c> consolidated, <c>GHI.L</c> London, <c>GHI.TO</c> Toronto …). One-letter share classes
        /// (<c>BRK.A</c>, <c>BF.B</c>) are no exchange and stay.
        /// </summary>
        private static readonly HashSet<string> ExchangeCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            "N", "O", "OQ", "OB", "K", "P", "PK", "L", "TO", "V", "CD", "AX", "HK", "DE", "PA", "AS", "BR", "MI", "MC", "LS",
            "SW", "VX", "ST", "CO", "OL", "HE", "IR", "NS", "BO", "KS", "TW", "SI", "JO", "MX", "SA", "NZ",
        };

        /// <summary>The symbol of a Reuters instrument code: <c>GHI.N</c> → <c>GHI</c>; anything else as it is.</summary>
        public static string FromRic(string ticker)
        {
            string s = ticker.Trim();
            int dot = s.LastIndexOf('.');
            if (dot <= 0 || dot == s.Length - 1 || !ExchangeCodes.Contains(s.Substring(dot + 1))) return s;
            string symbol = s.Substring(0, dot);
            // "7203.T": a symbol of digits only is the whole code.
            return LooksLikeTicker(symbol) ? symbol : s;
        }
    }
}
