using System;
using System.Collections.Generic;
using TypedTranscripts.Layouts;
using TypedTranscripts.Text;

namespace TypedTranscripts.Structure
{
    /// <summary>
    /// What speakers say about each other, for layouts whose labels carry only names: the operator's introductions
    /// ("Our next question is from Jane Roe with Fabrikam Securities") give an asker and their firm, and the opening
    /// remarks ("My name is John Doe, Director of Investor Relations", "our CFO, Mary Major") give the company's people
    /// their titles. Mentions match speakers by <see cref="Names.MatchStrength(string, string)"/>, so "Jane Roe" finds "Jane A. Roe".
    /// </summary>
    internal static class Introductions
    {
        /// <summary>An introduced asker speaks within this many turns.</summary>
        private const int AskerWithinTurns = 3;

        /// <summary>Titles come from the opening turns only, and from this much of each.</summary>
        private const int OpeningTurns = 10;
        private const int OpeningChars = 4000;
        private const int CandidateTurns = 60;

        private const int MaxNameWords = 5;
        private const int MaxPhraseWords = 8;

        private static readonly HashSet<string> Connectors = new HashSet<string>(StringComparer.Ordinal) { "of", "and", "&", "the", "for", "de", "du", "la", "in" };

        private static readonly string[] FirmSeparators = { ", ", " with ", " of ", " at ", " from ", " - ", " \u2013 " };

        private static readonly HashSet<string> NotFirmWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "please", "your", "go", "ahead", "thank", "thanks", "you", "we", "our", "i", "he", "she", "they", "and", "the", "line", "is", "open",
        };

        /// <summary>
        /// Titles for the company's people from the opening turns, up to the one that opens the questions. The
        /// candidates are the speakers of the first turns: the people an opening names speak early.
        /// </summary>
        public static void LearnTitles(List<TurnText> texts, List<SpeakerDraft> turnSpeakers, string? callCompany)
        {
            var candidates = new List<SpeakerDraft>();
            for (int i = 0; i < turnSpeakers.Count && i < CandidateTurns; i++)
            {
                if (!candidates.Contains(turnSpeakers[i])) candidates.Add(turnSpeakers[i]);
            }
            // Who can be given a title does not change while titles are learnt, but for having one: decide it once, not per mention.
            candidates.RemoveAll(candidate => !MayTakeTitle(candidate, callCompany));
            for (int i = 0; i < texts.Count && i < OpeningTurns; i++)
            {
                // Only an untitled candidate can be given a title: once there is none, the rest of the opening is not read.
                if (!candidates.Exists(candidate => candidate.Title is null)) break;
                string text = texts[i].Text;
                if (i > 0 && CallCues.OpensQuestions(text)) break;
                FindTitles(text, Math.Min(text.Length, OpeningChars), candidates, callCompany);
            }
        }

        /// <summary>The speakers introduced as asking a question; learns their firms on the way.</summary>
        public static HashSet<SpeakerDraft> LearnAskers(List<TurnText> texts, List<SpeakerDraft> turnSpeakers, string? callCompany)
        {
            var askers = new HashSet<SpeakerDraft>();
            for (int i = 0; i < texts.Count; i++)
            {
                string text = texts[i].Text;
                if (text.Length <= 2 * CallCues.Window)
                {
                    FindAskers(text, 0, text.Length, i, turnSpeakers, callCompany, askers);
                }
                else
                {
                    FindAskers(text, 0, CallCues.Window, i, turnSpeakers, callCompany, askers);
                    FindAskers(text, text.Length - CallCues.Window, CallCues.Window, i, turnSpeakers, callCompany, askers);
                }
            }
            return askers;
        }

        // ---- Askers and their firms --------------------------------------------------------------------------------

        /// <summary>
        /// "… from [the line of] Jane Roe with|of|at|from|, Fabrikam Securities" in any turn, and in the operator's turns
        /// any "Jane Roe with Fabrikam", where Jane Roe speaks within the next turns.
        /// </summary>
        private static void FindAskers(string text, int start, int length, int turn, List<SpeakerDraft> turnSpeakers, string? callCompany,
            HashSet<SpeakerDraft> askers)
        {
            int end = start + length;
            bool operatorTurn = turnSpeakers[turn].Role == SpeakerRole.Operator;
            int p = start;
            while (p < end)
            {
                if (!char.IsUpper(text[p]) || (p > 0 && char.IsLetterOrDigit(text[p - 1])))
                {
                    p++;
                    continue;
                }
                // Both anchors end in a space: a word not after a space has neither.
                bool afterSpace = p > 0 && text[p - 1] == ' ';
                bool lineOf = afterSpace && EndsWith(text, p, " from the line of ");
                bool anchored = lineOf || (afterSpace && EndsWith(text, p, " from "));
                if ((anchored || operatorTurn) && TryMatchUpcoming(text, p, end, turn, turnSpeakers, out var draft, out int nameEnd))
                {
                    string? firm = ReadFirm(text, nameEnd, end, out bool namedByWord);
                    if (firm is not null && (JobTitles.LooksLikeJobTitle(firm) || (callCompany is not null && Names.SameCompany(firm, callCompany)))) firm = null;
                    bool asks = lineOf || MentionsQuestion(text, Math.Max(start, p - 80), p) || (operatorTurn && firm is not null && namedByWord);
                    if (asks)
                    {
                        askers.Add(draft);
                        if (firm is not null && draft.Company is null) draft.Company = firm;
                    }
                    p = nameEnd;
                    continue;
                }
                while (p < end && char.IsLetter(text[p])) p++;
            }
        }

        private static bool EndsWith(string text, int at, string value) =>
            at >= value.Length && string.Compare(text, at - value.Length, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private static bool MentionsQuestion(string text, int from, int to) =>
            text.IndexOf("question", from, to - from, StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("caller", from, to - from, StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>The capitalised name at <paramref name="start"/> that names the speaker of one of the next turns.</summary>
        private static bool TryMatchUpcoming(string text, int start, int end, int turn, List<SpeakerDraft> turnSpeakers, out SpeakerDraft draft, out int nameEnd)
        {
            draft = null!;
            nameEnd = start;
            var words = CapitalisedWords(text, start, end, MaxNameWords);
            if (words.Count < 2) return false;
            int best = 0;
            for (int count = words.Count; count >= 2; count--)
            {
                Names.PersonName? spelling = null;
                for (int j = turn + 1; j < turnSpeakers.Count && j <= turn + AskerWithinTurns; j++)
                {
                    var candidate = turnSpeakers[j];
                    if (candidate == turnSpeakers[turn] || candidate.Role == SpeakerRole.Operator) continue;
                    spelling ??= new Names.PersonName(text.Substring(start, words[count - 1] - start));
                    int strength = Names.MatchStrength(spelling.Value, candidate.Spelling);
                    if (strength > best)
                    {
                        best = strength;
                        draft = candidate;
                        nameEnd = words[count - 1];
                    }
                }
                if (best > 0) return true;
            }
            return false;
        }

        /// <summary>
        /// The ends of up to <paramref name="max"/> capitalised words from <paramref name="start"/> (initials and hyphens
        /// allowed), stopping at punctuation after a word.
        /// </summary>
        private static List<int> CapitalisedWords(string text, int start, int end, int max)
        {
            var ends = new List<int>(max);
            int p = start;
            while (ends.Count < max && p < end && char.IsUpper(text[p]))
            {
                int q = p;
                while (q < end && (char.IsLetter(text[q]) || text[q] == '-' || text[q] == '\'' || text[q] == '\u2019' || text[q] == '.')) q++;
                int wordEnd = q;
                // "Cook." ends a sentence; "D." is an initial.
                if (text[wordEnd - 1] == '.' && wordEnd - p > 2) wordEnd--;
                ends.Add(wordEnd);
                if (wordEnd < q || q >= end || text[q] != ' ') break;
                p = q + 1;
            }
            return ends;
        }

        /// <summary>
        /// The firm after a name: <c> with Fabrikam Securities</c>, <c>, Fabrikam</c>, <c> of Bank of Contoso</c>;
        /// <paramref name="namedByWord"/> when a word (with, of, at, from) rather than a comma or dash introduces it.
        /// </summary>
        private static string? ReadFirm(string text, int at, int end, out bool namedByWord)
        {
            int start = -1;
            namedByWord = false;
            foreach (var separator in FirmSeparators)
            {
                if (at + separator.Length <= end && string.CompareOrdinal(text, at, separator, 0, separator.Length) == 0)
                {
                    start = at + separator.Length;
                    namedByWord = char.IsLetter(separator[1]);
                    break;
                }
            }
            if (start < 0) return null;
            return ReadPhrase(text, start, end, word => !NotFirmWords.Contains(word));
        }

        // ---- Titles of the company's people ------------------------------------------------------------------------

        /// <summary>"Name, Title" and "Title, Name" around mentions of speakers who have no title yet.</summary>
        private static void FindTitles(string text, int end, List<SpeakerDraft> candidates, string? callCompany)
        {
            int p = 0;
            while (p < end)
            {
                if (!char.IsUpper(text[p]) || (p > 0 && char.IsLetterOrDigit(text[p - 1])))
                {
                    p++;
                    continue;
                }
                var words = CapitalisedWords(text, p, end, MaxNameWords + 1);
                int next = words[words.Count - 1];
                if (words.Count >= 2 && TryMatchSpeaker(text, p, words, candidates, callCompany, out var draft, out int nameStart, out int nameEnd))
                {
                    string? title = TitleAfter(text, nameEnd, end) ?? TitleBefore(text, nameStart);
                    if (title is not null) draft.Title = title;
                }
                p = Math.Max(next, p + 1);
            }
        }

        /// <summary>The longest run of at least two of the words that names exactly one untitled speaker of the company
        /// (<paramref name="candidates"/> hold only those that <see cref="MayTakeTitle"/>).</summary>
        private static bool TryMatchSpeaker(string text, int start, List<int> ends, List<SpeakerDraft> candidates, string? callCompany,
            out SpeakerDraft draft, out int nameStart, out int nameEnd)
        {
            draft = null!;
            nameStart = nameEnd = start;
            var starts = new List<int>(ends.Count) { start };
            for (int k = 0; k + 1 < ends.Count; k++) starts.Add(ends[k] + 1);
            for (int length = ends.Count; length >= 2; length--)
            {
                for (int first = 0; first + length <= ends.Count; first++)
                {
                    Names.PersonName? spelling = null;
                    SpeakerDraft? found = null;
                    int best = 0;
                    bool tie = false;
                    foreach (var candidate in candidates)
                    {
                        if (candidate.Title is not null) continue;
                        spelling ??= new Names.PersonName(text.Substring(starts[first], ends[first + length - 1] - starts[first]));
                        int strength = Names.MatchStrength(spelling.Value, candidate.Spelling);
                        if (strength > best)
                        {
                            found = candidate;
                            best = strength;
                            tie = false;
                        }
                        else if (strength == best && strength > 0)
                        {
                            tie = true;
                        }
                    }
                    if (found is not null && !tie)
                    {
                        draft = found;
                        nameStart = starts[first];
                        nameEnd = ends[first + length - 1];
                        return true;
                    }
                }
            }
            return false;
        }

        /// <summary>An untitled speaker of the company (or of no stated company) who is not the operator or an anonymous label.</summary>
        private static bool MayTakeTitle(SpeakerDraft candidate, string? callCompany) =>
            candidate.Role != SpeakerRole.Operator && !Names.IsAnonymousLabel(candidate.Name)
            && (candidate.Company is null || (callCompany is not null && Names.SameCompany(candidate.Company, callCompany)));

        private static string? TitleAfter(string text, int nameEnd, int end)
        {
            if (nameEnd + 2 > end || text[nameEnd] != ',' || text[nameEnd + 1] != ' ') return null;
            int start = nameEnd + 2;
            // "John Smith, our Chief Executive Officer"
            if (EndsWith(text, Math.Min(end, start + 4), "our ")) start += 4;
            string? phrase = ReadPhrase(text, start, end, _ => true, out int phraseEnd);
            if (phrase is null || !JobTitles.LooksLikeJobTitle(phrase)) return null;
            // "Vice President, Investor Relations": a rank, then the function it heads, is one title.
            if (phraseEnd + 2 < end && text[phraseEnd] == ',' && text[phraseEnd + 1] == ' '
                && ReadPhrase(text, phraseEnd + 2, end, _ => true, out _) is { } function && IsFunction(function))
                phrase += ", " + function;
            return phrase;
        }

        /// <summary>Words that name what a department does: <c>Investor Relations</c>, <c>Corporate Development</c>, <c>Finance</c>.</summary>
        private static readonly HashSet<string> FunctionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "investor", "investors", "relations", "ir", "finance", "financial", "corporate", "development", "treasury", "strategy",
            "strategic", "communications", "affairs", "planning", "analysis", "fp&a", "accounting", "tax", "legal", "marketing",
            "sales", "operations", "human", "resources", "capital", "markets", "public", "global", "business",
        };

        /// <summary>A phrase of function words only: <c>Investor Relations</c>, <c>Corporate Development and Strategy</c>.</summary>
        private static bool IsFunction(string phrase)
        {
            bool any = false;
            foreach (var word in phrase.Split(' '))
            {
                if (Connectors.Contains(word)) continue;
                if (!FunctionWords.Contains(word)) return false;
                any = true;
            }
            return any;
        }

        /// <summary>"Contoso's CEO, Jane Roe", "followed by CFO, John Doe": capitalised words back from the comma.</summary>
        private static string? TitleBefore(string text, int nameStart)
        {
            if (nameStart < 3 || text[nameStart - 1] != ' ' || text[nameStart - 2] != ',') return null;
            int phraseEnd = nameStart - 2;
            int phraseStart = phraseEnd;
            int words = 0;
            int p = phraseEnd;
            while (p > 0 && words < MaxPhraseWords)
            {
                int wordEnd = p;
                int q = p;
                while (q > 0 && !char.IsWhiteSpace(text[q - 1])) q--;
                string word = text.Substring(q, wordEnd - q);
                if (word.Length == 0 || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) break;
                char last = word[word.Length - 1];
                if (last == ',' || last == '.' || last == ';' || last == ':') break;
                if (!char.IsUpper(word[0]) && !Connectors.Contains(word)) break;
                phraseStart = q;
                words++;
                p = q - 1;
                // A title does not run back over a line break into the paragraph before.
                if (p < 0 || text[p] != ' ') break;
            }
            if (words == 0) return null;
            // "Jane Doe, Chief Executive Officer, John Roe": the title before John belongs to Jane.
            int before = phraseStart - 1;
            while (before >= 0 && text[before] == ' ') before--;
            if (before >= 0 && text[before] == ',') return null;
            string phrase = TrimConnectors(text, phraseStart, phraseEnd);
            return phrase.Length > 0 && JobTitles.LooksLikeJobTitle(phrase) ? phrase : null;
        }

        /// <summary>Abbreviations that end a firm's name with their period: <c>Stanmore &amp; Co.</c>, <c>Fabrikam Inc.</c>.</summary>
        private static readonly HashSet<string> NameAbbreviations = new HashSet<string>(StringComparer.Ordinal)
        {
            "Co", "Cos", "Inc", "Corp", "Ltd", "Bros", "Intl", "Assoc",
        };

        /// <inheritdoc cref="ReadPhrase(string, int, int, Func{string, bool}, out int)"/>
        private static string? ReadPhrase(string text, int start, int end, Func<string, bool> wordOk) => ReadPhrase(text, start, end, wordOk, out _);

        /// <summary>
        /// Capitalised words and connectors from <paramref name="start"/> up to punctuation, a lower-case word or a line
        /// break; <paramref name="phraseEnd"/> is where the last word read ends.
        /// </summary>
        private static string? ReadPhrase(string text, int start, int end, Func<string, bool> wordOk, out int phraseEnd)
        {
            int p = start;
            phraseEnd = start;
            int words = 0;
            while (p < end && words < MaxPhraseWords)
            {
                int q = p;
                while (q < end && !EndsWord(text, q, end)) q++;
                if (q == p) break;
                string word = text.Substring(p, q - p);
                if (!(char.IsUpper(word[0]) || Connectors.Contains(word) || char.IsDigit(word[0])) || !wordOk(word)) break;
                words++;
                phraseEnd = q;
                // "Stanmore & Co. Please go ahead": the abbreviation's period is the name's, and the name ends there.
                if (q < end && text[q] == '.' && NameAbbreviations.Contains(word))
                {
                    phraseEnd = q + 1;
                    break;
                }
                // Words are one space apart: a line break (a new paragraph) or anything else ends the phrase.
                if (q >= end || text[q] != ' ') break;
                p = q + 1;
            }
            if (words == 0) return null;
            string phrase = TrimConnectors(text, start, phraseEnd);
            return phrase.Length == 0 ? null : phrase;
        }

        /// <summary>Whitespace, a comma, semicolon, bracket, question or exclamation mark, or a period before whitespace or the end.</summary>
        private static bool EndsWord(string text, int q, int end)
        {
            char c = text[q];
            return char.IsWhiteSpace(c) || c == ',' || c == ';' || c == '(' || c == ')' || c == '?' || c == '!'
                || (c == '.' && (q + 1 >= end || char.IsWhiteSpace(text[q + 1])));
        }

        /// <summary>The words of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) without connectors at
        /// either end, joined by single spaces.</summary>
        private static string TrimConnectors(string text, int start, int end)
        {
            // Drop connector words from the end, then from the start; spaces around words go with them.
            while (true)
            {
                while (end > start && text[end - 1] == ' ') end--;
                int wordStart = end;
                while (wordStart > start && text[wordStart - 1] != ' ') wordStart--;
                if (wordStart == end || !IsConnector(text, wordStart, end)) break;
                end = wordStart;
            }
            while (true)
            {
                while (start < end && text[start] == ' ') start++;
                int wordEnd = start;
                while (wordEnd < end && text[wordEnd] != ' ') wordEnd++;
                if (wordEnd == start || !IsConnector(text, start, wordEnd)) break;
                start = wordEnd;
            }
            if (start >= end) return "";
            string phrase = text.Substring(start, end - start);
            // Words are nearly always one space apart; otherwise rejoin them so.
            return phrase.IndexOf("  ", StringComparison.Ordinal) < 0 ? phrase : string.Join(" ", phrase.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
        }

        private static bool IsConnector(string text, int start, int end)
        {
            foreach (var connector in Connectors)
            {
                if (connector.Length == end - start && string.CompareOrdinal(text, start, connector, 0, connector.Length) == 0) return true;
            }
            return false;
        }
    }
}
