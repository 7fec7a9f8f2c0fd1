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

        private SourceText(string text, int[] starts, int[] lengths, int count)
        {
            Text = text;
            _starts = starts;
            _lengths = lengths;
            LineCount = count;
        }

        /// <summary>The whole text (C1 controls mapped to Windows-1252, otherwise unchanged).</summary>
        public string Text { get; }

        /// <summary>How many lines; a text without a final newline still counts its last line.</summary>
        public int LineCount { get; }

        /// <summary>Splits on CRLF, LF and CR.</summary>
        public static SourceText From(string text, System.Threading.CancellationToken cancellationToken = default)
        {
            text = RepairC1Controls(text);
            var starts = new List<int>(Math.Max(16, text.Length / 64));
            var lengths = new List<int>(starts.Capacity);
            int start = 0;
            int i = 0;
            int n = text.Length;
            while (i < n)
            {
                int next = text.IndexOfAny(LineBreaks, i);
                if (next < 0) break;
                starts.Add(start);
                lengths.Add(next - start);
                i = next + 1;
                if (text[next] == '\r' && i < n && text[i] == '\n') i++;
                start = i;
                if ((starts.Count & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            }
            if (start < n)
            {
                starts.Add(start);
                lengths.Add(n - start);
            }
            return new SourceText(text, starts.ToArray(), lengths.ToArray(), starts.Count);
        }

        private static readonly char[] LineBreaks = { '\n', '\r' };

        /// <summary>The 0-based line's start offset.</summary>
        public int Start(int index) => _starts[index];

        /// <summary>The 0-based line's length without its line break.</summary>
        public int Length(int index) => _lengths[index];

        /// <summary>The 0-based line's text (allocates; prefer <see cref="Span"/>).</summary>
        public string Line(int index) => Text.Substring(_starts[index], _lengths[index]);

        /// <summary>The 0-based line as a span.</summary>
        public TextSpan Span(int index) => new TextSpan(Text, _starts[index], _lengths[index]);

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
        /// Windows-1252 text that was decoded as Latin-1 carries C1 controls (U+0080–U+009F) where it meant quotes,
        /// dashes and the euro sign. Real text never uses C1 controls, so mapping them back is safe.
        /// </summary>
        private static string RepairC1Controls(string text)
        {
            int first = -1;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= '\u0080' && c <= '\u009F')
                {
                    first = i;
                    break;
                }
            }
            if (first < 0) return text;
            var chars = text.ToCharArray();
            for (int i = first; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c >= '\u0080' && c <= '\u009F') chars[i] = TextDecoder.Cp1252High[c - 0x80];
            }
            return new string(chars);
        }
    }
}
