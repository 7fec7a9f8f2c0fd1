using System;
using System.Collections.Generic;

namespace TypedTranscripts.Figures
{
    internal enum TokenKind : byte
    {
        Word,
        Number,
        Comma,
        /// <summary>';', ':', a dash between words, a parenthesis: a stronger break than a comma.</summary>
        Break,
    }

    /// <summary>A word, number or break of one sentence, as offsets into the turn's text.</summary>
    internal struct Token
    {
        public int Start;
        public int End;
        public TokenKind Kind;
        /// <summary>The vocabulary id of a word, or <see cref="Vocabulary.Unknown"/>.</summary>
        public int Word;
        /// <summary>The index of a number in the sentence's numbers.</summary>
        public int Number;
        /// <summary>Starts with a capital letter or a digit: may be part of a name (NPG, Contoso 365).</summary>
        public bool Capital;
        /// <summary>Joined to the previous token by a hyphen (EX-switch, year-over-year).</summary>
        public bool Hyphenated;

        public readonly bool IsWord(int id) => Kind == TokenKind.Word && Word == id && id >= 0;

        public readonly bool Has(WordClass classes) => Kind == TokenKind.Word && Vocabulary.Is(Word, classes);
    }

    /// <summary>Splits a turn's text into sentences and a sentence into tokens, reusing its buffers.</summary>
    internal sealed class SentenceTokens
    {
        static SentenceTokens() => Lexicons.Load();

        // Most sentences have a few dozen tokens; longer ones grow the buffer, which is kept for the rest of the call.
        private Token[] _tokens = new Token[64];
        public List<ScannedNumber> Numbers { get; } = new List<ScannedNumber>(32);
        public string Text { get; private set; } = "";
        public int Start { get; private set; }
        public int End { get; private set; }

        public int Count { get; private set; }

        /// <summary>Every class of every word in the sentence: stages skip sentences that lack the words they need.</summary>
        public WordClass Classes { get; private set; }

        /// <summary>A year or a compact period word (Q3, FY18, 3Q09) is in the sentence.</summary>
        public bool HasPeriodHint { get; private set; }

        /// <summary>A number other than a year is in the sentence.</summary>
        public bool HasQuantity { get; private set; }

        /// <summary>The token at <paramref name="index"/>, read in place: the stages look at tokens far more often than they copy one.</summary>
        public ref readonly Token this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                return ref _tokens[index];
            }
        }

        public ScannedNumber NumberAt(int tokenIndex) => Numbers[this[tokenIndex].Number];

        // Longer "sentences" (a transcript with no full stops) are read in clauses, so every stage stays linear.
        private const int MaxSentence = 1200;

        /// <summary>
        /// The end of the sentence starting at <paramref name="start"/>: after '.', '?' or '!' before a capital, or at a
        /// paragraph break; a run longer than <see cref="MaxSentence"/> characters ends at its last ';' or ',' (or space) before that.
        /// </summary>
        public static int SentenceEnd(string text, int start, int end)
        {
            int sentenceEnd = FullStop(text, start, Math.Min(end, start + MaxSentence + 1));
            if (sentenceEnd - start <= MaxSentence) return sentenceEnd;
            int limit = start + MaxSentence;
            int cut = text.LastIndexOfAny(ClauseBreaks, limit - 1, MaxSentence / 2);
            if (cut < 0) cut = text.LastIndexOf(' ', limit - 1, MaxSentence / 2);
            return cut < 0 ? limit : cut + 1;
        }

        private static readonly char[] ClauseBreaks = { ';', ',' };

        private static int FullStop(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                i = text.IndexOfAny(Enders, i, end - i);
                if (i < 0) return end;
                char c = text[i];
                if (c == '\n') return i;
                int next = i + 1;
                if (next >= end) return end;
                if (text[next] != ' ' && text[next] != '\n' && text[next] != '"' && text[next] != '\u201D') continue;
                while (next < end && (text[next] == ' ' || text[next] == '"' || text[next] == '\u201D')) next++;
                if (next >= end || text[next] == '\n') return next;
                char first = text[next];
                bool opens = char.IsUpper(first) || char.IsDigit(first) || first == '$' || first == '[' || first == '(' || first == '"' || first == '\u201C'
                    || IsCamelName(text, next, end);
                if (!opens) continue;
                if (c == '.' && IsAbbreviation(text, start, i)) continue;
                return i + 1;
            }
            return end;
        }

        /// <summary>"eReader", "iWidget", "eBay": a name that starts lower-case, so it may start a sentence.</summary>
        private static bool IsCamelName(string text, int i, int end) =>
            i + 2 < end && char.IsLower(text[i]) && char.IsUpper(text[i + 1]) && char.IsLetter(text[i + 2]);

        private static readonly char[] Enders = { '.', '?', '!', '\n' };

        private static readonly string[] Abbreviations =
            { "mr", "mrs", "ms", "dr", "st", "vs", "no", "approx", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e" };

        private static bool IsAbbreviation(string text, int start, int dot)
        {
            int p = dot - 1;
            while (p >= start && (char.IsLetter(text[p]) || (text[p] == '.' && p > start && char.IsLetter(text[p - 1])))) p--;
            int length = dot - p - 1;
            if (length == 0 || length > 6) return false;
            foreach (string abbreviation in Abbreviations)
            {
                if (abbreviation.Length == length && string.Compare(text, p + 1, abbreviation, 0, length, System.StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
            return false;
        }

        /// <summary>Reads the tokens of <c>text[start..end)</c>.</summary>
        public void Read(string text, int start, int end)
        {
            Text = text;
            Start = start;
            End = end;
            Count = 0;
            Numbers.Clear();
            Classes = WordClass.None;
            HasPeriodHint = false;
            HasQuantity = false;
            int i = start;
            bool hyphen = false;
            while (i < end)
            {
                char c = text[i];
                if (char.IsLetter(c))
                {
                    int wordEnd = ScanWord(text, i, end, out int id);
                    if (Vocabulary.Is(id, WordClass.NumberWord) && NumberScanner.TryScanSpelled(text, i, end, out var spelled))
                    {
                        AddNumber(spelled, hyphen);
                        i = spelled.End;
                        hyphen = false;
                        continue;
                    }
                    AddWord(text, i, wordEnd, id, hyphen);
                    i = SkipContraction(text, wordEnd, end);
                    hyphen = false;
                    continue;
                }
                if (char.IsDigit(c) || c == '$' || c == '\u20AC' || c == '\u00A3')
                {
                    if (NumberScanner.TryScan(text, i, end, out var number, out int consumed))
                    {
                        AddNumber(number, hyphen);
                        i = number.End;
                    }
                    else
                    {
                        if (consumed > i + 1 && char.IsLetterOrDigit(text[i])) AddWord(text, i, consumed, Vocabulary.Find(text, i, consumed - i), hyphen);
                        i = consumed;
                    }
                    hyphen = false;
                    continue;
                }
                switch (c)
                {
                    case ',':
                        Add(TokenKind.Comma, i, i + 1);
                        break;
                    case ';':
                    case ':':
                    case '(':
                    case ')':
                    case '\u2014':
                    case '\u2013':
                        Add(TokenKind.Break, i, i + 1);
                        break;
                    case '-':
                        // A hyphen after a word joins, even when a line break left a space after it ("year- over-year");
                        // one after a space, or "--", breaks.
                        bool spaced = (i > start && text[i - 1] == ' ') || (i + 1 < end && text[i + 1] == '-');
                        if (spaced) Add(TokenKind.Break, i, i + 1);
                        else hyphen = true;
                        if (i + 1 < end && text[i + 1] == '-') i++;
                        i++;
                        continue;
                }
                hyphen = false;
                i++;
            }
        }

        private void AddWord(string text, int start, int end, int id, bool hyphen)
        {
            char first = text[start];
            Classes |= Vocabulary.ClassOf(id);
            if (id == Vocabulary.Unknown && !HasPeriodHint && end - start <= 9 && (first is 'q' or 'Q' or 'f' or 'F' || char.IsDigit(first)))
                HasPeriodHint = PeriodResolver.TryCompact(text, start, end - start, out _, out _, out _);
            Add(new Token
            {
                Start = start,
                End = end,
                Kind = TokenKind.Word,
                Word = id,
                Number = -1,
                Capital = char.IsUpper(first) || char.IsDigit(first) || IsCamelName(text, start, end),
                Hyphenated = hyphen,
            });
        }

        private void AddNumber(ScannedNumber number, bool hyphen)
        {
            HasPeriodHint |= number.IsYear;
            HasQuantity |= !number.IsYear;
            Add(new Token
            {
                Start = number.Start,
                End = number.End,
                Kind = TokenKind.Number,
                Word = Vocabulary.Unknown,
                Number = Numbers.Count,
                Capital = true,
                Hyphenated = hyphen,
            });
            Numbers.Add(number);
        }

        private void Add(TokenKind kind, int start, int end) =>
            Add(new Token { Start = start, End = end, Kind = kind, Word = Vocabulary.Unknown, Number = -1 });

        private void Add(in Token token)
        {
            if (Count == _tokens.Length) Array.Resize(ref _tokens, Count * 2);
            _tokens[Count++] = token;
        }

        /// <summary>
        /// The end of the word at <paramref name="start"/> (see <see cref="WordRun"/>) and its vocabulary id. Most words are
        /// ASCII letters only: those are hashed as they are scanned; any other word is scanned and looked up again in full.
        /// </summary>
        private static int ScanWord(string text, int start, int end, out int id)
        {
            uint hash = Vocabulary.HashSeed;
            int i = start;
            while (i < end)
            {
                char lower = (char)(text[i] | 0x20);
                if (lower < 'a' || lower > 'z') break;
                hash = Vocabulary.HashStep(hash, lower);
                i++;
            }
            if (i == end || !char.IsLetterOrDigit(text[i]) && text[i] != '&' && text[i] < '\u0080')
            {
                id = Vocabulary.Find(text, start, i - start, hash);
                return i;
            }
            int wordEnd = WordRun(text, start, end);
            id = Vocabulary.Find(text, start, wordEnd - start);
            return wordEnd;
        }

        /// <summary>Letters and digits (Q3, FY18, Contoso365), '&amp;' inside a word (R&amp;D); "increased12%" stops before the digits.</summary>
        private static int WordRun(string text, int i, int end)
        {
            int start = i;
            while (i < end)
            {
                char c = text[i];
                if (char.IsLetter(c)) i++;
                else if (char.IsDigit(c))
                {
                    int digitsEnd = i;
                    while (digitsEnd < end && (char.IsDigit(text[digitsEnd]) || (text[digitsEnd] == '.' && digitsEnd + 1 < end && char.IsDigit(text[digitsEnd + 1])))) digitsEnd++;
                    if (digitsEnd < end && text[digitsEnd] == '%' && i - start > 2) return i;
                    i++;
                }
                else if (c == '&' && i > start && i + 1 < end && char.IsLetter(text[i + 1])) i++;
                else break;
            }
            return i;
        }

        // "Contoso's", "we're": the apostrophe's tail says nothing the stages use.
        private static int SkipContraction(string text, int i, int end)
        {
            if (i + 1 < end && (text[i] == '\'' || text[i] == '\u2019') && char.IsLetter(text[i + 1]))
            {
                i++;
                while (i < end && char.IsLetter(text[i])) i++;
            }
            return i;
        }

        /// <summary>The original text of tokens <paramref name="first"/> to <paramref name="last"/> (inclusive).</summary>
        public string Slice(int first, int last) => Text.Substring(this[first].Start, this[last].End - this[first].Start);
    }

    /// <summary>Marks on a sentence's tokens (those inside period phrases), reused from sentence to sentence.</summary>
    internal sealed class TokenMarks
    {
        private bool[] _marks = new bool[256];
        private int _count;

        public void Clear(int count)
        {
            if (_marks.Length < count) _marks = new bool[Math.Max(count, _marks.Length * 2)];
            Array.Clear(_marks, 0, Math.Min(_count, _marks.Length));
            _count = count;
        }

        public void Add(int k)
        {
            if (k >= 0 && k < _count) _marks[k] = true;
        }

        public bool Contains(int k) => k >= 0 && k < _count && _marks[k];
    }
}
