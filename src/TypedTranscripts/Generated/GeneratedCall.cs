using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace TypedTranscripts.Generated
{
    /// <summary>
    /// Builds the calls that generated code holds as compact data (one string per call), so that a project with a
    /// thousand transcripts compiles two strings per call, not a hundred thousand constructor calls.
    /// Not meant for direct use.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class GeneratedCall
    {
        /// <summary>Ints per turn row: speaker index, line, text start, text length.</summary>
        public const int TurnWidth = 4;

        /// <summary>Ints per section row: kind, line, number of turns.</summary>
        public const int SectionWidth = 3;

        /// <summary>
        /// The call in <paramref name="cache"/>, built from <paramref name="data"/> on first use. Generated code calls this
        /// once per call class, so the compiler binds one call per transcript rather than a constructor call per speaker,
        /// turn and figure. When two threads race, both get the instance stored first.
        /// </summary>
        /// <param name="cache">The generated class's field for its call.</param>
        /// <param name="text">Every turn's text, one after another.</param>
        /// <param name="data">The rest of the call as the generator wrote it: names, numbers, and places in the text.</param>
        public static EarningsCall Load(ref EarningsCall? cache, string text, string data)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            if (data is null) throw new ArgumentNullException(nameof(data));
            var call = CallDataReader.Read(text, data);
            return System.Threading.Interlocked.CompareExchange(ref cache, call, null) ?? call;
        }

        /// <summary>Builds the sections and their turns.</summary>
        /// <param name="speakers">The call's speakers; turns refer to them by index.</param>
        /// <param name="text">Every turn's text, one after another.</param>
        /// <param name="turns">Rows of <see cref="TurnWidth"/> ints.</param>
        /// <param name="sections">Rows of <see cref="SectionWidth"/> ints; the turns follow each other in section order.</param>
        public static IReadOnlyList<Section> Sections(IReadOnlyList<Speaker> speakers, string text, int[] turns, int[] sections)
        {
            if (speakers is null) throw new ArgumentNullException(nameof(speakers));
            if (text is null) throw new ArgumentNullException(nameof(text));
            if (turns is null || turns.Length % TurnWidth != 0) throw new ArgumentException("Turn rows are malformed.", nameof(turns));
            if (sections is null || sections.Length % SectionWidth != 0) throw new ArgumentException("Section rows are malformed.", nameof(sections));
            var result = new Section[sections.Length / SectionWidth];
            int row = 0;
            for (int s = 0; s < result.Length; s++)
            {
                var kind = (SectionKind)sections[s * SectionWidth];
                int count = sections[s * SectionWidth + 2];
                var sectionTurns = new Turn[count];
                for (int t = 0; t < count; t++, row += TurnWidth)
                {
                    sectionTurns[t] = new Turn(speakers[turns[row]], kind, turns[row + 1], text.Substring(turns[row + 2], turns[row + 3]));
                }
                result[s] = new Section(kind, sections[s * SectionWidth + 1], sectionTurns);
            }
            if (row != turns.Length) throw new ArgumentException("Section rows do not cover every turn.", nameof(sections));
            return result;
        }
    }
}
