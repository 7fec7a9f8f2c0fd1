using System.Collections.Generic;
using System.Threading;
using TypedTranscripts.Layouts;
using TypedTranscripts.Text;

namespace TypedTranscripts.Figures
{
    /// <summary>One turn as the figure extractor sees it.</summary>
    internal readonly struct FigureTurn
    {
        public FigureTurn(Speaker speaker, SectionKind section, TurnText text)
        {
            Speaker = speaker;
            Section = section;
            Text = text;
        }

        public Speaker Speaker { get; }
        public SectionKind Section { get; }
        public TurnText Text { get; }
    }

    /// <summary>What the extractor found.</summary>
    internal sealed class ExtractedFigures
    {
        public List<Figure> Figures { get; } = new List<Figure>();
        public List<Change> Changes { get; } = new List<Change>();
        public List<Guidance> Guidance { get; } = new List<Guidance>();
    }

    /// <summary>Finds the figures, changes and guidance of a call in its turns.</summary>
    internal static class FigureExtractor
    {
        public static ExtractedFigures Extract(IReadOnlyList<FigureTurn> turns, FiscalPeriod? callPeriod, SourceText source,
            List<TranscriptProblem> problems, CancellationToken cancellationToken)
        {
            // Extraction arrives with the figures issue; the pipeline already carries its results end to end.
            return new ExtractedFigures();
        }
    }
}
