using System;

namespace TypedTranscripts.Text
{
    /// <summary>A slice of a string without copying it (netstandard2.0 has no span of char without a package).</summary>
    internal readonly struct TextSpan
    {
        public TextSpan(string source, int start, int length)
        {
            Source = source;
            Start = start;
            Length = length;
        }

        public string Source { get; }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        public bool IsEmpty => Length == 0;

        public char this[int index] => Source[Start + index];

        public bool IsBlank
        {
            get
            {
                for (int i = Start; i < End; i++)
                {
                    if (!char.IsWhiteSpace(Source[i])) return false;
                }
                return true;
            }
        }

        public TextSpan Trim()
        {
            int s = Start, e = End;
            while (s < e && char.IsWhiteSpace(Source[s])) s++;
            while (e > s && char.IsWhiteSpace(Source[e - 1])) e--;
            return new TextSpan(Source, s, e - s);
        }

        public TextSpan Slice(int start) => new TextSpan(Source, Start + start, Length - start);

        public TextSpan Slice(int start, int length) => new TextSpan(Source, Start + start, length);

        public int IndexOf(string value, int from = 0, StringComparison comparison = StringComparison.Ordinal)
        {
            if (from > Length) return -1;
            int found = Source.IndexOf(value, Start + from, Length - from, comparison);
            return found < 0 ? -1 : found - Start;
        }

        public int IndexOf(char value, int from = 0)
        {
            if (from >= Length) return -1;
            int found = Source.IndexOf(value, Start + from, Length - from);
            return found < 0 ? -1 : found - Start;
        }

        public int LastIndexOf(string value)
        {
            if (Length < value.Length) return -1;
            int found = Source.LastIndexOf(value, End - 1, Length, StringComparison.Ordinal);
            return found < 0 ? -1 : found - Start;
        }

        public bool StartsWith(string value, StringComparison comparison = StringComparison.Ordinal) =>
            Length >= value.Length && string.Compare(Source, Start, value, 0, value.Length, comparison) == 0;

        public bool EndsWith(string value, StringComparison comparison = StringComparison.Ordinal) =>
            Length >= value.Length && string.Compare(Source, End - value.Length, value, 0, value.Length, comparison) == 0;

        public bool Equals(string value, StringComparison comparison = StringComparison.Ordinal) =>
            Length == value.Length && string.Compare(Source, Start, value, 0, value.Length, comparison) == 0;

        public bool Contains(string value, StringComparison comparison = StringComparison.Ordinal) => IndexOf(value, 0, comparison) >= 0;

        /// <summary>
        /// Whether the span in lower case (<see cref="string.ToLowerInvariant"/>) is <paramref name="lower"/>, an ASCII lower-case
        /// string, without building the lower-case copy: ASCII letters are folded here, and a span with other characters is
        /// left to <see cref="string.ToLowerInvariant"/>, so the answer is always that of the copy.
        /// </summary>
        public bool EqualsLowerCase(string lower) => Length == lower.Length && HasLowerCasePrefix(lower);

        /// <summary>Whether the span in lower case starts with <paramref name="lower"/>; see <see cref="EqualsLowerCase"/>.</summary>
        public bool StartsWithLowerCase(string lower) => Length >= lower.Length && HasLowerCasePrefix(lower);

        private bool HasLowerCasePrefix(string lower)
        {
            for (int i = 0; i < lower.Length; i++)
            {
                char c = Source[Start + i];
                if (c >= '\u0080') return Source.Substring(Start, lower.Length).ToLowerInvariant() == lower;
                if (c >= 'A' && c <= 'Z') c = (char)(c + ('a' - 'A'));
                if (c != lower[i]) return false;
            }
            return true;
        }

        /// <summary>The span as a whole string.</summary>
        public static TextSpan Of(string text) => new TextSpan(text, 0, text.Length);

        public override string ToString() => Source.Substring(Start, Length);
    }
}
