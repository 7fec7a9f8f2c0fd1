using System;
using System.Collections.Generic;
using TypedTranscripts.Layouts;
using TypedTranscripts.Text;

namespace TypedTranscripts.Structure
{
    /// <summary>
    /// Call facts from the opening turns, for transcripts without a title: "Welcome to the American Tower Third Quarter
    /// 2022 Earnings Conference Call" gives the company and the period.
    /// </summary>
    internal static class OpeningFacts
    {
        private const int TurnsToRead = 4;
        private const int CharactersPerTurn = 4000;

        public static void Read(IReadOnlyList<RawTurn> turns, IReadOnlyList<TurnText> texts, out Fact<FiscalPeriod>? period, out Fact<string>? company,
            out Fact<DateTime>? date)
        {
            period = null;
            company = null;
            date = null;
            for (int t = 0; t < turns.Count && t < TurnsToRead; t++)
            {
                string text = texts[t].Text;
                int limit = Math.Min(text.Length, CharactersPerTurn);
                date ??= TodaysDate(texts[t], limit);
                int sentenceStart = 0;
                for (int i = 0; i <= limit; i++)
                {
                    if (i < limit && !(text[i] == '.' && (i + 1 >= text.Length || text[i + 1] == ' ' || text[i + 1] == '\n')) && text[i] != '\n') continue;
                    string sentence = text.Substring(sentenceStart, i - sentenceStart);
                    sentenceStart = i + 1;
                    if (!IsAboutTheCall(sentence)) continue;
                    if (period is null && PeriodPhrases.TryFind(sentence, out var match))
                        period = new Fact<FiscalPeriod>(match.Period, texts[t].LineAt(sentenceStart - 1) - 1);
                    if (company is null && TryWelcomeCompany(sentence, out var name))
                        company = new Fact<string>(name, texts[t].LineAt(sentenceStart - 1) - 1);
                    if (period is not null && company is not null) return;
                }
            }
        }

        /// <summary>"Today is Thursday, November 20th, 2025", "being recorded today, Nov. 20, 2025": the date the call says it is.</summary>
        private static Fact<DateTime>? TodaysDate(TurnText turn, int limit)
        {
            string text = turn.Text;
            for (int at = text.IndexOf("today", 0, limit, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = at + 5 < limit ? text.IndexOf("today", at + 5, limit - at - 5, StringComparison.OrdinalIgnoreCase) : -1)
            {
                string after = text.Substring(at, Math.Min(60, text.Length - at));
                if (Dates.TryFind(after, out var day, out _)) return new Fact<DateTime>(day, turn.LineAt(at) - 1);
            }
            return null;
        }

        private static bool IsAboutTheCall(string sentence) =>
            sentence.IndexOf("welcome", StringComparison.OrdinalIgnoreCase) >= 0
            || sentence.IndexOf("conference call", StringComparison.OrdinalIgnoreCase) >= 0
            || sentence.IndexOf("earnings", StringComparison.OrdinalIgnoreCase) >= 0
            || sentence.IndexOf("results", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>The capitalised words after "welcome to (the)", up to the period or the event words.</summary>
        internal static bool TryWelcomeCompany(string sentence, out string company)
        {
            company = "";
            int at = sentence.IndexOf("welcome to", StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            var words = sentence.Substring(at + "welcome to".Length).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            int k = 0;
            if (k < words.Length && words[k].Equals("the", StringComparison.OrdinalIgnoreCase)) k++;
            var kept = new List<string>();
            for (; k < words.Length && kept.Count < 6; k++)
            {
                string word = words[k];
                string bare = word.TrimEnd(',', '.', ':', ';');
                bool possessive = bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("\u2019s", StringComparison.Ordinal);
                if (possessive) bare = bare.Substring(0, bare.Length - 2);
                if (bare.Length == 0 || IsStopWord(bare) || char.IsDigit(bare[0])) break;
                if (!char.IsUpper(bare[0]) && bare != "&" && bare != "and" && bare != "of") break;
                kept.Add(bare);
                if (possessive || bare.Length != word.Length) break;
            }
            while (kept.Count > 0 && (kept[kept.Count - 1] == "and" || kept[kept.Count - 1] == "of" || kept[kept.Count - 1] == "&")) kept.RemoveAt(kept.Count - 1);
            if (kept.Count == 0) return false;
            company = string.Join(" ", kept);
            return true;
        }

        private static readonly HashSet<string> Stop = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "fiscal", "first", "second", "third", "fourth", "quarter", "q1", "q2", "q3", "q4", "full", "half", "year", "annual",
            "earnings", "conference", "call", "results", "financial", "today", "our", "this", "everyone", "all", "you", "fy",
        };

        private static bool IsStopWord(string word) => Stop.Contains(word) || (word.StartsWith("FY", StringComparison.OrdinalIgnoreCase) && word.Length <= 6);
    }

    /// <summary>
    /// A ticker said in the text, for transcripts that do not print one: an all-capitals word that spells the company's
    /// name in order from its first letter (<c>AMT's</c> for American Tower, <c>JNPR</c> for Juniper Networks).
    /// </summary>
    internal static class TickerFinder
    {
        public static Fact<string>? Find(SourceText source, string company, System.Threading.CancellationToken cancellationToken)
        {
            string letters = CompanyLetters(company);
            if (letters.Length < 2) return null;
            string text = source.Text;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
            int i = 0;
            while (i < text.Length)
            {
                if ((i & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                char c = text[i];
                if (c < 'A' || c > 'Z' || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
                {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.Length && text[i] >= 'A' && text[i] <= 'Z') i++;
                int length = i - start;
                bool wordEnds = i >= text.Length || !char.IsLetterOrDigit(text[i]) || text[i] == 's' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]));
                if (length < 3 || length > 5 || !wordEnds || char.ToLowerInvariant(text[start]) != letters[0]) continue;
                string word = text.Substring(start, length);
                if (!IsSubsequence(word.ToLowerInvariant(), letters)) continue;
                counts[word] = counts.TryGetValue(word, out int n) ? n + 1 : 1;
                if (!firstAt.ContainsKey(word)) firstAt[word] = start;
            }
            string? best = null;
            foreach (var pair in counts)
            {
                if (best is null || pair.Value > counts[best] || pair.Value == counts[best] && string.CompareOrdinal(pair.Key, best) < 0) best = pair.Key;
            }
            return best is null ? null : new Fact<string>(best, source.LineIndexOf(firstAt[best]));
        }

        private static string CompanyLetters(string company)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var token in Names.CompanyKey(company).Split(' '))
            {
                builder.Append(token);
            }
            return builder.ToString();
        }

        private static bool IsSubsequence(string word, string letters)
        {
            int k = 0;
            foreach (char c in letters)
            {
                if (k < word.Length && word[k] == c) k++;
            }
            return k == word.Length;
        }
    }
}
