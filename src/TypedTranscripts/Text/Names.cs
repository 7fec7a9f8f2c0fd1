using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TypedTranscripts.Text
{
    /// <summary>People's and companies' names: plausibility, normal forms and matching of different spellings.</summary>
    internal static class Names
    {
        private static readonly WordSet Particles = new WordSet(
            "de", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "del", "della", "di", "la", "le", "bin", "ben",
            "al", "el", "y", "e", "st.", "ter", "ten", "zu", "af");

        private static readonly WordSet Suffixes = new WordSet("jr", "sr", "ii", "iii", "iv", "cfa", "phd", "md", "cpa", "esq");

        private static readonly Dictionary<string, string> Nicknames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tom"] = "thomas", ["bill"] = "william", ["will"] = "william", ["bob"] = "robert", ["rob"] = "robert",
            ["mike"] = "michael", ["jim"] = "james", ["dick"] = "richard", ["rick"] = "richard", ["rich"] = "richard",
            ["greg"] = "gregory", ["dave"] = "david", ["steve"] = "steven", ["chris"] = "christopher", ["matt"] = "matthew",
            ["ben"] = "benjamin", ["sam"] = "samuel", ["tony"] = "anthony", ["joe"] = "joseph", ["kate"] = "katherine",
            ["liz"] = "elizabeth", ["jeff"] = "jeffrey", ["nick"] = "nicholas", ["rod"] = "rodney", ["ed"] = "edward",
            ["andy"] = "andrew", ["dan"] = "daniel", ["tim"] = "timothy", ["ken"] = "kenneth", ["pat"] = "patrick",
            ["phil"] = "philip", ["ron"] = "ronald", ["don"] = "donald", ["jon"] = "jonathan", ["alex"] = "alexander",
            ["fred"] = "frederick", ["larry"] = "lawrence", ["chuck"] = "charles", ["charlie"] = "charles", ["hank"] = "henry",
            ["jack"] = "john", ["johnny"] = "john", ["peggy"] = "margaret", ["meg"] = "margaret", ["sue"] = "susan",
            ["jen"] = "jennifer", ["jenny"] = "jennifer", ["becky"] = "rebecca", ["ted"] = "edward", ["walt"] = "walter",
            ["vince"] = "vincent", ["stan"] = "stanley", ["ray"] = "raymond", ["doug"] = "douglas", ["jerry"] = "gerald",
            ["nate"] = "nathan", ["jake"] = "jacob", ["drew"] = "andrew", ["gabe"] = "gabriel", ["cathy"] = "catherine",
            ["kathy"] = "katherine", ["patty"] = "patricia", ["trish"] = "patricia", ["sandy"] = "sandra", ["marty"] = "martin",
            ["terry"] = "terrence", ["gerry"] = "gerald", ["beth"] = "elizabeth", ["betsy"] = "elizabeth", ["jamie"] = "james",
            ["tommy"] = "thomas", ["danny"] = "daniel", ["bobby"] = "robert", ["billy"] = "william", ["toby"] = "tobias",
            ["abby"] = "abigail", ["mick"] = "michael",
        };

        /// <summary>Labels that stand for a speaker without naming a person.</summary>
        public static bool IsAnonymousLabel(string name) => IsAnonymousLabel(TextSpan.Of(name));

        /// <inheritdoc cref="IsAnonymousLabel(string)"/>
        public static bool IsAnonymousLabel(TextSpan name)
        {
            var t = name.Trim();
            return t.StartsWithLowerCase("unidentified") || t.StartsWithLowerCase("unknown")
                || t.EqualsLowerCase("company representative") || t.EqualsLowerCase("audience member") || t.EqualsLowerCase("participant")
                || t.EqualsLowerCase("moderator") || t.EqualsLowerCase("management") || t.EqualsLowerCase("presenter") || t.EqualsLowerCase("speaker")
                || IsNumberedSpeaker(t);
        }

        /// <summary>Speech-to-text labels: <c>Speaker 1</c>, <c>Speaker B</c>, <c>SPEAKER_01</c>.</summary>
        public static bool IsNumberedSpeaker(string name) => IsNumberedSpeaker(TextSpan.Of(name));

        /// <inheritdoc cref="IsNumberedSpeaker(string)"/>
        public static bool IsNumberedSpeaker(TextSpan name)
        {
            var t = name.Trim();
            if (t.Length < 9 || t.Length > 12 || !t.StartsWithLowerCase("speaker")) return false;
            if (t[7] != ' ' && t[7] != '_') return false;
            var rest = t.Slice(8);
            if (rest.Length == 1)
            {
                char c = rest[0];
                if (c >= '\u0080') c = rest.ToString().ToLowerInvariant()[0];
                if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') return true;
            }
            for (int i = 0; i < rest.Length; i++)
            {
                if (rest[i] < '0' || rest[i] > '9') return false;
            }
            return true;
        }

        /// <summary>True for the operator's label in any layout.</summary>
        public static bool IsOperatorLabel(string name) => IsOperatorLabel(TextSpan.Of(name));

        /// <inheritdoc cref="IsOperatorLabel(string)"/>
        public static bool IsOperatorLabel(TextSpan name)
        {
            var t = name.Trim();
            return t.EqualsLowerCase("operator") || t.EqualsLowerCase("conference operator") || t.EqualsLowerCase("the operator")
                || t.EqualsLowerCase("coordinator") || t.EqualsLowerCase("conference call operator");
        }

        /// <summary>
        /// Whether a short piece of text can be a person's name as speaker lines write it: one to six words, each
        /// capitalised (initials, hyphens and apostrophes allowed) or a name particle, no digits, no sentence punctuation.
        /// </summary>
        public static bool LooksLikePersonName(string text) => LooksLikePersonName(TextSpan.Of(text));

        /// <inheritdoc cref="LooksLikePersonName(string)"/>
        public static bool LooksLikePersonName(TextSpan text)
        {
            var s = text.Trim();
            if (s.Length < 2 || s.Length > 60) return false;
            if (IsOperatorLabel(s) || IsAnonymousLabel(s)) return true;
            int words = 0, capitalised = 0;
            for (var word = NextWord(s, 0); !word.IsEmpty; word = NextWord(s, word.End - s.Start))
            {
                if (++words > 6) return false;
                int length = word.Length;
                while (length > 0 && word[length - 1] == ',') length--;
                if (length == 0) return false;
                word = word.Slice(0, length);
                for (int i = 0; i < length; i++)
                {
                    char c = word[i];
                    if (char.IsDigit(c)) return false;
                    if (!char.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '\u2019' && c != '(' && c != ')' && c != '"') return false;
                }
                if (char.IsUpper(word[0]) || (word[0] == '(' && length > 1 && char.IsUpper(word[1])) || (word[0] == '"' && length > 1)) capitalised++;
                else if (!IsParticle(word) && !HasInnerCapital(word)) return false;
            }
            if (capitalised == 0) return false;
            // "Thank You", "Good Morning" and the like are two capitalised words too; they fail elsewhere (context).
            char last = s[s.Length - 1];
            return last != '?' && last != '!' && last != ':';
        }

        /// <summary>The next run of characters other than spaces at or after <paramref name="from"/> in <paramref name="text"/>, or an empty span.</summary>
        private static TextSpan NextWord(TextSpan text, int from)
        {
            int start = from;
            while (start < text.Length && text[start] == ' ') start++;
            int end = start;
            while (end < text.Length && text[end] != ' ') end++;
            return text.Slice(start, end - start);
        }

        /// <summary>A name particle in any case ("van" in "Jan van Dijk").</summary>
        private static bool IsParticle(TextSpan word) => Particles.Contains(word);

        /// <summary>
        /// Words that capitalised headings and labels use but names do not (<c>Forward-Looking Statements:</c>,
        /// <c>Thank You</c>, <c>Date:</c>), so such a line is not taken for a speaker.
        /// </summary>
        private static readonly WordSet NotNameWords = new WordSet(
            "thank", "thanks", "you", "good", "morning", "afternoon", "evening", "yes", "okay", "ok", "sure", "great", "hello",
            "hi", "welcome", "note", "notes", "date", "time", "company", "ticker", "symbol", "quarter", "title", "source", "summary",
            "disclaimer", "participants", "question", "questions", "answer", "answers", "remarks", "session", "presentation",
            "statement", "statements", "forward", "forward-looking", "looking", "safe", "harbor", "harbour", "transcript", "call",
            "conference", "earnings", "results", "section", "agenda", "contents", "copyright", "duration", "image", "update",
            "prepared", "speakers", "executives", "analysts", "risks", "takeaways", "glossary", "instructions", "period", "fiscal",
            "event", "webcast", "q&a", "end", "start", "page", "all", "and", "the", "of", "for", "we", "our", "this", "that",
            "it", "is", "so", "but", "well", "right", "no", "not", "very", "much", "just", "i", "i'm", "let", "now", "please");

        /// <summary>
        /// A speaker label: the operator's or an anonymous label, or a person's name of at most five words none of which
        /// is a heading or conversational word.
        /// </summary>
        public static bool LooksLikeSpeakerLabel(string text) => LooksLikeSpeakerLabel(TextSpan.Of(text));

        /// <inheritdoc cref="LooksLikeSpeakerLabel(string)"/>
        public static bool LooksLikeSpeakerLabel(TextSpan text)
        {
            var s = text.Trim();
            if (IsOperatorLabel(s) || IsAnonymousLabel(s)) return true;
            if (!LooksLikePersonName(s)) return false;
            int words = 0;
            for (var word = NextWord(s, 0); !word.IsEmpty; word = NextWord(s, word.End - s.Start))
            {
                if (++words > 5 || NotNameWords.Contains(TrimNamePunctuation(word))) return false;
            }
            return true;
        }

        private static TextSpan TrimNamePunctuation(TextSpan word)
        {
            int start = 0, end = word.Length;
            while (start < end && IsNamePunctuation(word[start])) start++;
            while (end > start && IsNamePunctuation(word[end - 1])) end--;
            return word.Slice(start, end - start);
        }

        private static bool IsNamePunctuation(char c) => c == '.' || c == ',' || c == '"' || c == '(' || c == ')';

        // "d'Amato", "al-Hassan", "McDonald" lower-case start with a capital inside.
        private static bool HasInnerCapital(TextSpan word)
        {
            for (int i = 1; i < word.Length; i++)
            {
                if (char.IsUpper(word[i]) && (word[i - 1] == '\'' || word[i - 1] == '-' || word[i - 1] == '\u2019')) return true;
            }
            return false;
        }

        /// <summary>Lower case, diacritics and punctuation removed, single spaces: the key two spellings of a name share.</summary>
        public static string Key(string name)
        {
            if (IsAscii(name)) return AsciiKey(name);
            string decomposed = SourceText.Normalize(name).Normalize(NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length);
            bool space = false;
            foreach (char c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
                if (char.IsLetterOrDigit(c))
                {
                    if (space && builder.Length > 0) builder.Append(' ');
                    space = false;
                    builder.Append(char.ToLowerInvariant(c));
                }
                else if (c != '\'' && c != '\u2019' && c != '.')
                {
                    space = true;
                }
                else if (c == '.')
                {
                    space = true;
                }
            }
            return builder.ToString();
        }

        private static bool IsAscii(string text)
        {
            foreach (char c in text)
            {
                if (c >= '\u0080') return false;
            }
            return true;
        }

        /// <summary>
        /// <see cref="Key"/> of an ASCII name, where the text stage's replacements and the decomposition change nothing a key
        /// keeps: letters and digits in lower case, apostrophes dropped, anything else a break between words.
        /// </summary>
        private static string AsciiKey(string name)
        {
            var key = new char[name.Length];
            int length = 0;
            bool space = false;
            foreach (char c in name)
            {
                char lower = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
                if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9')
                {
                    if (space && length > 0) key[length++] = ' ';
                    space = false;
                    key[length++] = lower;
                }
                else if (c != '\'')
                {
                    space = true;
                }
            }
            return new string(key, 0, length);
        }

        /// <summary>
        /// The first and last name of <see cref="Key"/> (without suffixes): two spellings share it exactly when
        /// <see cref="MatchStrength(string, string)"/> is at least 2, so it can index names.
        /// </summary>
        public static string FirstLastKey(string name)
        {
            var spelling = new PersonName(name);
            return spelling.First is null ? spelling.Key : spelling.First + " " + spelling.Last;
        }

        /// <summary>A name's <see cref="Key"/> and, when it has two words or more (suffixes aside), its first and last.</summary>
        internal readonly struct PersonName
        {
            public PersonName(string name)
            {
                Key = Names.Key(name);
                First = Last = null;
                int firstEnd = Key.IndexOf(' ');
                if (firstEnd < 0) return;
                // Trailing suffixes ("Jr", "CFA") are dropped while two words or more remain.
                int end = Key.Length;
                while (true)
                {
                    int lastStart = Key.LastIndexOf(' ', end - 1) + 1;
                    if (lastStart == 0) return;
                    if (!Suffixes.Contains(Key, lastStart, end - lastStart))
                    {
                        First = Key.Substring(0, firstEnd);
                        Last = Key.Substring(lastStart, end - lastStart);
                        return;
                    }
                    end = lastStart - 1;
                }
            }

            public string Key { get; }
            public string? First { get; }
            public string? Last { get; }
        }

        /// <summary>
        /// How closely two spellings of a person's name agree: 3 the same, 2 same first and last name (middle names
        /// and initials differ), 1 same last name and a nickname or near spelling of the first (or vice versa), 0 different.
        /// </summary>
        public static int MatchStrength(string a, string b) => MatchStrength(new PersonName(a), new PersonName(b));

        /// <summary>
        /// <see cref="MatchStrength(string, string)"/> of names read once. Above 0 only for the same key, or the same
        /// first or the same last name, which is what lets a directory compare a name with a few others, not all.
        /// </summary>
        public static int MatchStrength(PersonName a, PersonName b)
        {
            if (a.Key.Length == 0 || b.Key.Length == 0) return 0;
            if (a.Key == b.Key) return 3;
            if (a.First is not { } fa || b.First is not { } fb) return 0;
            string la = a.Last!, lb = b.Last!;
            if (fa == fb && la == lb) return 2;
            if (la == lb && FirstNamesAgree(fa, fb)) return 1;
            if (fa == fb && la.Length >= 4 && lb.Length >= 4 && EditDistanceAtMost(la, lb, 1)) return 1;
            return 0;
        }

        private static bool FirstNamesAgree(string a, string b)
        {
            if (a.Length >= 3 && b.StartsWith(a, StringComparison.Ordinal)) return true;
            if (b.Length >= 3 && a.StartsWith(b, StringComparison.Ordinal)) return true;
            // A nickname's full name, or a longer form of it: "Nate" is Nathan and Nathaniel.
            if (Nicknames.TryGetValue(a, out var fullA) && (b.StartsWith(fullA, StringComparison.Ordinal) || (Nicknames.TryGetValue(b, out var fb) && fb == fullA))) return true;
            if (Nicknames.TryGetValue(b, out var fullB) && a.StartsWith(fullB, StringComparison.Ordinal)) return true;
            return a.Length >= 4 && b.Length >= 4 && EditDistanceAtMost(a, b, 1);
        }

        /// <summary>Levenshtein distance bounded by <paramref name="max"/>, without allocating a matrix.</summary>
        public static bool EditDistanceAtMost(string a, string b, int max)
        {
            if (Math.Abs(a.Length - b.Length) > max) return false;
            int i = 0, j = 0, edits = 0;
            while (i < a.Length && j < b.Length)
            {
                if (a[i] == b[j])
                {
                    i++;
                    j++;
                    continue;
                }
                if (++edits > max) return false;
                if (a.Length > b.Length) i++;
                else if (b.Length > a.Length) j++;
                else
                {
                    i++;
                    j++;
                }
            }
            edits += (a.Length - i) + (b.Length - j);
            return edits <= max;
        }

        private static readonly HashSet<string> CompanyNoise = new HashSet<string>(StringComparer.Ordinal)
        {
            "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "lp", "llp", "sa", "ag",
            "nv", "se", "the", "group", "holdings", "holding", "research", "division", "securities", "and", "of",
        };

        /// <summary>A company's name without legal suffixes and punctuation.</summary>
        public static string CompanyKey(string company)
        {
            var kept = new List<string>();
            foreach (var token in Key(company).Split(' '))
            {
                if (token.Length > 0 && !CompanyNoise.Contains(token)) kept.Add(token);
            }
            return string.Join(" ", kept);
        }

        /// <summary>True when two company spellings name the same company (<c>Juniper Networks</c>, <c>Juniper Networks, Inc.</c>).</summary>
        public static bool SameCompany(string? a, string? b)
        {
            if (a is null || b is null) return false;
            string ka = CompanyKey(a), kb = CompanyKey(b);
            if (ka.Length == 0 || kb.Length == 0) return false;
            if (ka == kb) return true;
            return ka.StartsWith(kb + " ", StringComparison.Ordinal) || kb.StartsWith(ka + " ", StringComparison.Ordinal);
        }
    }
}
