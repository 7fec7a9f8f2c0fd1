using System.Text;

namespace TypedTranscripts.Text
{
    /// <summary>Undoes letter-spaced headings: <c>Q U E S T I O N S  A N D  A N S W E R S</c> → <c>QUESTIONS AND ANSWERS</c>.</summary>
    internal static class LetterSpacing
    {
        /// <summary>
        /// Collapses a letter-spaced line (single characters separated by one space, words by two or more);
        /// returns the trimmed line unchanged when it is not letter-spaced.
        /// </summary>
        public static string Collapse(TextSpan line)
        {
            var trimmed = line.Trim();
            if (!IsLetterSpaced(trimmed)) return trimmed.ToString();
            var builder = new StringBuilder(trimmed.Length / 2 + 1);
            int spaces = 0;
            for (int i = 0; i < trimmed.Length; i++)
            {
                char c = trimmed[i];
                if (c == ' ')
                {
                    spaces++;
                    continue;
                }
                if (spaces >= 2 && builder.Length > 0) builder.Append(' ');
                spaces = 0;
                builder.Append(c);
            }
            return builder.ToString();
        }

        /// <summary>True for at least four non-space characters, each followed by a space (or the end).</summary>
        public static bool IsLetterSpaced(TextSpan trimmed)
        {
            if (trimmed.Length < 7) return false;
            int letters = 0;
            for (int i = 0; i < trimmed.Length; i++)
            {
                char c = trimmed[i];
                if (c == ' ') continue;
                // A non-space must be alone: next is a space or the end.
                if (i + 1 < trimmed.Length && trimmed[i + 1] != ' ') return false;
                letters++;
            }
            return letters >= 4;
        }
    }
}
