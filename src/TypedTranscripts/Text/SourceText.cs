using System;
using System.Collections.Generic;

namespace TypedTranscripts.Text
{
    /// <summary>
    /// The transcript split into lines once. Lines are spans of the original string (no copies), so that
    /// character offsets stay those of the file and line numbers those an editor shows.
    /// </summary>
    internal sealed class SourceText
    {
        private readonly int[] _starts;
        private readonly int[] _lengths;

        private SourceText(string text, int[] starts, int[] lengths, int count, TextFindings findings)
        {
            Text = text;
            _starts = starts;
            _lengths = lengths;
            LineCount = count;
            Findings = findings;
        }

        /// <summary>The whole text, normalised (see <see cref="Normalize(string)"/>): what every later stage and the generated code hold.</summary>
        public string Text { get; }

        /// <summary>What the text held that no transcript means, as <see cref="Normalize(string)"/> found it.</summary>
        public TextFindings Findings { get; }

        /// <summary>How many lines; a text without a final newline still counts its last line.</summary>
        public int LineCount { get; }

        /// <summary>Splits on CRLF, LF and CR.</summary>
        public static SourceText From(string text, System.Threading.CancellationToken cancellationToken = default)
        {
            text = Normalize(text, out var findings, cancellationToken);
            // The arrays are kept as they grow, not copied to their exact length: only the first LineCount entries are read.
            var starts = new int[Math.Max(16, text.Length / 64)];
            var lengths = new int[starts.Length];
            int count = 0;
            int start = 0;
            int i = 0;
            int n = text.Length;
            while (i < n)
            {
                int next = text.IndexOfAny(LineBreaks, i);
                if (next < 0) break;
                Add(ref starts, ref lengths, ref count, start, next - start);
                i = next + 1;
                if (text[next] == '\r' && i < n && text[i] == '\n') i++;
                start = i;
                if ((count & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            }
            if (start < n) Add(ref starts, ref lengths, ref count, start, n - start);
            return new SourceText(text, starts, lengths, count, findings);
        }

        private static void Add(ref int[] starts, ref int[] lengths, ref int count, int start, int length)
        {
            if (count == starts.Length)
            {
                Array.Resize(ref starts, count * 2);
                Array.Resize(ref lengths, count * 2);
            }
            starts[count] = start;
            lengths[count] = length;
            count++;
        }

        private static readonly char[] LineBreaks = { '\n', '\r' };

        /// <summary>The 0-based line's start offset.</summary>
        public int Start(int index) => _starts[Checked(index)];

        /// <summary>The 0-based line's length without its line break.</summary>
        public int Length(int index) => _lengths[Checked(index)];

        /// <summary>The 0-based line's text (allocates; prefer <see cref="Span"/>).</summary>
        public string Line(int index) => Text.Substring(_starts[Checked(index)], _lengths[index]);

        /// <summary>The 0-based line as a span.</summary>
        public TextSpan Span(int index) => new TextSpan(Text, _starts[Checked(index)], _lengths[index]);

        // The arrays may be longer than LineCount: an index past the last line fails as it would on arrays of exact length.
        private int Checked(int index) => (uint)index < (uint)LineCount ? index : throw new IndexOutOfRangeException();

        /// <summary>The 0-based index of the line holding a character offset.</summary>
        public int LineIndexOf(int offset)
        {
            int index = Array.BinarySearch(_starts, 0, LineCount, offset);
            return index >= 0 ? index : Math.Max(0, ~index - 1);
        }

        /// <summary>A location covering a 0-based line's trimmed content.</summary>
        public TextLocation LocationOfLine(int index)
        {
            if (LineCount == 0) return new TextLocation(0, 0, 1, 0, 1, 0);
            index = Math.Max(0, Math.Min(index, LineCount - 1));
            var span = Span(index).Trim();
            int column = span.Start - _starts[index];
            return new TextLocation(span.Start, span.Length, index + 1, column, index + 1, column + span.Length);
        }

        /// <summary>A location covering characters <paramref name="start"/>..<paramref name="start"/>+<paramref name="length"/>.</summary>
        public TextLocation LocationOf(int start, int length)
        {
            if (LineCount == 0) return new TextLocation(0, 0, 1, 0, 1, 0);
            int startLine = LineIndexOf(start);
            int endLine = LineIndexOf(start + length);
            return new TextLocation(start, length, startLine + 1, start - _starts[startLine], endLine + 1, start + length - _starts[endLine]);
        }

        /// <summary>
        /// Maps what no transcript means to one safe character each, so that offsets stay those of the file:
        /// C1 controls (U+0080–U+009F) become the Windows-1252 characters they stand for in text decoded as Latin-1
        /// (quotes, dashes, the euro sign; real text never uses C1 controls); lone surrogates, the noncharacters U+FFFE
        /// and U+FFFF, NUL and the other control characters but tab, line feed, vertical tab, form feed and carriage
        /// return become U+FFFD. Lone surrogates cannot be written as UTF-8, and generated code holds the text as UTF-8,
        /// so the model the generator emits equals the one a run-time parse returns only if both replace them the same
        /// way here; lone surrogates and U+FFFE make <see cref="string.Normalize()"/> throw.
        /// </summary>
        internal static string Normalize(string text) => Normalize(text, out _);

        /// <inheritdoc cref="Normalize(string)"/>
        internal static string Normalize(string text, out TextFindings findings, System.Threading.CancellationToken cancellationToken = default)
        {
            int controlCharacters = 0, firstControl = -1, undecodable = 0, firstUndecodable = -1;
            char[]? chars = null;
            for (int i = 0; i < text.Length; i++)
            {
                if ((i & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                char c = text[i];
                if (c >= ' ' && c < '\u007F' || c > '\u009F' && c < '\uD800' || c > '\uDFFF' && c < '\uFFFD') continue;
                if (c == '\uFFFD')
                {
                    if (undecodable++ == 0) firstUndecodable = i;
                    continue;
                }
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                char replacement = c > '\u009F' ? '\uFFFD' : c >= '\u0080' ? TextDecoder.Cp1252High[c - 0x80] : c;
                if (IsControl(replacement))
                {
                    replacement = '\uFFFD';
                    if (controlCharacters++ == 0) firstControl = i;
                }
                if (replacement == c) continue;
                chars ??= text.ToCharArray();
                chars[i] = replacement;
            }
            findings = new TextFindings(controlCharacters, firstControl, undecodable, firstUndecodable);
            return chars is null ? text : new string(chars);
        }

        private static bool IsControl(char c) =>
            (c < ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || (c >= '\u007F' && c <= '\u009F');
    }

    /// <summary>What the text stage found in a text: control characters (NUL and the like), of which a binary file has many, and
    /// U+FFFD that came with it, the mark a decoder leaves for bytes it could not read.</summary>
    internal readonly struct TextFindings
    {
        public TextFindings(int controlCharacters, int firstControl, int undecodable, int firstUndecodable)
        {
            ControlCharacters = controlCharacters;
            FirstControl = firstControl;
            Undecodable = undecodable;
            FirstUndecodable = firstUndecodable;
        }

        public int ControlCharacters { get; }

        /// <summary>The offset of the first control character, or -1.</summary>
        public int FirstControl { get; }

        /// <summary>How many U+FFFD the text had before the text stage replaced anything.</summary>
        public int Undecodable { get; }

        /// <summary>The offset of the first of them, or -1.</summary>
        public int FirstUndecodable { get; }
    }
}
