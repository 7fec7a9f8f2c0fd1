using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace TypedTranscripts.Generator.Emit
{
    /// <summary>
    /// All escaping of transcript text into C# lives here: string literals, UTF-8 literals and XML doc text. Whatever a
    /// transcript holds (quotes, backslashes, <c>*/</c>, <c>&lt;/summary&gt;</c>, <c>#error</c>, line and paragraph separators,
    /// NUL, bidirectional controls, lone surrogates) becomes inert text, never code.
    /// </summary>
    internal static class CSharpText
    {
        /// <summary>A regular string literal, printable ASCII only: everything else is a <c>\u</c> escape.</summary>
        public static string Literal(string? value)
        {
            if (value is null) return "null";
            var builder = new StringBuilder(value.Length + 2);
            AppendLiteral(builder, new[] { value }, CancellationToken.None);
            return builder.ToString();
        }

        /// <summary>
        /// One <see cref="Literal"/> of <paramref name="pieces"/> one after another, written straight into
        /// <paramref name="builder"/>: a call's text can be tens of megabytes, and a cancelled build must not wait for
        /// it, nor for copies of it.
        /// </summary>
        public static void AppendLiteral(StringBuilder builder, IReadOnlyList<string> pieces, CancellationToken cancellationToken)
        {
            builder.Append('"');
            foreach (var piece in pieces) AppendEscaped(builder, piece, cancellationToken);
            builder.Append('"');
        }

        /// <summary>
        /// The same as a UTF-8 literal (<c>"…"u8</c>); lone surrogates, which UTF-8 cannot hold, become U+FFFD (the text
        /// stage leaves none in a parsed call).
        /// </summary>
        public static void AppendUtf8Literal(StringBuilder builder, IReadOnlyList<string> pieces, CancellationToken cancellationToken)
        {
            builder.Append('"');
            foreach (var piece in pieces) AppendEscaped(builder, ReplaceLoneSurrogates(piece), cancellationToken);
            builder.Append("\"u8");
        }

        private static void AppendEscaped(StringBuilder builder, string value, CancellationToken cancellationToken)
        {
            for (int i = 0; i < value.Length; i++)
            {
                if ((i & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                char c = value[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c >= ' ' && c <= '~') builder.Append(c);
                        else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        break;
                }
            }
        }

        /// <summary>
        /// Text for an XML doc comment, on one line: XML-escaped, line breaks of every kind (including U+0085, U+2028,
        /// U+2029, which end a C# comment line) turned into spaces, controls and bidirectional overrides dropped, lone
        /// surrogates replaced, and cut to <paramref name="maxLength"/> characters.
        /// </summary>
        public static string Doc(string? value, int maxLength = 400)
        {
            if (string.IsNullOrEmpty(value)) return "";
            var builder = new StringBuilder(System.Math.Min(value!.Length, maxLength) + 16);
            int taken = 0;
            bool space = false;
            for (int i = 0; i < value.Length && taken < maxLength; i++)
            {
                char c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder.Append(c).Append(value[++i]);
                    taken += 2;
                    space = false;
                    continue;
                }
                if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') c = '\uFFFD'; // not characters XML allows
                if (IsLineBreakOrControl(c) || char.IsWhiteSpace(c))
                {
                    if (!space && builder.Length > 0) builder.Append(' ');
                    space = true;
                    taken++;
                    continue;
                }
                if (IsInvisibleFormat(c)) continue;
                space = false;
                taken++;
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default: builder.Append(c); break;
                }
            }
            string text = builder.ToString().TrimEnd();
            return taken >= maxLength && text.Length > 0 ? text + " …" : text;
        }

        private static bool IsLineBreakOrControl(char c) => c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029';

        /// <summary>Bidirectional controls (the "Trojan Source" characters) and other invisible format characters.</summary>
        private static bool IsInvisibleFormat(char c) =>
            (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C'
            || c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

        /// <summary>
        /// A diagnostic message, which quotes transcript text, for one line of a build log: line breaks, controls and
        /// invisible or bidirectional format characters become visible <c>\uXXXX</c>, so that no quoted text can start a
        /// line of its own (a forged <c>error CS…</c>) or reorder what the reader sees.
        /// </summary>
        public static string DiagnosticText(string message)
        {
            StringBuilder? builder = null;
            for (int i = 0; i < message.Length; i++)
            {
                char c = message[i];
                if (char.IsHighSurrogate(c) && i + 1 < message.Length && char.IsLowSurrogate(message[i + 1]))
                {
                    builder?.Append(c).Append(message[i + 1]);
                    i++;
                    continue;
                }
                if (IsLineBreakOrControl(c) || IsInvisibleFormat(c) || char.IsSurrogate(c))
                {
                    builder ??= new StringBuilder(message, 0, i, message.Length + 16);
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    continue;
                }
                builder?.Append(c);
            }
            return builder?.ToString() ?? message;
        }

        private static string ReplaceLoneSurrogates(string value)
        {
            StringBuilder? builder = null;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                if (pair)
                {
                    builder?.Append(c).Append(value[i + 1]);
                    i++;
                    continue;
                }
                if (char.IsSurrogate(c))
                {
                    builder ??= new StringBuilder(value, 0, i, value.Length);
                    builder.Append('\uFFFD');
                    continue;
                }
                builder?.Append(c);
            }
            return builder?.ToString() ?? value;
        }

        /// <summary>A decimal literal that round-trips exactly: <c>824000000m</c>, <c>0.23m</c>.</summary>
        public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
