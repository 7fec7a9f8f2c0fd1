using System;
using System.Collections.Generic;
using System.Linq;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>Picks the layout that claims a text most strongly. Adding a layout is adding it to <see cref="All"/>.</summary>
    internal static class LayoutDetector
    {
        /// <summary>Below this, no layout is confident enough to read the text.</summary>
        public const int Threshold = 30;

        /// <summary>The most a layout's <see cref="ITranscriptLayout.Detect"/> returns.</summary>
        public const int Certain = 100;

        /// <summary>Every layout, most specific first: on equal scores the earlier one wins, so the catch-alls come last.</summary>
        public static IReadOnlyList<ITranscriptLayout> All { get; } = new ITranscriptLayout[]
        {
            new StreetEventsLayout(),
            new SeekingAlphaLayout(),
            new MotleyFoolLayout(),
            new MarkdownLayout(),
            new JsonLayout(),
            new PlainLayout(),
            new UnlabelledLayout(),
        };

        public static string Names => string.Join(", ", All.Select(layout => layout.Name));

        public static ITranscriptLayout? Find(TranscriptLayout kind) => All.FirstOrDefault(layout => layout.Kind == kind);

        public static ITranscriptLayout? FindByName(string name) =>
            All.FirstOrDefault(layout => string.Equals(layout.Name, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(layout.Kind.ToString(), name, StringComparison.OrdinalIgnoreCase));

        /// <summary>The best layout, or null when none reaches <see cref="Threshold"/>.</summary>
        public static ITranscriptLayout? Detect(SourceText source)
        {
            ITranscriptLayout? best = null;
            int bestScore = Threshold - 1;
            foreach (var layout in All)
            {
                int score = layout.Detect(source);
                if (score > bestScore)
                {
                    best = layout;
                    bestScore = score;
                }
                // No later layout can score higher, and on equal scores the earlier one wins: the rest need not look.
                if (bestScore >= Certain) break;
            }
            return best;
        }
    }
}
