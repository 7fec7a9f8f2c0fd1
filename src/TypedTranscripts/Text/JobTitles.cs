using System;

namespace TypedTranscripts.Text
{
    /// <summary>
    /// Job titles as transcripts write them beside a name (<c>Chief Financial Officer</c>, <c>SVP of IR</c>,
    /// <c>Analyst</c>), told apart from firms (<c>Fabrikam Securities</c>) by the words they use.
    /// </summary>
    internal static class JobTitles
    {
        private static readonly WordSet TitleWords = new WordSet(
            "chief", "officer", "ceo", "cfo", "coo", "cto", "cio", "cmo", "cao", "cso", "president", "vice", "vp", "svp", "evp",
            "director", "head", "manager", "treasurer", "chairman", "chairwoman", "chair", "founder", "cofounder", "co-founder",
            "analyst", "relations", "ir", "secretary", "counsel", "controller", "md", "operator", "strategist", "economist",
            "partner", "associate", "lead", "leader", "chairperson", "deputy", "representative", "spokesperson", "coordinator",
            "host", "moderator", "advisor", "adviser", "administrator", "owner");

        // Words that name firms as often as titles ("General", "Financial", "Executive") are left out on purpose.

        /// <summary>Words only a company's own officers carry: an analyst is no chief, president, treasurer or head of investor relations.</summary>
        private static readonly WordSet OfficerWords = new WordSet(
            "chief", "ceo", "cfo", "coo", "cto", "cio", "cmo", "cao", "president", "treasurer", "chairman", "chairwoman",
            "chairperson", "founder", "cofounder", "co-founder", "controller", "relations", "ir", "secretary", "counsel");

        /// <summary>True for an officer's title (<c>Chief Executive Officer</c>, <c>VP, Investor Relations</c>), never an analyst's.</summary>
        public static bool IsOfficerTitle(string? title)
        {
            if (title is null || title.IndexOf("analyst", StringComparison.OrdinalIgnoreCase) >= 0) return false;
            foreach (var raw in title.Split(new[] { ' ', ',', '/', '&', '(', ')' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (OfficerWords.Contains(raw.Trim('.', ';', ':', '-', '\'', '\u2019'))) return true;
            }
            return false;
        }

        /// <summary>True when the text reads as a job title: a title word, at most ten words, no sentence end.</summary>
        public static bool LooksLikeJobTitle(string text)
        {
            var s = TextSpan.Of(text).Trim();
            if (s.Length == 0 || s.Length > 120) return false;
            char last = s[s.Length - 1];
            if (last == '?' || last == '!') return false;
            int words = 0;
            bool titleWord = false;
            int p = 0;
            while (p < s.Length)
            {
                if (IsSeparator(s[p]))
                {
                    p++;
                    continue;
                }
                int start = p;
                while (p < s.Length && !IsSeparator(s[p])) p++;
                words++;
                var word = TrimPunctuation(s.Slice(start, p - start));
                if (word.EndsWith("'s")) word = word.Slice(0, word.Length - 2);
                if (!titleWord && TitleWords.Contains(word)) titleWord = true;
            }
            return titleWord && words <= 10;
        }

        private static bool IsSeparator(char c) => c == ' ' || c == ',' || c == '/' || c == '&' || c == '(' || c == ')';

        private static TextSpan TrimPunctuation(TextSpan word)
        {
            int start = 0, end = word.Length;
            while (start < end && IsPunctuation(word[start])) start++;
            while (end > start && IsPunctuation(word[end - 1])) end--;
            return word.Slice(start, end - start);
        }

        private static bool IsPunctuation(char c) => c == '.' || c == ';' || c == ':' || c == '-' || c == '\'' || c == '\u2019';
    }
}
